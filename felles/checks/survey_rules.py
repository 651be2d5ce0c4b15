"""Rules over content/survey.yaml: references, scales, and unambiguous CSV columns."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from felles.checks import common
from felles.checks.common import KINDS, Loc, Use
from felles.content.kinds import SURVEY
from felles.content.load import Content
from felles.content.model import Goal
from felles.content.survey_model import RESERVED_PREFIXES, Scale, Survey
from felles.dates import parse_when
from felles.findings import Finding


@dataclass(frozen=True)
class _File:
    """survey.yaml, read cleanly, with the content it refers to."""

    content: Content
    survey: Survey
    display: str

    def at(self, loc: Loc, code: str, **params: Any) -> Finding:
        return common.at(self.content, self.display, loc, code, **params)

    def unknown(self, loc: Loc, kind: str, ref: str, known: list[str]) -> Finding:
        return common.unknown(self.content, self.display, loc, kind, ref, known)


def check(content: Content) -> Iterator[Finding]:
    survey = content.survey
    if survey is None:
        return
    file = _File(content, survey, common.file_display(content, SURVEY.path))
    yield from common.first_use_only(content, _ids(file))
    scales = {scale.id: scale for scale in survey.scales}
    yield from _scales(file)
    yield from _relations(file, scales)
    yield from _scale_ref(file, ("external", "scale"), survey.external.scale, scales)
    yield from _scale_ref(file, ("style", "scale"), survey.style.scale, scales)
    yield from _prefixes(file)
    yield from _delete_after(file)
    goals = {goal.id: goal for goal in content.goals}
    yield from _rounds(file, goals)
    if goals:
        yield from _statements(file, goals)


def _ids(file: _File) -> Iterator[Use]:
    """The ids that must be unique, each kind on its own."""
    survey, display = file.survey, file.display
    for i, r in enumerate(survey.rounds):
        yield KINDS["round"], r.id, display, ("rounds", i, "id")
    for i, s in enumerate(survey.scales):
        yield KINDS["scale"], s.id, display, ("scales", i, "id")
    for i, q in enumerate(survey.relations.questions):
        yield KINDS["relation"], q.id, display, ("relations", "questions", i, "id")
    for i, a in enumerate(survey.external.actors):
        yield KINDS["actor"], a.id, display, ("external", "actors", i, "id")
    for i, st in enumerate(survey.style.statements):
        yield KINDS["statement"], st.id, display, ("style", "statements", i, "id")


def _scales(file: _File) -> Iterator[Finding]:
    """E605 for a scale of fewer than two steps, E606 for a step value given twice."""
    for s, scale in enumerate(file.survey.scales):
        values = [step.value for step in scale.steps]
        if len(values) < 2:
            yield file.at(("scales", s, "steps"), "E605", scale=scale.id)
        for v, value in enumerate(values):
            if value in values[:v]:
                yield file.at(
                    ("scales", s, "steps", v, "value"), "E606", scale=scale.id, value=value
                )


def _scale_ref(file: _File, loc: Loc, ref: str, scales: dict[str, Scale]) -> Iterator[Finding]:
    if ref not in scales:
        yield file.unknown(loc, KINDS["scale"], ref, list(scales))


def _relations(file: _File, scales: dict[str, Scale]) -> Iterator[Finding]:
    """The relation questions' scales, and exactly one question naming the partner (E602,
    with a `partner_from` on its scale, E603)."""
    partner_questions = []
    for q, question in enumerate(file.survey.relations.questions):
        loc: Loc = ("relations", "questions", q)
        yield from _scale_ref(file, (*loc, "scale"), question.scale, scales)
        if question.partner_from is None:
            continue
        partner_questions.append(loc)
        known = scales.get(question.scale)
        if known and question.partner_from not in [step.value for step in known.steps]:
            yield file.at(
                (*loc, "partner_from"),
                "E603",
                value=question.partner_from,
                scale=known.id,
                values=", ".join(str(step.value) for step in known.steps),
            )
    if len(partner_questions) != 1:
        where = partner_questions[1] if partner_questions else ("relations", "questions")
        yield file.at(where, "E602", count=len(partner_questions))


def _prefixes(file: _File) -> Iterator[Finding]:
    """E604: column prefixes must tell the sections apart."""
    survey = file.survey
    prefixes = [
        (q.id, ("relations", "questions", i, "id"))
        for i, q in enumerate(survey.relations.questions)
    ] + [(survey.external.id, ("external", "id"))]
    for i, (prefix, loc) in enumerate(prefixes):
        if prefix in RESERVED_PREFIXES or prefix in [p for p, _ in prefixes[:i]]:
            yield file.at(loc, "E604", id=prefix)


def _delete_after(file: _File) -> Iterator[Finding]:
    delete_after = file.survey.delete_after
    if delete_after is None:
        return
    try:
        parse_when(delete_after)
    except ValueError as exc:
        yield file.at(("delete_after",), "E304", value=delete_after, detail=f": {exc}")


def _rounds(file: _File, goals: dict[str, Goal]) -> Iterator[Finding]:
    """E302 for a round's unknown phase or learning goal."""
    content = file.content
    phase_ids = [phase.meta.id for phase in content.phases]
    for r, survey_round in enumerate(file.survey.rounds):
        if content.phases and survey_round.phase not in phase_ids:
            yield file.unknown(
                ("rounds", r, "phase"), KINDS["phase"], survey_round.phase, phase_ids
            )
        if goals and survey_round.goal is not None and survey_round.goal not in goals:
            yield file.unknown(("rounds", r, "goal"), KINDS["goal"], survey_round.goal, list(goals))


def _statements(file: _File, goals: dict[str, Goal]) -> Iterator[Finding]:
    """A style statement's goal and theme are known (E302), and the theme is the goal's
    (E601)."""
    content = file.content
    for s, statement in enumerate(file.survey.style.statements):
        loc = ("style", "statements", s)
        goal = goals.get(statement.goal)
        if goal is None:
            yield file.unknown((*loc, "goal"), KINDS["goal"], statement.goal, list(goals))
            continue
        if statement.theme in [theme.id for theme in goal.themes]:
            continue
        owner = next(
            (g.id for g in content.goals for t in g.themes if t.id == statement.theme), None
        )
        if owner is None:
            all_themes = [t.id for g in content.goals for t in g.themes]
            yield file.unknown((*loc, "theme"), KINDS["theme"], statement.theme, all_themes)
        else:
            yield file.at(
                (*loc, "theme"), "E601", theme=statement.theme, goal=statement.goal, owner=owner
            )
