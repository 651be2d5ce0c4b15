"""felles.survey.aggregate: figures for the forum as a whole, none resting on too few answers."""

from __future__ import annotations

import functools

from hypothesis import given, settings
from hypothesis import strategies as st

from felles.content.load import Content, load, load_survey
from felles.content.locate import ContentDir
from felles.survey import aggregate
from felles.survey.store import RoundData
from tests.helpers.content import SHIPPED


@settings(max_examples=60, deadline=None)
@given(
    population=st.integers(min_value=2, max_value=15),
    data=st.data(),
)
def test_aggregates_are_bounded_and_suppressed_below_five(
    population: int, data: st.DataObject
) -> None:

    loaded = _shipped_with_survey()
    assert loaded.survey is not None
    survey, survey_round = loaded.survey, loaded.survey.rounds[0]
    respondents = data.draw(st.integers(min_value=0, max_value=population))
    round_data = RoundData("baseline", "2018-06-01", population, False, respondents)
    answers = st.lists(st.integers(min_value=1, max_value=5), max_size=respondents)
    round_data.items[("statement", "data-1")] = data.draw(answers)
    ties = st.lists(
        st.tuples(
            st.integers(0, max(respondents - 1, 0)),
            st.integers(0, population - 1),
            st.integers(0, 4),
            st.booleans(),
        ),
        max_size=40,
    )
    for source, target, value, same in data.draw(ties) if respondents else []:
        if source != target:
            round_data.relations.append((source, target, "hyppighed", value, same))
    summary = aggregate.summarise(survey, survey_round, loaded.goals, round_data)
    item = next(i for g in summary.goals for i in g.items if i.id == "data-1")
    n = len(round_data.items[("statement", "data-1")])
    assert item.n == n
    if n < aggregate.MIN_RESPONDENTS:
        assert item.mean is None and item.distribution is None
    else:
        assert item.mean is not None and 1 <= item.mean <= 5
        assert item.distribution is not None and sum(c for _, c in item.distribution) == n
    network = summary.network
    assert network is not None
    raters = {s for s, _, _, _, _ in round_data.relations}
    assert network.n == len(raters)
    figures = (network.density, network.partners, network.outside_group, network.reciprocity)
    if len(raters) < aggregate.MIN_RESPONDENTS:
        assert figures == (None, None, None, None)
    else:
        for share in (network.density, network.outside_group, network.reciprocity):
            assert share is None or 0 <= share <= 1


@functools.cache
def _shipped_with_survey() -> Content:
    loaded = load(ContentDir(SHIPPED, "option"), SHIPPED)
    load_survey(loaded)
    return loaded
