"""A survey round's stored figures, found as the survey commands find them.

Shared by `felles survey report` (cli/survey_report.py) and `felles export agenda --survey`
(cli/agenda_command.py): the data folder is `--data`, else FELLES_DATA, else the user's data
folder for the programme (`survey.store.data_dir`), and a round that was not imported
is U070 with the rounds that were.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from felles.errors import UsageError

if TYPE_CHECKING:
    from felles.content import survey_model
    from felles.content.load import Content, Phase
    from felles.survey.tally import Partner, RoundData


def programme_id(loaded: Content) -> str:
    return loaded.programme.id if loaded.programme else "forloeb"


def data_folder(option: Path | None, loaded: Content) -> Path:
    from felles.survey.files import data_dir

    return data_dir(option, os.environ, programme_id(loaded))


def partner(survey: survey_model.Survey) -> Partner | None:
    from felles.survey.tally import partner_of

    return partner_of(survey)


def round_data(
    folder: Path, loaded: Content, survey: survey_model.Survey, round_id: str
) -> RoundData:
    from felles.cli.survey_data import rounds_words
    from felles.survey import store

    data = store.load_round(folder, programme_id(loaded), round_id, partner(survey))
    if data is None:
        stored = store.rounds(folder)
        raise UsageError(
            "U070", {"round": round_id, "path": str(folder), "stored": rounds_words(stored)}
        )
    return data


def at_goal(loaded: Content, phase: Phase, round_id: str, data: Path | None) -> dict[str, object]:
    """The agenda's survey section: the phase's learning goal in the round's figures."""
    from felles.content.kinds import SURVEY
    from felles.plan.participants import forum_name
    from felles.survey.at_goal import section
    from felles.survey.layout import find_round

    survey = loaded.survey
    if survey is None:
        raise UsageError("U067", {"path": str(loaded.dir.path / SURVEY.path)})
    if phase.meta.goal is None:
        raise UsageError("U092", {"phase": phase.meta.title})
    chosen = find_round(survey, round_id)
    figures = round_data(data_folder(data, loaded), loaded, survey, chosen.id)
    return section(survey, chosen, loaded.goals, phase.meta.goal, figures, forum_name(loaded))
