"""Every figure the survey report shows, against a hand-worked table and a plain reference.

The hand-worked tables are small enough to check on paper (the working is beside each
number); the property tests compare with `statistics` and `networkx`, which share no code
with felles. Each test names the figure it guards, so a wrong figure fails a test that says
which one.
"""

from __future__ import annotations

import functools
import math
import statistics

import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from felles.content.load import Content
from felles.content.survey_model import ScaleStep
from felles.survey import aggregate, round_compare, round_summary, summary_model
from felles.survey.relation_counter import RelationCounter
from felles.survey.tally import Partner, RoundData
from tests.helpers import tree

STEPS = [ScaleStep(v, f"trin {v}") for v in range(1, 6)]


# Three goals: two with statements, one without; a survey over them.
GOALS = """
goals:
  - {id: faelles-retning, number: 1, title: Fælles retning, description: D,
     themes: [{id: formidling, title: Formidling, competency: K}]}
  - {id: samarbejde, number: 2, title: Samarbejde, description: D,
     themes: [{id: relationer, title: Relationer, competency: K}]}
  - {id: samskabelse, number: 3, title: Samskabelse, description: D,
     themes: [{id: data, title: Data, competency: K}]}
"""
SURVEY = """
title: Spørgeskema
status: godkendt
rounds: [{id: baseline, title: Førmåling, phase: opstart, moment: start}]
scales:
  - {id: hyppighed, title: Hvor ofte, steps: [{value: 0, label: Aldrig},
     {value: 1, label: Sjældent}, {value: 2, label: Månedligt}, {value: 3, label: Ugentligt},
     {value: 4, label: Dagligt}]}
  - {id: enighed, title: Enighed, steps: [{value: 1, label: Helt uenig}, {value: 2, label: Uenig},
     {value: 3, label: Hverken eller}, {value: 4, label: Enig}, {value: 5, label: Helt enig}]}
relations:
  title: Relationer
  intro: Svar for de andre.
  questions:
    - {id: hyppighed, text: Hvor ofte samarbejder du med lederen?, scale: hyppighed,
       partner_from: 2}
    - {id: oplevelse, text: Hvordan oplever du samarbejdet med lederen?, scale: enighed}
external:
  id: udadtil
  title: Udadtil
  question: Hvor ofte samarbejder du med denne type aktør?
  scale: hyppighed
  actors: [{id: borgere, title: Borgere}, {id: erhvervsliv, title: Erhvervsliv}]
style:
  title: Ledelsesstil
  intro: Hvor enig er du?
  scale: enighed
  statements:
    - {id: formidling-1, goal: faelles-retning, theme: formidling,
       text: Jeg oversætter visionen til lokale forhold i mit område.}
    - {id: formidling-2, goal: faelles-retning, theme: formidling, text: Jeg giver feedback.}
    - {id: relationer-1, goal: samarbejde, theme: relationer, text: Jeg investerer i det fælles.}
"""


@functools.cache
def _loaded() -> Content:
    return tree.loaded(learning_goals=GOALS, survey=SURVEY)


def _summary(data: RoundData) -> summary_model.Summary:
    loaded = _loaded()
    assert loaded.survey is not None
    return round_summary.summarise(loaded.survey, loaded.survey.rounds[0], loaded.goals, data)


# --- one question: mean, spread, distribution, suppression --------------------------

# answers            n  mean          spread (sample sd)                          distribution
ITEM_TABLE = [
    ([1, 2, 2, 4, 5], 5, 14 / 5, math.sqrt((5 * 50 - 14**2) / (5 * 4)), [1, 2, 0, 1, 1]),
    ([3, 3, 3, 3, 3, 3], 6, 3.0, 0.0, [0, 0, 6, 0, 0]),
    ([5, 1, 5, 1, 5, 1, 5, 1], 8, 3.0, math.sqrt((8 * 104 - 24**2) / (8 * 7)), [4, 0, 0, 0, 4]),
]


