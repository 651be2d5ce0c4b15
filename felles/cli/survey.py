"""`felles survey`: the questionnaire's form, CSV template, import, report and purge.

The only commands that touch personal data. No message, report or error of theirs
names a respondent, and nothing they store does (see felles/survey/__init__.py).
"""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from felles.cli.app import group
from felles.cli.clock import today
from felles.cli.content import clean, content_dir, load, template
from felles.cli.options import ContentOption, DataOption, OutputOption, VerboseOption
from felles.cli.output import emit, protected, say, wants_html
from felles.errors import ExitCode, UsageError
from felles.plan.roster import leaders_in_phase

if TYPE_CHECKING:
    from felles.content import survey_model
    from felles.content.load import Content
    from felles.content.locate import ContentDir
    from felles.survey.store import Partner, RoundData

survey_app = group(
    "survey", "Spørgeskemaet: skema, CSV-skabelon, import af svar, samlet rapport og sletning."
)

MESSAGES = {
    "wrote": "{what} er gemt i {path}.",
    "imported": "Runden »{round}« er importeret: {count} besvarelser af {population} "
    "ledere{example}.",
    "example": " (opdigtede eksempelsvar)",
    "csv_in_git": "Bemærk: {path} ligger i et git-arbejdstræ ({tree}). Besvarelser hører ikke "
    "hjemme i forløbets git-arkiv; slet filen, når den er importeret.",
}

RoundArgument = Annotated[
    str,
    typer.Argument(
        metavar="RUNDE", help="Rundens id fra survey.yaml, fx baseline.", show_default=False
    ),
]


class FormFormat(StrEnum):
    md = "md"
    html = "html"


class ReportFormat(StrEnum):
    text = "text"
    html = "html"
    json = "json"


@survey_app.command()
def form(
    round_id: RoundArgument,
    output_format: Annotated[
        FormFormat | None,
        typer.Option(
            "--format",
            help="md (standard) eller html (standard for -o *.html).",
            show_default=False,
        ),
    ] = None,
    output: OutputOption = None,
    content: ContentOption = None,
    verbose: VerboseOption = False,
) -> int:
    """Spørgeskemaet som læsbart dokument: til papir eller til kommunens surveyværktøj."""
    from felles.plan.participants import forum_name
    from felles.render.templates import document
    from felles.survey.layout import find_round, form_context

    if output_format is None:
        output_format = FormFormat.html if wants_html(output) else FormFormat.md
    cdir = content_dir(content, verbose)
    loaded, survey = _load(cdir)
    survey_round = find_round(survey, round_id)
    intro = (
        loaded.programme.questionnaire.paragraphs
        if (loaded.programme and loaded.programme.questionnaire)
        else []
    )
    leaders = leaders_in_phase(loaded, survey_round.phase)
    values = form_context(survey, survey_round, loaded.goals, leaders, intro, forum_name(loaded))
    path = template(cdir.path, f"survey_form.{output_format.value}.j2", verbose)
    text = document(path, values, html=output_format is FormFormat.html)
    _emit(text, output, "skemaet", form=output_format.value, command="survey form", cdir=cdir)
    return ExitCode.OK


@survey_app.command(name="template")
def template_(
    round_id: RoundArgument,
    output: OutputOption = None,
    example: Annotated[
        bool,
        typer.Option(
            "--example",
            help="Fyld skabelonen med opdigtede svar for hver leder, "
            "så rapporten kan prøves (mærket »opdigtet«).",
        ),
    ] = False,
    content: ContentOption = None,
    verbose: VerboseOption = False,
) -> int:
    """CSV-skabelonen, svarene importeres fra: én række pr. leder, én kolonne pr. spørgsmål."""
    from felles.survey import csv_template
    from felles.survey.layout import columns, find_round

    cdir = content_dir(content, verbose)
    loaded, survey = _load(cdir)
    survey_round = find_round(survey, round_id)
    leaders = leaders_in_phase(loaded, survey_round.phase)
    text = csv_template.render(
        survey, survey_round, columns(survey, leaders), leaders, example=example
    )
    if output is None:
        sys.stdout.write(text.removeprefix(csv_template.BOM))
        return ExitCode.OK
    from felles.cli.output import write_file

    write_file(output, text, protect=protected(cdir.path), never_replace=True)
    what = "Skabelonen med opdigtede svar" if example else "Skabelonen"
    say(MESSAGES["wrote"].format(what=what, path=output))
    return ExitCode.OK


