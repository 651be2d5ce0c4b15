"""`felles survey form` and `felles survey template`: what goes out to the respondents, the
questionnaire as a readable document and the CSV template the answers come back in."""

from __future__ import annotations

import sys
from enum import StrEnum
from typing import Annotated, Final

import typer

from felles.cli.content import content_dir, template
from felles.cli.options import ContentOption, OutputOption, VerboseOption
from felles.cli.output import protected, wants_html
from felles.cli.survey_shared import RoundArgument, emit_result, load_survey, say_written
from felles.errors import ExitCode
from felles.plan.roster import leaders_in_phase

# What each command says it has written ("… er gemt i PATH.").
TEXT: Final = {
    "form": "Skemaet",
    "template": "Skabelonen",
    "example": "Skabelonen med opdigtede svar",
}


class FormFormat(StrEnum):
    md = "md"
    html = "html"


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
    from felles.survey.form_values import form_context
    from felles.survey.layout import find_round

    if output_format is None:
        output_format = FormFormat.html if wants_html(output) else FormFormat.md
    cdir = content_dir(content, verbose)
    loaded, survey = load_survey(cdir)
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
    what = TEXT["form"]
    emit_result(text, output, what, form=output_format.value, command="survey form", cdir=cdir)
    return ExitCode.OK


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
    loaded, survey = load_survey(cdir)
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
    say_written(TEXT["example" if example else "template"], output)
    return ExitCode.OK