@pytest.mark.parametrize(("answers", "n", "mean", "spread", "distribution"), ITEM_TABLE)
def test_an_items_mean_spread_and_distribution_by_hand(
    answers: list[int], n: int, mean: float, spread: float, distribution: list[int]
) -> None:
    item = aggregate.item("x", "Udsagn", answers, STEPS)
    assert item.n == n
    assert item.answers == len(answers)
    assert item.mean == pytest.approx(mean)
    assert item.spread == pytest.approx(spread)
    assert item.distribution == [
        (f"trin {v}", c) for v, c in zip(range(1, 6), distribution, strict=True)
    ]


def test_five_respondents_are_shown_and_four_are_not() -> None:
    shown = aggregate.item("x", "Udsagn", [4, 4, 4, 4, 5], STEPS)
    hidden = aggregate.item("x", "Udsagn", [4, 4, 4, 5], STEPS)
    assert shown.mean == pytest.approx(4.2)
    assert (hidden.n, hidden.mean, hidden.distribution, hidden.spread) == (4, None, None, None)
    assert hidden.answers == 4


def test_a_rating_means_mean_is_over_the_ratings_and_its_n_counts_the_people() -> None:
    """Five leaders rate six colleagues between them: mean 24/6 = 4.0 (not 24/5), n = 5."""
    item = aggregate.item("x", "Oplevelse", [3, 3, 4, 4, 5, 5], STEPS, people=5)
    assert (item.n, item.answers) == (5, 6)
    assert item.mean == pytest.approx(4.0)
    # Four people behind many ratings: still too few.
    few = aggregate.item("x", "Oplevelse", [3, 3, 4, 4, 5, 5], STEPS, people=4)
    assert few.mean is None and few.n == 4


@given(st.lists(st.integers(1, 5), min_size=5, max_size=80))
def test_an_items_mean_and_spread_are_those_of_statistics(answers: list[int]) -> None:
    item = aggregate.item("x", "Udsagn", answers, STEPS)
    assert item.mean == pytest.approx(statistics.mean(answers))
    assert item.spread == pytest.approx(statistics.stdev(answers), abs=1e-9)
    assert item.distribution is not None
    assert [c for _, c in item.distribution] == [answers.count(v) for v in range(1, 6)]


# --- the network: density, partners, outside-group ties, reciprocity ----------------

# Population 6: group A = leaders 0, 1, 2; group B = 3, 4, 5. Leader 5 did not answer.
# (respondent, colleague, value on "hyppighed"; a partner from 2 on)
NETWORK_ROWS = [
    (0, 1, 3),  # tie, same group, 1 names 0 too: mutual
    (1, 0, 2),  # tie, same group
    (0, 3, 4),  # tie, outside; 3 does not name 0
    (2, 4, 2),  # tie, outside, mutual with 4 → 2
    (4, 2, 3),  # tie, outside
    (1, 5, 2),  # tie, outside; 5 did not answer: not a pair
    (3, 4, 3),  # tie, same group; 4 does not name 3
    (3, 1, 1),  # answered, below 2: no tie
    (4, 0, 0),  # answered, no tie
]
GROUP = {0: "A", 1: "A", 2: "A", 3: "B", 4: "B", 5: "B"}
# answered: 0, 1, 2, 3, 4 → n = 5; ties = 7; outside = 4 (0→3, 2→4, 4→2, 1→5)
# pairs with both answered: {0,1} {0,3} {2,4} {3,4} = 4, of which mutual {0,1} {2,4} = 2
NETWORK_TABLE = {
    "n": 5,
    "density": 7 / (5 * (6 - 1)),  # ties / (respondents × the colleagues each could name)
    "partners": 7 / 5,
    "outside_group": 4 / 7,
    "reciprocity": 2 / 4,
}


def _network_round(rows: list[tuple[int, int, int]], population: int = 6) -> RoundData:
    data = RoundData("baseline", "2026-01-01", population, False, 5)
    counter = RelationCounter(Partner("hyppighed", 2))
    for source, target, value in rows:
        counter.add(source, target, "hyppighed", value, GROUP[source] == GROUP[target])
    counter.fill(data)
    return data