@survey_app.command(name="import")
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
    from felles.cli import survey_data
    from felles.content.load import display_path
    from felles.render import reporters
    from felles.survey import responses, store
    from felles.survey.layout import columns, find_round, questionnaire_order

    cdir = content_dir(content, verbose)
    loaded, survey = _load(cdir)
    survey_round = find_round(survey, round_id)
    folder = _data_dir(data, loaded)
    store.check_place(folder, cdir.path)
    leaders = leaders_in_phase(loaded, survey_round.phase)
    display = display_path(csv_file, Path.cwd())
    answers, findings = responses.read(csv_file, display, columns(survey, leaders), list(leaders))
    if findings:
        for line in reporters.text(findings):
            say(line)
        say(f"{len(findings)} fejl i {display}; intet er importeret.")
        return ExitCode.CONTENT
    tree = store.git_work_tree(csv_file.parent)
    if tree is not None:
        say(MESSAGES["csv_in_git"].format(path=display, tree=tree))
    with survey_data.terminate_as_exit():
        imported = store.import_round(
            folder,
            _programme_id(loaded),
            survey_round.id,
            answers,
            leaders,
            _partner(survey),
            replace=replace,
            today=today(),
            order=questionnaire_order(survey),
        )
    say(
        MESSAGES["imported"].format(
            round=survey_round.id,
            count=len(answers.rows),
            population=len(leaders),
            example=MESSAGES["example"] if answers.example else "",
        )
    )
    survey_data.imported_notes(imported, folder, verbose=verbose)
    return ExitCode.OK


@survey_app.command(name="report")
def report_(
    round_id: RoundArgument,
    compare: Annotated[
        str | None,
        typer.Option(
            "--compare",
            metavar="RUNDE",
            help="Vis udviklingen fra RUNDE til denne runde "
            "(fx report baseline --compare opfoelgning).",
            show_default=False,
        ),
    ] = None,
    goal: Annotated[
        str | None,
        typer.Option(
            "--goal", metavar="ID", help="Kun udsagnene for dette læringsmål.", show_default=False
        ),
    ] = None,
    output_format: Annotated[
        ReportFormat | None,
        typer.Option(
            "--format",
            help="text (standard), html (standard for -o *.html) eller json.",
            show_default=False,
        ),
    ] = None,
    output: OutputOption = None,
    data: DataOption = None,
    content: ContentOption = None,
    verbose: VerboseOption = False,
) -> int:
    """Samlede tal for alle svar; tal med under 5 svar vises ikke."""
    from felles.survey import aggregate, report
    from felles.survey.layout import find_round

    if output_format is None:
        output_format = ReportFormat.html if wants_html(output) else ReportFormat.text
    cdir = content_dir(content, verbose)
    loaded, survey = _load(cdir)
    if goal is not None and loaded.goal(goal) is None:
        known = ", ".join(g.id for g in loaded.goals)
        raise UsageError("U068", {"goal": goal, "known": known})
    folder = _data_dir(data, loaded)
    chosen = [find_round(survey, round_id)]
    if compare is not None:
        chosen.append(find_round(survey, compare))
    summaries = [
        aggregate.summarise(
            survey, r, loaded.goals, _round_data(folder, loaded, survey, r.id), goal_filter=goal
        )
        for r in chosen
    ]
    comparison = aggregate.compare(*summaries) if len(summaries) == 2 else None
    title = survey.title
    if output_format is ReportFormat.json:
        text = report.as_json(summaries[0], comparison) + "\n"
    elif output_format is ReportFormat.html:
        template_file = template(cdir.path, "survey_report.html.j2", verbose)
        text = report.html(template_file, summaries[0], comparison, title)
    else:
        lines = (
            report.comparison_text(comparison, title)
            if comparison
            else report.text(summaries[0], title)
        )
        text = "\n".join(lines) + "\n"
    _emit(text, output, "rapporten", form=output_format.value, command="survey report", cdir=cdir)
    return ExitCode.OK


@survey_app.command()
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
    folder = _data_dir(data, loaded)
    if keys_only:
        partner = None if loaded.survey is None else _partner(loaded.survey)
        return survey_data.purge_keys(folder, partner, yes=yes)
    return survey_data.purge_all(folder, yes=yes)


# --- shared ------------------------------------------------------------------------


def _load(cdir: ContentDir) -> tuple[Content, survey_model.Survey]:
    """The content, clean apart from leaders' drafts (a broken draft does not stop the
    survey), and its survey; U067 without a survey.yaml."""
    from felles.content.kinds import SURVEY

    loaded, _ = clean(cdir, survey=True)
    if loaded.survey is None:
        raise UsageError("U067", {"path": str(loaded.dir.path / SURVEY.path)})
    return loaded, loaded.survey


def _programme_id(loaded: Content) -> str:
    from felles.cli.survey_round import programme_id

    return programme_id(loaded)


def _data_dir(option: Path | None, loaded: Content) -> Path:
    from felles.cli.survey_round import data_folder

    return data_folder(option, loaded)


def _partner(survey: survey_model.Survey) -> Partner | None:
    from felles.cli.survey_round import partner

    return partner(survey)


def _round_data(
    folder: Path, loaded: Content, survey: survey_model.Survey, round_id: str
) -> RoundData:
    from felles.cli.survey_round import round_data

    return round_data(folder, loaded, survey, round_id)


def _emit(
    text: str, output: Path | None, what: str, *, form: str, command: str, cdir: ContentDir
) -> None:
    if emit(text, output, form=form, command=command, protect=protected(cdir.path)):
        say(MESSAGES["wrote"].format(what=what, path=output))
