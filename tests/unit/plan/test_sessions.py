"""felles.plan.sessions: each group's own date, and the programme's count of them, for any
mix of sessions (days, times, months; groups twice; dates that are no dates)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from felles.content import model
from felles.content.load import Content, Phase
from felles.content.locate import ContentDir
from felles.plan import leader, sessions
from felles.plan.schedule import occurrences
from felles.render import session_marks

START = date(2018, 6, 1)

WHEN = st.one_of(
    st.integers(0, 150).map(lambda d: (START + timedelta(days=d)).isoformat()),
    st.integers(0, 150).map(lambda d: f"{START + timedelta(days=d)} 09:00"),
    st.sampled_from(["2018-07", "2018-09", "2018-02-30"]),  # a month, or no date at all
)


def content_with(found: list[tuple[int, str]], *, groups: int = 12) -> Content:
    members = [
        model.Group(n, [model.Member(f"Leder {n}.{m}") for m in range(3)])
        for n in range(1, groups + 1)
    ]
    activity = model.Activity(
        "workshop", "workshop", "Workshop", "2018-06", "2018-11", who="grupper",
        sessions=[model.Session(group, when) for group, when in found],
    )  # fmt: skip
    meta = model.PhaseMeta("fase", 1, "Fase", model.Period("2018-06", "2018-11"), None, [activity])
    content = Content(ContentDir(Path("content"), "option"), Path())
    content.groups = members
    content.phases = [Phase(meta, None, "phases/01-fase.md")]  # type: ignore[arg-type]
    return content


@settings(max_examples=200, deadline=None)
@given(
    found=st.lists(st.tuples(st.integers(1, 14), WHEN), max_size=16),
    today=st.integers(0, 160).map(lambda d: START + timedelta(days=d)),
)
def test_each_group_has_its_first_session_and_the_count_agrees(
    found: list[tuple[int, str]], today: date
) -> None:
    content = content_with(found)
    (workshop,) = occurrences(content)
    first: dict[int, str] = {}
    for group, when in found:
        first.setdefault(group, when)  # a second session for a group is E310: the first counts
    readable = {g: w for g, w in first.items() if not w.startswith("2018-02-30")}
    for group in range(1, 13):
        mine = sessions.own(workshop, group)
        if group in readable:
            assert mine.group == group and mine.start.text == readable[group]
        else:
            assert mine is workshop  # no session of its own: the activity's window
    summary = sessions.summary(content, workshop, today)
    assert summary is not None
    fixed = {g for g, w in readable.items() if g <= 12 and len(w) > 7}
    assert summary.dated == len(fixed) and summary.groups == 12
    assert summary.undated == tuple(g for g in range(1, 13) if g not in fixed)
    ahead = [s for s in sessions.of(workshop) if s.group in fixed and not s.is_over(today)]
    if ahead:
        assert summary.next is not None
        assert summary.next.start.first == min(s.start.first for s in ahead)
    else:
        assert summary.next is None
    # What still needs a day within four weeks: the groups without one, while the window is open.
    needed = sessions.needs_date(content, workshop, today, today + timedelta(days=27))
    assert set(needed) <= set(summary.undated)
    assert set(needed) == {
        g
        for g in summary.undated
        if sessions.own(workshop, g).touches(today, today + timedelta(days=27))
    }


@settings(max_examples=50, deadline=None)
@given(found=st.lists(st.tuples(st.integers(1, 14), WHEN), max_size=20))
def test_all_groups_plans_in_one_pass_are_each_groups_own(
    found: list[tuple[int, str]],
) -> None:
    content = content_with(found)
    every = sessions.plans(content)
    assert sorted(every) == list(range(1, 13))
    for number in range(1, 13):
        assert every[number] == sessions.group_plan(content, number)


def test_a_groups_plan_is_each_activity_it_takes_part_in_once() -> None:
    """What one walk gives every group is what a group alone is given: the activities
    for its group, in programme order, once even when `groups:` names it twice."""
    content = content_with([(2, "2018-07-01")], groups=4)
    (workshop,) = occurrences(content)
    workshop.activity.groups = [2, 3, 2]
    every = sessions.plans(content)
    assert every == {1: [], 2: [sessions.own(workshop, 2)], 3: [workshop], 4: []}
    assert every[2][0].group == 2 and every[2][0].start.first.date() == date(2018, 7, 1)
    for number in range(1, 5):
        assert sessions.group_plan(content, number) == every[number]
    assert sessions.plans(content, groups=[3]) == {3: [workshop]}
    assert sessions.plans(content, lambda activity: False) == {n: [] for n in range(1, 5)}


def test_all_groups_plans_read_the_programme_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """`grundlag status` and the site ask for every group's plan: one pass over the
    programme, not one per group (at 2,500 groups that was the difference between 3 s
    and 55 s)."""
    calls = []
    real = sessions.occurrences
    monkeypatch.setattr(sessions, "occurrences", lambda c: calls.append(1) or real(c))
    content = content_with([(1, "2018-06-20")], groups=40)
    for every_group in (
        lambda: sessions.plans(content),
        lambda: leader.held(content, START),  # grundlag status
        lambda: session_marks.group_dates(content, START),  # the site's groups table
    ):
        calls.clear()
        assert len(every_group()) == 40
        assert len(calls) == 1


@settings(max_examples=100, deadline=None)
@given(found=st.lists(st.tuples(st.integers(1, 14), WHEN), max_size=20))
def test_a_groups_own_date_is_its_first_session_that_is_written(
    found: list[tuple[int, str]],
) -> None:
    (workshop,) = occurrences(content_with(found))
    every = list(sessions.of(workshop))
    for number in range(1, 15):
        first = [index for index, (group, _) in enumerate(found) if group == number][:1]
        mine = [s for s in every if s.group == number]
        expected = mine[0] if mine and mine[0].session == first[0] else workshop
        assert sessions.own(workshop, number) == expected