@pytest.mark.parametrize("figure", list(NETWORK_TABLE))
def test_network_figure_by_hand(figure: str) -> None:
    network = _summary(_network_round(NETWORK_ROWS)).network
    assert network is not None
    assert getattr(network, figure) == pytest.approx(NETWORK_TABLE[figure])


def test_network_counts_by_hand() -> None:
    counts = _network_round(NETWORK_ROWS).network
    assert counts is not None
    assert (counts.answered, counts.ties, counts.outside, counts.pairs, counts.mutual) == (
        5,
        7,
        4,
        4,
        2,
    )


def test_network_density_is_over_n_times_n_minus_one_when_everyone_answers() -> None:
    """Three leaders of three… no: five of five, every one naming every other: density 1."""
    rows = [(s, t, 4) for s in range(5) for t in range(5) if s != t]
    data = RoundData("baseline", "2026-01-01", 5, False, 5)
    counter = RelationCounter(Partner("hyppighed", 2))
    for s, t, v in rows:
        counter.add(s, t, "hyppighed", v, True)
    counter.fill(data)
    network = _summary(data).network
    assert network is not None
    assert network.density == pytest.approx(1.0)  # 20 ties / (5 × 4), not / 25
    assert network.reciprocity == pytest.approx(1.0)
    assert network.outside_group == 0.0
    assert network.partners == pytest.approx(4.0)


def test_four_answering_the_partner_question_hide_the_network() -> None:
    rows = [(0, 1, 3), (1, 2, 3), (2, 3, 3), (3, 0, 3)]
    network = _summary(_network_round(rows)).network
    assert network is not None
    assert network.n == 4
    assert (network.density, network.partners, network.outside_group, network.reciprocity) == (
        None,
        None,
        None,
        None,
    )
    five = _summary(_network_round([*rows, (4, 0, 3)])).network
    assert five is not None and five.n == 5 and five.density == pytest.approx(5 / 25)


@settings(max_examples=120, deadline=None)
@given(
    population=st.integers(5, 10),
    edges=st.sets(st.tuples(st.integers(0, 9), st.integers(0, 9), st.integers(0, 4))),
    groups=st.lists(st.integers(0, 2), min_size=10, max_size=10),
)
def test_network_figures_are_those_of_networkx_when_everyone_answers(
    population: int, edges: set[tuple[int, int, int]], groups: list[int]
) -> None:
    """Every leader answers (about one colleague at least); networkx computes the rest."""
    answers = {(s, t): v for s, t, v in edges if s != t and s < population and t < population}
    for s in range(population):  # everyone answers something: n = population
        answers.setdefault((s, (s + 1) % population), 0)
    data = RoundData("baseline", "2026-01-01", population, False, population)
    counter = RelationCounter(Partner("hyppighed", 2))
    for (s, t), v in answers.items():
        counter.add(s, t, "hyppighed", v, groups[s] == groups[t])
    counter.fill(data)

    graph = nx.DiGraph()
    graph.add_nodes_from(range(population))
    graph.add_edges_from(pair for pair, v in answers.items() if v >= 2)
    network = _summary(data).network
    assert network is not None
    assert network.n == population
    assert network.density == pytest.approx(nx.density(graph))
    assert network.partners == pytest.approx(graph.number_of_edges() / population)
    undirected = graph.to_undirected()
    mutual = graph.to_undirected(reciprocal=True)
    if undirected.number_of_edges():
        assert network.reciprocity == pytest.approx(
            mutual.number_of_edges() / undirected.number_of_edges()
        )
        outside = sum(1 for s, t in graph.edges if groups[s] != groups[t])
        assert network.outside_group == pytest.approx(outside / graph.number_of_edges())
    else:
        assert network.reciprocity is None and network.outside_group is None


# --- between two rounds: response rates, changes, their uncertainty -----------------


def _round(
    population: int, respondents: int, values: dict[tuple[str, str], list[int]]
) -> summary_model.Summary:
    data = RoundData("r", "2026-01-01", population, False, respondents)
    data.items.update(values)
    return _summary(data)


