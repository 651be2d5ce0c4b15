"""felles.plan.roster's lookups that every command with --leader or --group uses: which
leader a name means (U001 otherwise) and whether a sparring group exists (U010)."""

from __future__ import annotations

from pathlib import Path

import pytest

from felles.content.load import load
from felles.content.locate import ContentDir
from felles.errors import UsageError
from felles.plan.roster import check_group, find_leader
from felles.words import group_numbers


def test_a_leader_is_found_by_a_forgiving_spelling_or_u001_with_the_closest(
    content: Path,
) -> None:
    loaded = load(ContentDir(content, "option"), content)
    assert find_leader(loaded, "anna  ANDERSEN") == "Anna Andersen"
    with pytest.raises(UsageError) as raised:
        find_leader(loaded, "Ana Andersen")
    assert raised.value.code == "U001" and "Anna Andersen" in raised.value.params["hint"]


def test_a_group_that_is_not_there_is_u010_naming_the_groups(content: Path) -> None:
    loaded = load(ContentDir(content, "option"), content)
    check_group(loaded, 2)
    with pytest.raises(UsageError) as raised:
        check_group(loaded, 3)
    assert raised.value.code == "U010"
    assert raised.value.params == {"group": 3, "known": "1, 2"}


@pytest.mark.parametrize(
    ("numbers", "words"),
    [([], "ingen"), ([3], "3"), ([2, 1], "1, 2"), ([3, 1, 2], "1–3"), ([1, 2, 5], "1, 2, 5")],
)
def test_group_numbers_in_words(numbers: list[int], words: str) -> None:
    assert group_numbers(numbers) == words
