"""A round's summary: the style statements' figures by learning goal (or one goal), the
network, and the collaboration outside the organisation, from the round's stored
RoundData (`aggregate` makes each figure).
"""

from __future__ import annotations

from felles.content import model, survey_model
from felles.survey.aggregate import item, network
from felles.survey.layout import scale
from felles.survey.summary_model import Goal, Summary
from felles.survey.tally import RoundData


def summarise(
    survey: survey_model.Survey,
    survey_round: survey_model.SurveyRound,
    goals: list[model.Goal],
    data: RoundData,
    *,
    goal_filter: str | None = None,
) -> Summary:
    theme_titles = {theme.id: theme.title for goal in goals for theme in goal.themes}
    style_steps = scale(survey, survey.style.scale).steps
    by_goal: list[Goal] = []
    for goal in goals:
        if goal_filter is not None and goal.id != goal_filter:
            continue
        items = [
            item(
                s.id,
                s.text,
                data.items.get(("statement", s.id), []),
                style_steps,
                theme_titles.get(s.theme, s.theme),
            )
            for s in survey.style.statements
            if s.goal == goal.id
        ]
        if items:
            by_goal.append(Goal(goal.id, goal.title, items))
    external_steps = scale(survey, survey.external.scale).steps
    external = [
        item(a.id, a.title, data.items.get(("external", a.id), []), external_steps)
        for a in survey.external.actors
    ]
    return Summary(
        round=data.id,
        title=survey_round.title,
        example=data.example,
        imported=data.imported,
        population=data.population,
        respondents=data.respondents,
        goals=by_goal,
        network=None if goal_filter else network(survey, data),
        external=[] if goal_filter else external,
        proposal=survey.status == "forslag",
    )