def _changes(
    before: summary_model.Summary, after: summary_model.Summary
) -> dict[str, summary_model.Change]:
    return {c.label: c for c in round_compare.compare(before, after).changes}


def test_response_rate_before_and_after_by_hand() -> None:
    """20 leaders; 10 answered before (50 %), 15 after (75 %): a rise of 25 points."""
    before, after = _round(20, 10, {}), _round(20, 15, {})
    assert before.response_rate == pytest.approx(0.5)
    assert after.response_rate == pytest.approx(0.75)
    rate = _changes(before, after)["Svarprocent"]
    assert (rate.before, rate.after) == (pytest.approx(0.5), pytest.approx(0.75))
    assert rate.delta == pytest.approx(0.25)
    assert (rate.n_before, rate.n_after, rate.kind) == (10, 15, "share")
    assert _round(0, 0, {}).response_rate == 0.0


def test_external_relations_are_compared_between_rounds() -> None:
    """Borgere (outward, on "hyppighed"): mean 1.0 before, 3.0 after, ten answers each."""
    key = ("external", "borgere")
    before = _round(12, 10, {key: [1] * 10})
    after = _round(12, 10, {key: [3] * 10})
    assert [i.mean for i in after.external if i.id == "borgere"] == [3.0]
    borgere = _changes(before, after)["Borgere"]
    assert (borgere.before, borgere.after, borgere.delta) == (1.0, 3.0, 2.0)
    assert borgere.note is None  # ten on each side, spread 0: a clear change


def test_a_statements_change_and_its_uncertainty_by_hand() -> None:
    """before 2,4,2,4,… (mean 3, variance 10/9), after 3,5,… (mean 4, variance 10/9), n 10:
    standard error √(2 · (10/9) / 10) = 0.471; the change 1.0 > 2 × 0.471: a real change.
    After 2,5,… (mean 3.5, variance 2.5): error √(1/9 + 0.25) = 0.601; 0.5 < 1.2: noise."""
    key = ("statement", "formidling-1")
    before = _round(12, 10, {key: [2, 4] * 5})
    clear = _changes(before, _round(12, 10, {key: [3, 5] * 5}))
    change = next(c for c in clear.values() if c.label.startswith("Jeg oversætter"))
    assert change.delta == pytest.approx(1.0)
    assert change.note is None
    noisy = _changes(before, _round(12, 10, {key: [2, 5] * 5}))
    change = next(c for c in noisy.values() if c.label.startswith("Jeg oversætter"))
    assert change.delta == pytest.approx(0.5)
    assert change.note == "inden for den tilfældige variation"


def test_small_and_suppressed_changes_say_so() -> None:
    key = ("statement", "formidling-1")
    ten, nine, four = [4] * 10, [4] * 9, [4] * 4
    label = "Jeg oversætter visionen til lokale forhold i mit område."
    assert _changes(_round(12, 10, {key: ten}), _round(12, 10, {key: ten}))[label].note is None
    small = _changes(_round(12, 9, {key: nine}), _round(12, 10, {key: ten}))[label]
    assert small.note == "få svar (n = 9 og 10); tolk forsigtigt"
    hidden = _changes(_round(12, 4, {key: four}), _round(12, 10, {key: ten}))[label]
    assert (hidden.before, hidden.delta, hidden.note) == (None, None, "for få svar")


def test_network_changes_by_hand() -> None:
    before = _summary(_network_round(NETWORK_ROWS))
    after = _summary(_network_round([*NETWORK_ROWS, (3, 0, 4)]))  # 0–3 becomes mutual
    changes = _changes(before, after)
    assert changes["Netværkets tæthed"].after == pytest.approx(8 / 25)
    assert changes["Netværkets tæthed"].delta == pytest.approx(1 / 25)
    assert changes["Samarbejdspartnere pr. leder"].delta == pytest.approx(1 / 5)
    assert changes["Partnere uden for egen sparringsgruppe"].after == pytest.approx(5 / 8)
    assert changes["Gensidighed"].after == pytest.approx(3 / 4)
    assert changes["Gensidighed"].kind == "share"
    assert changes["Samarbejdspartnere pr. leder"].kind == "count"
    assert changes["Gensidighed"].note == "få svar (n = 5 og 5); tolk forsigtigt"


