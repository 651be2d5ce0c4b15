"""The questionnaire as a printable form (`felles survey form`): the values of
templates/survey_form.*.j2, each statement under its learning goal with its theme, and
the column each answer goes in (survey/layout.py).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from felles.content import model, survey_model
from felles.content.survey_model import RESPONDENT, STATEMENT_PREFIX
from felles.names import slug
from felles.survey import promise
from felles.survey.layout import scale


def form_context(
    survey: survey_model.Survey,
    survey_round: survey_model.SurveyRound,
    goals: list[model.Goal],
    leaders: Iterable[str],
    intro: list[str],
    forum: str = "ledergruppen",
) -> dict[str, Any]:
    """The values of templates/survey_form.*.j2 (`forum`: what all leaders together are called)."""
    titles = {goal.id: goal.title for goal in goals}
    theme_titles = {theme.id: theme.title for goal in goals for theme in goal.themes}
    by_goal: dict[str, list[dict[str, str]]] = {}
    for statement in survey.style.statements:
        by_goal.setdefault(statement.goal, []).append(
            {
                "column": f"{STATEMENT_PREFIX}.{statement.id}",
                "text": statement.text,
                "theme": theme_titles.get(statement.theme, statement.theme),
            }
        )
    return {
        "title": survey.title,
        "proposal": survey.status == "forslag",
        "round": {"id": survey_round.id, "title": survey_round.title},
        "intro": intro,
        "scales": {s.id: s for s in survey.scales},
        "relations": survey.relations,
        "leaders": [{"name": name, "id": slug(name)} for name in leaders],
        "external": survey.external,
        "style": survey.style,
        "style_scale": scale(survey, survey.style.scale),
        "goals": [
            {"title": titles.get(goal_id, goal_id), "statements": statements}
            for goal_id, statements in by_goal.items()
        ],
        "respondent_column": RESPONDENT,
        "forum": forum,
        "privacy": promise.form_sentences(forum),
    }
