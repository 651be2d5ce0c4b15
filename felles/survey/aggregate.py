"""Figures for the forum as a whole: no figure rests on fewer than MIN_RESPONDENTS.

Everything here works on `RoundData` (felles.survey.tally): lists of values and counts
made at import, with no names, pseudonyms or rows per respondent, so a report cannot
show one. A suppressed figure is None; renderers say "for få svar". The work is linear
in the stored values: the network arrives as counts.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from typing import Final

from felles.content import model, survey_model
from felles.survey.layout import partner_question, scale
from felles.survey.promise import MIN_RESPONDENTS
from felles.survey.tally import RoundData

SMALL_N: Final = 10  # a change resting on fewer respondents than this gets a note


@dataclass
class Item:
    """One question's answers: distribution and mean over n respondents (None: suppressed)."""

    id: str
    text: str
    n: int
    mean: float | None
    distribution: list[tuple[str, int]] | None  # (answer in words, how many)
    spread: float | None = None  # the standard deviation, for comparisons
    theme: str | None = None
    answers: int = 0  # how many answers (more than n where one leader rates many colleagues)


@dataclass
class Goal:
    id: str
    title: str
    items: list[Item]


@dataclass
class Network:
    n: int
    density: float | None  # share of possible relations named as partners
    partners: float | None  # average number of partners per respondent
    outside_group: float | None  # share of partners outside one's own sparring group
    reciprocity: float | None  # share of partner pairs (both answered) naming each other
    experience: Item | None
    note: str | None = None  # the figures rest on another partner question than survey.yaml's


@dataclass
class Summary:
    round: str
    title: str
    example: bool
    imported: str
    population: int
    respondents: int
    goals: list[Goal]
    network: Network | None
    external: list[Item]
    proposal: bool = False  # the questions are felles' proposal (survey.yaml: status: forslag)

    @property
    def response_rate(self) -> float:
        return self.respondents / self.population if self.population else 0.0


@dataclass
class Change:
    label: str
    before: float | None
    after: float | None
    n_before: int
    n_after: int
    kind: str = "mean"  # mean | share | count
    note: str | None = None

    @property
    def delta(self) -> float | None:
        if self.before is None or self.after is None:
            return None
        return self.after - self.before


@dataclass
class Comparison:
    before: Summary
    after: Summary
    changes: list[Change] = field(default_factory=list)


def item(
    item_id: str,
    text: str,
    answers: list[int],
    steps: list[survey_model.ScaleStep],
    theme: str | None = None,
    *,
    people: int | None = None,
) -> Item:
    """One question's figures. `people` counts the respondents behind `answers` when one
    respondent gives several (rating many colleagues): suppression counts people."""
    n = len(answers) if people is None else people
    if n < MIN_RESPONDENTS:
        return Item(item_id, text, n, None, None, None, theme, len(answers))
    counts = Counter(answers)
    # Integer sums, one division each: the same figures whatever order the values are in
    # (they are stored sorted), correctly rounded.
    size, total = len(answers), sum(answers)
    mean = total / size
    squares = sum(a * a for a in answers)
    spread = math.sqrt((size * squares - total * total) / (size * (size - 1))) if size > 1 else 0.0
    distribution = [(s.label, counts.get(s.value, 0)) for s in steps]
    return Item(item_id, text, n, mean, distribution, spread, theme, len(answers))


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


def network(survey: survey_model.Survey, data: RoundData) -> Network:
    partner = partner_question(survey)
    counts = data.network
    n = counts.answered if counts is not None else 0
    experience_q = next((q for q in survey.relations.questions if q.partner_from is None), None)
    experience = None
    if experience_q is not None:
        # n counts respondents, not ratings: one leader's ratings of many colleagues are
        # not independent answers.
        experience = item(
            experience_q.id,
            experience_q.text,
            data.items.get(("relation", experience_q.id), []),
            scale(survey, experience_q.scale).steps,
            people=data.raters.get(experience_q.id, 0),
        )
    if counts is None or n < MIN_RESPONDENTS:
        return Network(n, None, None, None, None, experience)
    note = None
    if (counts.question, counts.partner_from) != (partner.id, partner.partner_from):
        note = (
            f"beregnet ved importen med »{counts.question}« fra værdien {counts.partner_from}; "
            f"survey.yaml siger nu »{partner.id}« fra {partner.partner_from}"
        )
    possible = n * max(data.population - 1, 1)
    ties = counts.ties
    return Network(
        n=n,
        density=ties / possible,
        partners=ties / n,
        outside_group=counts.outside / ties if ties else None,
        reciprocity=counts.mutual / counts.pairs if counts.pairs else None,
        experience=experience,
        note=note,
    )


def compare(before: Summary, after: Summary) -> Comparison:
    """The change from one round to the other, figure by figure, with honest notes."""
    result = Comparison(before, after)
    result.changes.append(
        Change(
            "Svarprocent",
            before.response_rate,
            after.response_rate,
            before.respondents,
            after.respondents,
            "share",
        )
    )
    earlier = {i.id: i for goal in before.goals for i in goal.items}
    earlier.update({f"udadtil:{i.id}": i for i in before.external})
    pairs = [(earlier.get(i.id), i) for goal in after.goals for i in goal.items]
    pairs += [(earlier.get(f"udadtil:{i.id}"), i) for i in after.external]
    for old, new in pairs:
        if old is not None:
            result.changes.append(_mean_change(new.text, old, new))
    if before.network is not None and after.network is not None:
        b, a = before.network, after.network
        for label, kind, old_value, new_value in (
            ("Netværkets tæthed", "share", b.density, a.density),
            ("Samarbejdspartnere pr. leder", "count", b.partners, a.partners),
            ("Partnere uden for egen sparringsgruppe", "share", b.outside_group, a.outside_group),
            ("Gensidighed", "share", b.reciprocity, a.reciprocity),
        ):
            result.changes.append(_note(Change(label, old_value, new_value, b.n, a.n, kind)))
        if b.experience is not None and a.experience is not None:
            result.changes.append(_mean_change(a.experience.text, b.experience, a.experience))
    return result


def _mean_change(label: str, old: Item, new: Item) -> Change:
    change = Change(label, old.mean, new.mean, old.n, new.n)
    _note(change)
    if (
        change.note is None
        and change.delta is not None
        and old.spread is not None
        and new.spread is not None
    ):
        error = math.sqrt(old.spread**2 / old.n + new.spread**2 / new.n)
        if abs(change.delta) < 2 * error:
            change.note = "inden for den tilfældige variation"
    return change


def _note(change: Change) -> Change:
    if change.before is None or change.after is None:
        change.note = "for få svar"
    elif min(change.n_before, change.n_after) < SMALL_N:
        change.note = f"få svar (n = {change.n_before} og {change.n_after}); tolk forsigtigt"
    return change