@settings(max_examples=80, deadline=None)
@given(
    st.lists(st.integers(1, 5), min_size=10, max_size=40),
    st.lists(st.integers(1, 5), min_size=10, max_size=40),
)
def test_the_noise_note_follows_two_standard_errors_from_statistics(
    old: list[int], new: list[int]
) -> None:
    key = ("statement", "formidling-1")
    changes = _changes(_round(50, len(old), {key: old}), _round(50, len(new), {key: new}))
    change = next(c for c in changes.values() if c.label.startswith("Jeg oversætter"))
    delta = statistics.mean(new) - statistics.mean(old)
    error = math.sqrt(statistics.variance(old) / len(old) + statistics.variance(new) / len(new))
    assert change.delta == pytest.approx(delta)
    if abs(abs(delta) - 2 * error) > 1e-9:
        noisy = abs(delta) < 2 * error
        assert (change.note == "inden for den tilfældige variation") == noisy


# before (mean, sample variance)            after (mean, variance)         change, 2 × error
NOISE_TABLE = [
    # 2.6, 184/90 · 3.9, 109/90: error √(.2044 + .1211) = .571; 1.3 > 1.141: a real change
    ([1, 1, 1, 2, 2, 3, 3, 4, 4, 5], [2, 3, 3, 3, 4, 4, 5, 5, 5, 5], 1.3, False),
    # 2.1, 89/90 · 2.9, 49/90: error √(.0989 + .0544) = .392; 0.8 > 0.783: a real change
    ([1, 1, 1, 1, 2, 3, 3, 3, 3, 3], [2, 2, 2, 3, 3, 3, 3, 3, 4, 4], 0.8, False),
    # 2.4, 184/90 · 3.7, 201/90: error √(.2044 + .2233) = .654; 1.3 < 1.308: within noise
    ([1, 1, 1, 2, 2, 2, 2, 4, 4, 5], [1, 2, 2, 4, 4, 4, 5, 5, 5, 5], 1.3, True),
]


@pytest.mark.parametrize(("old", "new", "delta", "noisy"), NOISE_TABLE)
def test_a_change_near_two_standard_errors_by_hand(
    old: list[int], new: list[int], delta: float, noisy: bool
) -> None:
    key = ("statement", "formidling-1")
    changes = _changes(_round(12, 10, {key: old}), _round(12, 10, {key: new}))
    change = next(c for c in changes.values() if c.label.startswith("Jeg oversætter"))
    assert change.delta == pytest.approx(delta)
    assert (change.note == "inden for den tilfældige variation") is noisy
    assert change.note in (None, "inden for den tilfældige variation")


def test_each_goal_holds_its_own_statements_only() -> None:
    loaded = _loaded()
    assert loaded.survey is not None
    values = {("statement", s.id): [3] * 6 for s in loaded.survey.style.statements}
    summary = _round(12, 6, values)
    expected = {
        goal.id: [s.id for s in loaded.survey.style.statements if s.goal == goal.id]
        for goal in loaded.goals
    }
    assert expected == {
        "faelles-retning": ["formidling-1", "formidling-2"],
        "samarbejde": ["relationer-1"],
        "samskabelse": [],
    }
    assert {g.id: [i.id for i in g.items] for g in summary.goals} == {
        k: v for k, v in expected.items() if v
    }
    assert all(i.mean == 3.0 and i.n == 6 for g in summary.goals for i in g.items)
    one = round_summary.summarise(
        loaded.survey,
        loaded.survey.rounds[0],
        loaded.goals,
        RoundData("r", "2026-01-01", 12, False, 6, dict(values)),
        goal_filter="faelles-retning",
    )
    assert [g.id for g in one.goals] == ["faelles-retning"]
    assert one.network is None and one.external == []


