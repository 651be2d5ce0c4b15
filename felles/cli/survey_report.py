"""`felles survey report RUNDE`: the aggregate figures of a round (or the change from another
round) as text, HTML or JSON; figures of fewer than 5 answers are not shown."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Final

import typer

from felles.cli.content import content_dir, template
from felles.cli.options import ContentOption, DataOption, OutputOption, VerboseOption
from felles.cli.output import wants_html
from felles.cli.survey_round import data_folder, round_data
from felles.cli.survey_shared import RoundArgument, emit_result, load_survey
from felles.errors import ExitCode, UsageError

TEXT: Final = {"report": "Rapporten"}  # what emit_result says it has written


class ReportFormat(StrEnum):
    text = "text"
    html = "html"
    json = "json"


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
    from felles.plan.participants import forum_name
    from felles.survey import report_json, report_page, report_text, round_compare, round_summary
    from felles.survey.layout import find_round

    if output_format is None:
        output_format = ReportFormat.html if wants_html(output) else ReportFormat.text
    cdir = content_dir(content, verbose)
    loaded, survey = load_survey(cdir)
    if goal is not None and loaded.goal(goal) is None:
        known = ", ".join(g.id for g in loaded.goals)
        raise UsageError("U068", {"goal": goal, "known": known})
    folder = data_folder(data, loaded)
    chosen = [find_round(survey, round_id)]
    if compare is not None:
        chosen.append(find_round(survey, compare))
    summaries = [
        round_summary.summarise(
            survey, r, loaded.goals, round_data(folder, loaded, survey, r.id), goal_filter=goal
        )
        for r in chosen
    ]
    comparison = round_compare.compare(*summaries) if len(summaries) == 2 else None
    title = survey.title
    forum = forum_name(loaded)
    if output_format is ReportFormat.json:
        text = report_json.as_json(summaries[0], comparison) + "\n"
    elif output_format is ReportFormat.html:
        template_file = template(cdir.path, "survey_report.html.j2", verbose)
        text = report_page.html(template_file, summaries[0], comparison, title, forum)
    else:
        lines = (
            report_text.comparison_text(comparison, title, forum)
            if comparison
            else report_text.text(summaries[0], title, forum)
        )
        text = "\n".join(lines) + "\n"
    emit_result(
        text, output, TEXT["report"], form=output_format.value, command="survey report", cdir=cdir
    )
    return ExitCode.OK
