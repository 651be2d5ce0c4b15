"""felles.survey.aggregate: figures for the forum as a whole, none resting on too few answers.

The network arrives as counts made at import (`relation_counter.RelationCounter`); the
figures must be those the linked rows of the relation answers give (`_reference`, the
computation felles made from per-respondent rows before it stopped storing them).
"""

from __future__ import annotations

import functools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from felles.content.load import Content
from felles.content.survey_model import ScaleStep
from felles.survey import aggregate, round_summary
from felles.survey.relation_counter import RelationCounter
from felles.survey.tally import Partner, RoundData
from tests.helpers.tree import SURVEY, loaded

Relation = tuple[int, int, str, int, bool]  # respondent, colleague, question, value, same group


def _reference(
    relations: list[Relation], population: int, threshold: int
) -> tuple[int, float | None, float | None, float | None, float | None]:
    """n, density, partners, outside_group, reciprocity from the linked rows (as felles did)."""
    rated = {s for s, _, q, _, _ in relations if q == "hyppighed"}
    n = len(rated)
    if n < aggregate.MIN_RESPONDENTS:
        return n, None, None, None, None
    ties = {(s, t): same for s, t, q, v, same in relations if q == "hyppighed" and v >= threshold}
    outside = sum(1 for same in ties.values() if not same)
    pairs = {frozenset(p) for p in ties if p[0] in rated and p[1] in rated}
    mutual = sum(1 for p in pairs if all(x in ties for x in [tuple(p), tuple(p)[::-1]]))
    return (
        n,
        len(ties) / (n * max(population - 1, 1)),
        len(ties) / n,
        outside / len(ties) if ties else None,
        mutual / len(pairs) if pairs else None,
    )


@st.composite
def relations(draw: st.DrawFn, population: int, respondents: int) -> list[Relation]:
    """At most one answer per (respondent, colleague, question), never about oneself."""
    cells = st.tuples(
        st.integers(0, max(respondents - 1, 0)),
        st.integers(0, population - 1),
        st.sampled_from(["hyppighed", "oplevelse"]),
    )
    chosen = draw(st.lists(cells, max_size=80, unique=True)) if respondents else []
    groups = draw(st.lists(st.integers(1, 3), min_size=population, max_size=population))
    return [
        (
            s,
            t,
            q,
            draw(st.integers(0, 4) if q == "hyppighed" else st.integers(1, 5)),
            groups[s] == groups[t],
        )
        for s, t, q in chosen
        if s != t
    ]


@functools.cache
def _loaded() -> Content:
    """The small programme of tests/helpers/tree.py with its survey, loaded."""
    return loaded(survey=SURVEY)


@settings(max_examples=150, deadline=None)
@given(population=st.integers(min_value=2, max_value=15), data=st.data())
def test_aggregates_are_bounded_suppressed_below_five_and_those_of_the_linked_rows(
    population: int, data: st.DataObject
) -> None:
    content = _loaded()
    assert content.survey is not None
    survey, survey_round = content.survey, content.survey.rounds[0]
    respondents = data.draw(st.integers(min_value=0, max_value=population))
    round_data = RoundData("baseline", "2018-06-01", population, False, respondents)
    answers = st.lists(st.integers(min_value=1, max_value=5), max_size=respondents)
    round_data.items[("statement", "formidling-1")] = data.draw(answers)
    rows = data.draw(relations(population, respondents))
    counter = RelationCounter(Partner("hyppighed", 2))
    for row in rows:
        counter.add(*row)
    counter.fill(round_data)

    summary = round_summary.summarise(survey, survey_round, content.goals, round_data)
    item = next(i for g in summary.goals for i in g.items if i.id == "formidling-1")
    n = len(round_data.items[("statement", "formidling-1")])
    assert item.n == n
    if n < aggregate.MIN_RESPONDENTS:
        assert item.mean is None and item.distribution is None
    else:
        assert item.mean is not None and 1 <= item.mean <= 5
        assert item.distribution is not None and sum(c for _, c in item.distribution) == n
    network = summary.network
    assert network is not None
    figures = (network.density, network.partners, network.outside_group, network.reciprocity)
    assert (network.n, *figures) == pytest.approx(_reference(rows, population, 2))
    for share in (network.density, network.outside_group, network.reciprocity):
        assert share is None or 0 <= share <= 1
    ratings = [v for _, _, q, v, _ in rows if q == "oplevelse"]
    assert network.experience is not None
    assert network.experience.n == len({s for s, _, q, _, _ in rows if q == "oplevelse"})
    assert network.experience.answers == len(ratings)
    assert sorted(round_data.items.get(("relation", "oplevelse"), [])) == sorted(ratings)


@given(st.lists(st.integers(1, 5), min_size=5, max_size=60), st.randoms())
def test_an_items_figures_do_not_depend_on_the_order_of_its_values(
    values: list[int], order: object
) -> None:
    """The values are stored shuffled: every figure, to the last bit, is the same."""
    import random

    assert isinstance(order, random.Random)
    steps = [ScaleStep(v, f"trin {v}") for v in range(1, 6)]
    first = aggregate.item("x", "x", values, steps)
    again = list(values)
    order.shuffle(again)
    assert aggregate.item("x", "x", again, steps) == first
