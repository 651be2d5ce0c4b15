"""`felles schema`: JSON Schema of the content files, for editors and other tools."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated, Final

import typer

from felles.cli.app import app
from felles.cli.output import outside_content, protected, say, write, write_file
from felles.errors import ExitCode, UsageError, os_reason

TEXT: Final = {"wrote": "Skemaet er gemt i {path}"}


class KindName(StrEnum):
    # The names of felles.content.kinds.KINDS (tests/cli/test_schema.py keeps them equal).
    programme = "programme"
    learning_goals = "learning_goals"
    groups = "groups"
    phase = "phase"
    ledelsesgrundlag = "ledelsesgrundlag"
    survey = "survey"
    pairs = "pairs"
    invitations = "invitations"


@app.command()
def schema(
    kind: Annotated[
        KindName | None,
        typer.Argument(
            metavar="[SLAGS]",
            help="Kun denne slags fil. Uden: alle slags samlet i ét dokument (under $defs).",
            show_default=False,
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            metavar="MAPPE",
            help="Skriv én fil pr. slags (fx groups.schema.json) i denne mappe i stedet for "
            "at skrive til skærmen. Filer, felles selv har skrevet, bliver erstattet.",
            show_default=False,
        ),
    ] = None,
) -> int:
    """Skriv JSON Schema (draft 2020-12) for indholdsfilerne, til editorer og andre værktøjer.

    Slags: programme, learning_goals, groups, phase (front matter i phases/*.md),
    ledelsesgrundlag (front matter i ledelsesgrundlag/*.md), survey (survey.yaml), pairs
    (pairs/*.yaml, parrene fra felles pair) og invitations (invitations.yaml, det sendte fra
    felles invite).
    """
    from felles.content.kinds import KINDS
    from felles.render import json_schema

    chosen = [KINDS[kind.value]] if kind else list(KINDS.values())
    if output is None:
        document = json_schema.schema(chosen[0]) if kind else json_schema.bundle()
        write(json_schema.dumps(document).rstrip("\n"))
        return ExitCode.OK
    for chosen_kind in chosen:  # before a folder is made in the content
        outside_content(output / json_schema.filename(chosen_kind), protected())
    try:
        output.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise UsageError(
            "U041", {"path": str(output), "reason": os_reason(error, writing=True)}
        ) from None
    for chosen_kind in chosen:
        path = output / json_schema.filename(chosen_kind)
        text = json_schema.dumps(json_schema.schema(chosen_kind))
        write_file(path, text, protect=protected(), cannot="U041")
        say(TEXT["wrote"].format(path=path))
    return ExitCode.OK
