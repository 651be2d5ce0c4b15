"""`felles survey purge`: every stored survey figure deleted when the programme ends (or only
a key from name to code an older felles stored); cli/survey_data.py does the deleting."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from felles.cli.content import content_dir, load
from felles.cli.options import ContentOption, DataOption, VerboseOption
from felles.cli.survey_round import data_folder, partner

if TYPE_CHECKING:
    pass


def purge(
    yes: Annotated[bool, typer.Option("--yes", help="Slet uden at spørge.")] = False,
    keys_only: Annotated[
        bool,
        typer.Option(
            "--keys-only",
            help="Slet kun en nøgle fra navn til kode, som en ældre felles har gemt "
            "(denne felles gemmer ingen navne).",
        ),
    ] = False,
    data: DataOption = None,
    content: ContentOption = None,
    verbose: VerboseOption = False,
) -> int:
    """Slet alle spørgeskemadata (forløbet er slut: 'slettes, når forløbet afsluttes')."""
    from felles.cli import survey_data

    cdir = content_dir(content, verbose)
    # Deleting personal data must work even when the content has errors or no survey.yaml.
    loaded = load(cdir, survey=keys_only)
    folder = data_folder(data, loaded)
    if keys_only:
        known = None if loaded.survey is None else partner(loaded.survey)
        return survey_data.purge_keys(folder, known, yes=yes)
    return survey_data.purge_all(folder, yes=yes)
