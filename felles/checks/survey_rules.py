"""Rules over content/survey.yaml: references, scales, and unambiguous CSV columns."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from felles.checks import common
from felles.checks.common import Loc
from felles.content.kinds import SURVEY
from felles.content.load import Content
from felles.content.survey_model import RESERVED_PREFIXES
from felles.dates import parse_when
from felles.findings import Finding


def check(content: Content) -> Iterator[Finding]:
    survey = content.survey
    if survey is None:
        return
    display = common.file_display(content, SURVEY.path)

    def at(loc: Loc, code: str, **params: Any) -> Finding:
        return common.at(content, display, loc, code, **params)

    def unknown(loc: Loc, kind: str, ref: str, known: list[str]) -> Finding:
        return common.unknown(content, display, loc, kind, ref, known)

    # Unique ids, each kind on its own.
    yield from common.first_use_only(
        content,
        [
            *(("runde", r.id, display, ("rounds", i, "id")) for i, r in enumerate(survey.rounds)),
            *(("skala", s.id, display, ("scales", i, "id")) for i, s in enumerate(survey.scales)),
            *(
                ("relationsspørgsmål", q.id, display, ("relations", "questions", i, "id"))
                for i, q in enumerate(survey.relations.questions)
            ),
            *(
                ("aktørtype", a.id, display, ("external", "actors", i, "id"))
                for i, a in enumerate(survey.external.actors)
            ),
            *(
                ("udsagn", s.id, display, ("style", "statements", i, "id"))
                for i, s in enumerate(survey.style.statements)
            ),
        ],
    )

    scales = {scale.id: scale for scale in survey.scales}
    for s, scale in enumerate(survey.scales):
        values = [step.value for step in scale.steps]
        if len(values) < 2:
            yield at(("scales", s, "steps"), "E605", scale=scale.id)
        for v, value in enumerate(values):
            if value in values[:v]:
                yield at(("scales", s, "steps", v, "value"), "E606", scale=scale.id, value=value)

    def scale_ref(loc: Loc, ref: str) -> Iterator[Finding]:
        if ref not in scales:
            yield unknown(loc, "skala", ref, list(scales))

    partner_questions = []
    for q, question in enumerate(survey.relations.questions):
        loc: Loc = ("relations", "questions", q)
        yield from scale_ref((*loc, "scale"), question.scale)
        if question.partner_from is not None:
            partner_questions.append(loc)
            known = scales.get(question.scale)
            if known and question.partner_from not in [step.value for step in known.steps]:
                yield at(
                    (*loc, "partner_from"),
                    "E603",
                    value=question.partner_from,
                    scale=known.id,
                    values=", ".join(str(step.value) for step in known.steps),
                )
    if len(partner_questions) != 1:
        where = partner_questions[1] if partner_questions else ("relations", "questions")
        yield at(where, "E602", count=len(partner_questions))
    yield from scale_ref(("external", "scale"), survey.external.scale)
    yield from scale_ref(("style", "scale"), survey.style.scale)

    # Column prefixes must tell the sections apart.
    prefixes = [
        (q.id, ("relations", "questions", i, "id"))
        for i, q in enumerate(survey.relations.questions)
    ] + [(survey.external.id, ("external", "id"))]
    for i, (prefix, loc) in enumerate(prefixes):
        if prefix in RESERVED_PREFIXES or prefix in [p for p, _ in prefixes[:i]]:
            yield at(loc, "E604", id=prefix)

    if survey.delete_after is not None:
        try:
            parse_when(survey.delete_after)
        except ValueError as exc:
            yield at(("delete_after",), "E304", value=survey.delete_after, detail=f": {exc}")

    goals = {goal.id: goal for goal in content.goals}
    phase_ids = [phase.meta.id for phase in content.phases]
    for r, survey_round in enumerate(survey.rounds):
        if content.phases and survey_round.phase not in phase_ids:
            yield unknown(("rounds", r, "phase"), "fase", survey_round.phase, phase_ids)
        if goals and survey_round.goal is not None and survey_round.goal not in goals:
            yield unknown(("rounds", r, "goal"), "læringsmål", survey_round.goal, list(goals))
    if not goals:
        return
    for s, statement in enumerate(survey.style.statements):
        loc = ("style", "statements", s)
        goal = goals.get(statement.goal)
        if goal is None:
            yield unknown((*loc, "goal"), "læringsmål", statement.goal, list(goals))
            continue
        themes = [theme.id for theme in goal.themes]
        if statement.theme not in themes:
            owner = next(
                (g.id for g in content.goals for t in g.themes if t.id == statement.theme), None
            )
            if owner is None:
                all_themes = [t.id for g in content.goals for t in g.themes]
                yield unknown((*loc, "theme"), "tema", statement.theme, all_themes)
            else:
                yield at(
                    (*loc, "theme"), "E601", theme=statement.theme, goal=statement.goal, owner=owner
                )
