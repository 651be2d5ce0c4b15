"""`felles validate`: every rule over all content, every finding reported."""

from __future__ import annotations

import os
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated

import typer

from felles.cli.app import app
from felles.cli.clock import today, user_date
from felles.cli.content import content_dir, errors, judge, load
from felles.cli.options import ContentOption, VerboseOption
from felles.cli.output import write
from felles.errors import ExitCode, UsageError

if TYPE_CHECKING:
    from felles.content.load import Content
    from felles.survey.store import DataFolder


class Format(StrEnum):
    text = "text"
    json = "json"
    github = "github"


@app.command()
def validate(
    strict: Annotated[
        bool, typer.Option("--strict", help="Advarsler giver også udgangskode 1.")
    ] = False,
    output_format: Annotated[
        Format | None,
        typer.Option(
            "--format",
            help="text (standard), json eller github (standard, når GITHUB_ACTIONS=true).",
            show_default=False,
        ),
    ] = None,
    as_of: Annotated[
        str | None,
        typer.Option(
            "--as-of",
            metavar="DATO",
            help="Tjek planlægningen som på denne dato (fx 2018-11-01 eller »uge 45 2018«); "
            "standard er i dag.",
            show_default=False,
        ),
    ] = None,
    explain: Annotated[
        str | None,
        typer.Option(
            "--explain",
            metavar="KODE",
            help="Forklar en kode (fx E105): hvad den betyder, og hvordan den rettes.",
            show_default=False,
        ),
    ] = None,
    content: ContentOption = None,
    verbose: VerboseOption = False,
) -> int:
    """Tjek alt indhold: YAML, felter, henvisninger og datoer. Fejl giver udgangskode 1.

    En kendt advarsel kan tillades i indholdet med en kommentar på dens linje:
    '# felles: tillad W301 – begrundelse'. Tilladte advarsler tæller ikke (heller ikke med
    --strict) og står i opsummeringen.
    """
    from felles.checks import accepted
    from felles.findings import sort_key
    from felles.render import findings_summary, reporters

    if explain is not None:
        for line in _explanation(explain):
            write(line)
        return ExitCode.OK
    # The planning checks count from --as-of, or today in Copenhagen.
    day = user_date(as_of, today())
    if output_format is None:
        github_actions = os.environ.get("GITHUB_ACTIONS", "").lower() == "true"
        output_format = Format.github if github_actions else Format.text
    loaded = load(
        content_dir(content, verbose), drafts=True, survey=True, pairs=True, invitations=True
    )
    verdict = accepted.apply(loaded, judge(loaded, today=day, data=_data_folder(loaded)))
    findings = sorted(verdict.findings, key=sort_key)
    failures = len(errors(findings))
    summary = findings_summary.Summary(
        leaders=len(loaded.leaders()),
        groups=len(loaded.groups),
        goals=len(loaded.goals),
        themes=sum(len(goal.themes) for goal in loaded.goals),
        phases=len(loaded.phases),
        activities=sum(1 for _ in loaded.activities()),
        errors=failures,
        warnings=len(findings) - failures,
        drafts=len(loaded.drafts),
        accepted=sorted(verdict.accepted, key=lambda pair: sort_key(pair[0])),
    )
    for line in reporters.REPORTERS[output_format.value](findings, summary.lines()):
        write(line)
    failed = summary.errors or (strict and summary.warnings)
    return ExitCode.CONTENT if failed else ExitCode.OK


def _data_folder(loaded: Content) -> DataFolder | None:
    """The survey's data folder the survey commands would use, for the retention rule."""
    if loaded.survey is None or loaded.programme is None:
        return None
    from felles.survey.store import DataFolder, data_dir

    return DataFolder(data_dir(None, os.environ, loaded.programme.id))


def _explanation(code: str) -> list[str]:
    """What a code means and how to fix it; U004 for an unknown code.

    The message is shown with stand-ins for its particulars (NAVN, DATO), never `{name}`.
    """
    from felles.codes import CODES, render
    from felles.codes.code_placeholders import words

    key = code.strip().upper()
    entry = CODES.get(key)
    if entry is None:
        raise UsageError("U004", {"code": code, "known": _ranges(sorted(CODES))})
    lines = [f"{key}: {render(key, words(key))}", "", entry.explain]
    if entry.example:
        lines += [
            "",
            "Sådan retter du det:",
            *(f"    {line}" for line in entry.example.splitlines()),
        ]
    return lines


def _ranges(codes: list[str]) -> str:
    """'E101–E117, W301–W302, U001' from a sorted list of codes."""
    runs: list[list[str]] = []
    for code in codes:
        last = runs[-1][-1] if runs else ""
        if (
            last[:2] == code[:2]
            and last[2:].isdigit()
            and code[2:].isdigit()
            and int(code[2:]) == int(last[2:]) + 1
        ):
            runs[-1].append(code)
        else:
            runs.append([code])
    return ", ".join(run[0] if len(run) == 1 else f"{run[0]}–{run[-1]}" for run in runs)
