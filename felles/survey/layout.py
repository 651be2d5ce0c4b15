"""The questions of survey.yaml as CSV columns (the printable form: survey/form_values.py).

One row per respondent, one column per question. Relation questions have one column
per other leader, named `<question>.<leader id>` (the leader's slug, as the draft file
names); outward questions `<section>.<actor>`; statements `udsagn.<id>`.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Final, Literal

from felles.content import survey_model
from felles.content.survey_model import STATEMENT_PREFIX
from felles.errors import UsageError
from felles.names import slug, suggestion

Section = Literal["relation", "external", "statement"]
TEXT: Final = {"none": "ingen"}  # the known rounds in U060 when the survey has none


@dataclass(frozen=True)
class Column:
    header: str
    section: Section
    item: str  # the relation question, actor or statement id
    scale: survey_model.Scale = field(compare=False)
    target: str | None = None  # relation columns: the other leader (never reported)


def scale(survey: survey_model.Survey, scale_id: str) -> survey_model.Scale:
    return next(s for s in survey.scales if s.id == scale_id)


def columns(survey: survey_model.Survey, leaders: Iterable[str]) -> list[Column]:
    """Every answer column, in the order the template writes them."""
    result = [
        Column(
            f"{question.id}.{slug(name)}",
            "relation",
            question.id,
            scale(survey, question.scale),
            name,
        )
        for name in leaders
        for question in survey.relations.questions
    ]
    external = survey.external
    result += [
        Column(f"{external.id}.{actor.id}", "external", actor.id, scale(survey, external.scale))
        for actor in external.actors
    ]
    style_scale = scale(survey, survey.style.scale)
    result += [
        Column(f"{STATEMENT_PREFIX}.{statement.id}", "statement", statement.id, style_scale)
        for statement in survey.style.statements
    ]
    return result


def questionnaire_order(survey: survey_model.Survey) -> list[tuple[str, str]]:
    """Every (section, item) a round stores, in the questionnaire's order: the order the
    data file holds them in, whatever the CSV's rows and columns."""
    return [
        *(("relation", question.id) for question in survey.relations.questions),
        *(("external", actor.id) for actor in survey.external.actors),
        *(("statement", statement.id) for statement in survey.style.statements),
    ]


def find_round(survey: survey_model.Survey, round_id: str) -> survey_model.SurveyRound:
    """The round with this id; U060 (with the known ids) if there is none."""
    for survey_round in survey.rounds:
        if survey_round.id == round_id.strip():
            return survey_round
    known = [r.id for r in survey.rounds]
    close = difflib.get_close_matches(round_id, known, n=1, cutoff=0.5)
    raise UsageError(
        "U060",
        {"round": round_id, "known": ", ".join(known) or TEXT["none"], "hint": suggestion(close)},
    )


def partner_question(survey: survey_model.Survey) -> survey_model.RelationQuestion:
    """The relation question whose answers define a collaboration partner."""
    return next(q for q in survey.relations.questions if q.partner_from is not None)