def test_the_experience_of_collaboration_is_compared_between_rounds() -> None:
    """Five raters; before each rates one colleague 2 (mean 2.0), after 4 (mean 4.0)."""

    def with_ratings(value: int) -> summary_model.Summary:
        data = RoundData("r", "2026-01-01", 6, False, 5)
        counter = RelationCounter(Partner("hyppighed", 2))
        for s in range(5):
            counter.add(s, (s + 1) % 6, "hyppighed", 3, True)
            counter.add(s, (s + 1) % 6, "oplevelse", value, True)
        counter.fill(data)
        return _summary(data)

    before, after = with_ratings(2), with_ratings(4)
    assert after.network is not None and after.network.experience is not None
    assert (after.network.experience.n, after.network.experience.mean) == (5, 4.0)
    change = _changes(before, after)["Hvordan oplever du samarbejdet med lederen?"]
    assert (change.before, change.after, change.delta) == (2.0, 4.0, 2.0)
    assert change.note == "få svar (n = 5 og 5); tolk forsigtigt"


def test_a_network_counted_on_another_partner_question_says_so() -> None:
    data = RoundData("baseline", "2026-01-01", 6, False, 5)
    counter = RelationCounter(Partner("hyppighed", 3))  # survey.yaml says from 2
    for source, target, value in NETWORK_ROWS:
        counter.add(source, target, "hyppighed", value, GROUP[source] == GROUP[target])
    counter.fill(data)
    network = _summary(data).network
    assert network is not None
    assert network.note == (
        "beregnet ved importen med »hyppighed« fra værdien 3; "
        "survey.yaml siger nu »hyppighed« fra 2"
    )
    # From 3 on: 0→1, 0→3, 4→2, 3→4 are ties (4 of them), 1→0, 2→4, 1→5 are not.
    assert network.partners == pytest.approx(4 / 5)
    assert _summary(_network_round(NETWORK_ROWS)).network.note is None  # type: ignore[union-attr]


def test_one_rating_from_enough_people_has_no_spread() -> None:
    """Guards the one-value case of the spread (a division by size − 1)."""
    item = aggregate.item("x", "Oplevelse", [4], STEPS, people=5)
    assert (item.mean, item.spread) == (4.0, 0.0)


@settings(max_examples=120, deadline=None)
@given(
    answers=st.dictionaries(
        st.tuples(st.integers(0, 7), st.integers(0, 7)), st.integers(0, 4), max_size=40
    ),
    groups=st.lists(st.integers(0, 2), min_size=8, max_size=8),
    threshold=st.integers(1, 4),
)
def test_network_counts_are_those_of_networkx(
    answers: dict[tuple[int, int], int], groups: list[int], threshold: int
) -> None:
    """Some answer, some do not: the counts made at import, against a directed graph."""
    answers = {(s, t): v for (s, t), v in answers.items() if s != t}
    counter = RelationCounter(Partner("hyppighed", threshold))
    for (s, t), v in answers.items():
        counter.add(s, t, "hyppighed", v, groups[s] == groups[t])
        counter.add(s, t, "oplevelse", 3, groups[s] == groups[t])  # another question: no tie
    counts = counter.network()
    answered = {s for s, _ in answers}
    if not answered:
        assert counts is None
        return
    assert counts is not None
    graph = nx.DiGraph()
    graph.add_edges_from(pair for pair, v in answers.items() if v >= threshold)
    between = graph.subgraph(answered)  # pairs count only where both answered
    assert counts.answered == len(answered)
    assert counts.ties == graph.number_of_edges()
    assert counts.outside == sum(1 for s, t in graph.edges if groups[s] != groups[t])
    assert counts.pairs == between.to_undirected().number_of_edges()
    assert counts.mutual == between.to_undirected(reciprocal=True).number_of_edges()
    data = RoundData("r", "2026-01-01", 8, False, len(answered))
    counter.fill(data)
    assert sorted(data.items[("relation", "oplevelse")]) == [3] * len(answers)
    assert data.raters["oplevelse"] == len(answered)
