"""`felles survey import RUNDE FIL.csv`: a round's answers checked and imported, all or
nothing, stored as anonymous aggregate figures (survey/round_import.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Final

import typer

from felles.cli.clock import today
from felles.cli.content import content_dir
from felles.cli.options import ContentOption, DataOption, VerboseOption
from felles.cli.output import say
from felles.cli.survey_round import data_folder, partner, programme_id
from felles.cli.survey_shared import RoundArgument, load_survey
from felles.errors import ExitCode
from felles.plan.roster import leaders_in_phase

TEXT: Final = {
    "imported": "Runden »{round}« er importeret: {count} besvarelser af {population} "
    "ledere{example}.",
    "example": " (opdigtede eksempelsvar)",
    "refused": "{count} fejl i {path}; intet er importeret.",
    "csv_in_git": "Bemærk: {path} ligger i et git-arbejdstræ ({tree}). Besvarelser hører ikke "
    "hjemme i forløbets git-arkiv; slet filen, når den er importeret.",
}


def import_(
    round_id: RoundArgument,
    csv_file: Annotated[
        Path,
        typer.Argument(
            metavar="FIL.csv",
            help="Besvarelserne som CSV (se »survey template«).",
            show_default=False,
            readable=False,  # an unreadable file is E101 in Danish
        ),
    ],
    replace: Annotated[
        bool, typer.Option("--replace", help="Erstat en runde, der allerede er importeret.")
    ] = False,
    data: DataOption = None,
    content: ContentOption = None,
    verbose: VerboseOption = False,
) -> int:
    """Tjek og importér besvarelserne: alt eller intet, gemt som anonyme samlede tal."""
    from felles.cli import survey_storing
    from felles.content.load import display_path
    from felles.render import reporters
    from felles.survey import data_place, responses, round_import
    from felles.survey.layout import columns, find_round, questionnaire_order

    cdir = content_dir(content, verbose)
    loaded, survey = load_survey(cdir)
    survey_round = find_round(survey, round_id)
    folder = data_folder(data, loaded)
    data_place.check_place(folder, cdir.path)
    leaders = leaders_in_phase(loaded, survey_round.phase)
    display = display_path(csv_file, Path.cwd())
    answers, findings = responses.read(csv_file, display, columns(survey, leaders), list(leaders))
    if findings:
        for line in reporters.text(findings):
            say(line)
        say(TEXT["refused"].format(count=len(findings), path=display))
        return ExitCode.CONTENT
    tree = data_place.git_work_tree(csv_file.parent)
    if tree is not None:
        say(TEXT["csv_in_git"].format(path=display, tree=tree))
    with survey_storing.terminate_as_exit():
        imported = round_import.import_round(
            folder,
            programme_id(loaded),
            survey_round.id,
            answers,
            leaders,
            partner(survey),
            replace=replace,
            today=today(),
            order=questionnaire_order(survey),
        )
    say(
        TEXT["imported"].format(
            round=survey_round.id,
            count=len(answers.rows),
            population=len(leaders),
            example=TEXT["example"] if answers.example else "",
        )
    )
    survey_storing.imported_notes(imported, folder, verbose=verbose)
    return ExitCode.OK
