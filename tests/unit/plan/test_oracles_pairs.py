"""felles.plan.pairs against brute force: for up to seven leaders every permutation is
tried, so whether the rules can be kept, and the fewest visits that must break one when
they cannot ("mindst N besøg ville bryde reglerne"), are counted without SciPy."""

from __future__ import annotations

import itertools
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from felles.names import match_key
from felles.plan.pairs import Impossible, Leader, make


def _forbidden(visitor: Leader, host: Leader, earlier: set[frozenset[str]]) -> bool:
    if visitor.group == host.group:
        return True
    areas = [(x.area or "").strip() for x in (visitor, host)]
    if all(areas) and match_key(areas[0]) == match_key(areas[1]):
        return True
    return frozenset((visitor.name, host.name)) in earlier


def _fewest_broken(leaders: list[Leader], earlier: set[frozenset[str]]) -> int:
    """The fewest forbidden visits over every assignment in which nobody visits themselves."""
    n = len(leaders)
    best = n + 1
    for perm in itertools.permutations(range(n)):
        if any(i == j for i, j in enumerate(perm)):
            continue
        broken = sum(_forbidden(leaders[i], leaders[j], earlier) for i, j in enumerate(perm))
        best = min(best, broken)
    return best


@st.composite
def small(draw: st.DrawFn) -> tuple[list[Leader], set[frozenset[str]]]:
    n = draw(st.integers(2, 7))
    leaders = [
        Leader(
            f"L{i}",
            draw(st.integers(1, 3)),
            draw(st.sampled_from([None, "Kultur", "kultur ", "Skole", " "])),
        )
        for i in range(n)
    ]
    names = [leader.name for leader in leaders]
    pairs = st.tuples(st.sampled_from(names), st.sampled_from(names))
    earlier = {frozenset(p) for p in draw(st.lists(pairs, max_size=4)) if p[0] != p[1]}
    return leaders, earlier


@settings(max_examples=150, deadline=None)
@given(small(), st.integers(0, 1000))
def test_pairs_are_made_exactly_when_brute_force_finds_a_way(
    case: tuple[list[Leader], set[frozenset[str]]], seed: int
) -> None:
    leaders, earlier = case
    fewest = _fewest_broken(leaders, earlier)
    try:
        made = make(leaders, earlier, seed)
    except Impossible as impossible:
        assert fewest > 0, "felles gave up, but some assignment keeps every rule"
        found = re.search(r"mindst (\d+) besøg ville bryde reglerne", impossible.reason)
        assert found is not None, impossible.reason
        assert int(found.group(1)) == fewest
        return
    assert fewest == 0
    by_name = {leader.name: leader for leader in leaders}
    assert sorted(v for v, _ in made.pairs) == sorted(by_name)
    assert sorted(h for _, h in made.pairs) == sorted(by_name)
    for visitor, host in made.pairs:
        assert visitor != host
        assert not _forbidden(by_name[visitor], by_name[host], earlier)
    hosts = dict(made.pairs)
    assert sorted(made.mutual) == sorted((v, h) for v, h in made.pairs if hosts[h] == v and v < h)


# leaders (group, area)                                   fewest broken visits
TABLE = [
    ([(1, None), (2, None), (3, None)], 0),
    ([(1, None), (1, None), (2, None)], 1),  # L0↔… one of the group-1 pair must visit the other
    ([(1, None), (1, None), (1, None), (2, None)], 2),  # three of four in one group
    ([(1, None), (1, None), (1, None)], 3),  # one group: every visit breaks the rule
    ([(1, "Kultur"), (2, "kultur"), (3, "Skole"), (4, "Skole")], 0),  # 0→2, 2→1, 1→3, 3→0
    ([(1, "Kultur"), (2, "Kultur"), (3, "Kultur"), (4, "Skole")], 2),
]


@pytest.mark.parametrize(("spec", "fewest"), TABLE)
def test_the_fewest_broken_visits_by_hand(spec: list[tuple[int, str | None]], fewest: int) -> None:
    leaders = [Leader(f"L{i}", group, area) for i, (group, area) in enumerate(spec)]
    assert _fewest_broken(leaders, set()) == fewest
    if fewest == 0:
        assert len(make(leaders, set(), 7).pairs) == len(leaders)
        return
    with pytest.raises(Impossible) as raised:
        make(leaders, set(), 7)
    word = "besøg"
    assert f"mindst {fewest} {word} ville bryde reglerne" in raised.value.reason


def test_only_the_rules_that_cannot_be_met_are_named() -> None:
    """Two groups of two (exactly half each) and one area of one: neither is too big. A has
    visited both of the other group already, so A cannot visit anyone: only that is said."""
    leaders = [
        Leader("A", 1, "Kultur"),
        Leader("B", 1, None),
        Leader("C", 2, None),
        Leader("D", 2, "Skole"),
    ]
    earlier = {frozenset(("A", "C")), frozenset(("A", "D"))}
    with pytest.raises(Impossible) as raised:
        make(leaders, earlier, 3)
    reason = raised.value.reason
    assert "sparringsgruppe" not in reason
    assert "området" not in reason
    assert "A kan ikke besøge nogen" in reason
    assert f"mindst {_fewest_broken(leaders, earlier)} besøg ville bryde reglerne" in reason
    assert _fewest_broken(leaders, set()) == 0  # without the history it can be done


@pytest.mark.parametrize("size", [4, 5, 6])
def test_no_two_leaders_visit_each_other_when_a_round_without_it_exists(size: int) -> None:
    # With four or more leaders in groups of their own, a single round (a cycle through
    # everyone) always avoids mutual visits, so felles must find one for every seed.
    leaders = [Leader(f"Leder {i}", i + 1, None) for i in range(size)]
    for seed in range(120):
        made = make(leaders, set(), seed)
        visits = dict(made.pairs)
        mutual = [(a, b) for a, b in made.pairs if visits.get(b) == a]
        assert mutual == [] and made.mutual == [], (size, seed, made.pairs)


@pytest.mark.parametrize(
    ("history", "repeats"),
    [
        ({frozenset(("A", "B"))}, 2),
        ({frozenset(("A", "B")), frozenset(("B", "C")), frozenset(("A", "C"))}, 3),
    ],
)
def test_the_reason_counts_the_visits_that_would_repeat_an_earlier_pair(
    history: set[frozenset[str]], repeats: int
) -> None:
    names = sorted({name for pair in history for name in pair})
    leaders = [Leader(name, group, None) for group, name in enumerate(names, 1)]
    with pytest.raises(Impossible) as refused:
        make(leaders, history, 1)
    assert f"{repeats} gentager et tidligere par" in str(refused.value)
    assert f"mindst {repeats} besøg ville bryde reglerne" in str(refused.value)
