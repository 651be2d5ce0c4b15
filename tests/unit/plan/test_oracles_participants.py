"""felles.plan.participants: who takes part, in words and numbers, by hand over seven groups
of a small programme (20 leaders), and `involves` for what it keeps and what it drops."""

from __future__ import annotations

import dataclasses
import functools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from felles.content.load import Content
from felles.content.model import Activity
from felles.plan.participants import forum_name, participants
from tests.helpers import tree

# Seven groups of two to four leaders: 20 in all.
GROUPS = {
    number: [f"Leder {number}{letter}" for letter in "abcd"[:size]]
    for number, size in zip(range(1, 8), (3, 3, 3, 4, 2, 3, 2), strict=True)
}


@functools.cache
def _content() -> Content:
    return tree.loaded(groups=GROUPS)


def _activity(**changes: object) -> Activity:
    first = next(activity for _, _, activity in _content().activities())
    return dataclasses.replace(first, **changes)  # type: ignore[arg-type]


ALL = tuple(range(1, 8))
# who          groups    text                                         summary                                       groups  # noqa: E501
TABLE = [
    ("alle", [], "hele Ledergruppen", "Hele Ledergruppen (20 ledere)", ALL),
    ("alle", [3, 1], "sparringsgruppe 3, 1", "Sparringsgruppe 1 og 3", (3, 1)),
    ("grupper", [], "hver sparringsgruppe for sig", "Hver sparringsgruppe for sig (7 grupper)", ALL),  # noqa: E501
    ("grupper", [4], "sparringsgruppe 4", "Sparringsgruppe 4", (4,)),
    ("individuel", [], "hver leder for sig", "Hver leder for sig (20 ledere)", ALL),
    ("individuel", [2, 5], "hver leder for sig i sparringsgruppe 2, 5", "Sparringsgruppe 2 og 5", (2, 5)),  # noqa: E501
    ("par", [], "lederne to og to", "Lederne to og to (20 ledere)", ALL),
    ("par", [7], "lederne to og to i sparringsgruppe 7", "Sparringsgruppe 7", (7,)),
]  # fmt: skip


@pytest.mark.parametrize(("who", "groups", "text", "summary", "numbers"), TABLE)
def test_who_takes_part_by_hand(
    who: str, groups: list[int], text: str, summary: str, numbers: tuple[int, ...]
) -> None:
    content = _content()
    found = participants(_activity(who=who, groups=groups, leaders=[]), content)
    assert (found.text, found.summary, found.groups) == (text, summary, numbers)
    if groups:
        expected = {name for n in groups for name in content.members(n)}
        assert found.names == expected
    else:
        assert found.names is None
    assert forum_name(content) == tree.FORUM == "Ledergruppen"  # no short name is given
    assert len(content.leaders()) == 20


def test_named_leaders_take_part_with_their_groups() -> None:
    content = _content()
    found = participants(
        _activity(who="alle", groups=[], leaders=["Leder 4a", "Leder 1a"]), content
    )
    assert found.groups == (1, 4)
    assert found.names == {"Leder 4a", "Leder 1a"}
    assert found.text == "Leder 4a, Leder 1a"
    assert found.summary == "Leder 4a og Leder 1a"
    assert found.involves(content, leader="Leder 4a")
    assert not found.involves(content, leader="Leder 1b")  # group 1, not named
    assert found.involves(content, group=4)
    assert not found.involves(content, group=2)


@given(
    groups=st.lists(st.integers(1, 7), unique=True, max_size=4),
    group=st.integers(1, 7),
    who=st.sampled_from(["alle", "grupper", "individuel", "par"]),
)
def test_involves_keeps_exactly_the_groups_and_their_leaders(
    groups: list[int], group: int, who: str
) -> None:
    content = _content()
    found = participants(_activity(who=who, groups=groups, leaders=[]), content)
    kept = not groups or group in groups
    assert found.involves(content, group=group) is kept
    for leader in content.members(group):
        assert found.involves(content, leader=leader) is kept
    assert found.involves(content) is True


def test_meets_is_a_shared_leader() -> None:
    content = _content()
    one = participants(_activity(who="grupper", groups=[1], leaders=[]), content)
    two = participants(_activity(who="grupper", groups=[2], leaders=[]), content)
    everyone = participants(_activity(who="alle", groups=[], leaders=[]), content)
    named = participants(_activity(who="alle", groups=[], leaders=["Leder 1a"]), content)
    assert not one.meets(two)
    assert one.meets(everyone) and everyone.meets(two)
    assert named.meets(one) and not named.meets(two)
