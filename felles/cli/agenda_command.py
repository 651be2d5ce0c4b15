"""`felles export agenda`: an activity's agenda (Markdown or HTML), for the whole programme
or one sparring group; with `--survey` the goals the last survey round found low.

Registered by `cli/export.py`.
"""

from __future__ import annotations

from typing import Final

from felles.cli.agenda_options import (
    ActivityArgument,
    AgendaFormatOption,
    Format,
    GroupAgendaOption,
    PhaseOption,
    SurveyRoundOption,
)
from felles.cli.clock import today
from felles.cli.content import clean, content_dir, template
from felles.cli.options import (
    ContentOption,
    DataOption,
    OutputOption,
    VerboseOption,
)
from felles.cli.output import emit, protected, say, wants_html
from felles.cli.survey_round import at_goal
from felles.errors import ExitCode, UsageError

# What the command says on stderr.
TEXT: Final = {
    "wrote_agenda": "Dagsordenen er gemt i {path}.",
    "both": "ikke begge",
    "neither": "der mangler en af dem",
}


def export_agenda(
    activity: ActivityArgument = None,
    phase: PhaseOption = None,
    output_format: AgendaFormatOption = None,
    output: OutputOption = None,
    survey_round: SurveyRoundOption = None,
    data: DataOption = None,
    content: ContentOption = None,
    verbose: VerboseOption = False,
    group: GroupAgendaOption = None,
) -> int:
    """Dagsorden for en aktivitet eller en fase, som Markdown eller HTML."""
    from felles.plan import select
    from felles.render import agenda
    from felles.render.templates import document

    if (activity is None) == (phase is None):
        raise UsageError("U034", {"what": TEXT["both" if activity else "neither"]})
    if output_format is None:
        output_format = Format.html if wants_html(output) else Format.md
    if data is not None and survey_round is None:
        raise UsageError("U093")
    cdir = content_dir(content, verbose)
    loaded, _ = clean(cdir, survey=survey_round is not None, pairs=True)
    if phase is not None:
        chosen_phase, chosen = select.select_phase(loaded, phase)
    else:
        assert activity is not None
        occurrence = select.select_activity(loaded, activity, today())
        chosen_phase, chosen = occurrence.phase, [occurrence]
    if group is not None:
        chosen = select.for_group(loaded, chosen, group, whole_phase=phase is not None)
    values = agenda.context(loaded, chosen_phase, chosen, whole_phase=phase is not None)
    if survey_round is not None:  # the questionnaire at the learning goal (cli/survey_round)
        values["survey"] = at_goal(loaded, chosen_phase, survey_round, data)
    path = template(cdir.path, f"agenda.{output_format.value}.j2", verbose)
    text = document(path, values, html=output_format is Format.html)
    if emit(
        text,
        output,
        form=output_format.value,
        command="export agenda",
        protect=protected(cdir.path),
    ):
        say(TEXT["wrote_agenda"].format(path=output))
    return ExitCode.OK
