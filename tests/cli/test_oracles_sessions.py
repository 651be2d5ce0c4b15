""" "N af 12 grupper har dato" and the next session, against a hand-worked table and a
brute-force reference over random sessions."""

from __future__ import annotations

import json
import shutil
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.helpers.content import add_sessions, copy_shipped
from tests.helpers.run import Cli

# workshop-1's window is June–November 2018.
SESSIONS = [
    "{group: 1, when: 2018-08-21 09:00, end: 2018-08-21 12:00}",
    "{group: 2, when: 2018-08-23 13:00}",
    "{group: 3, when: 2018-09-04}",
    "{group: 7, when: 2018-09}",  # a month only: not a fixed day
]

# as-of        dated  undated                       next group  text
TABLE = [
    ("2018-06-01", 3, [4, 5, 6, 7, 8, 9, 10, 11, 12], 1, "3 af 12 grupper har dato · næste: sparringsgruppe 1, tirs. 21. aug."),  # noqa: E501
    ("2018-08-21", 3, [4, 5, 6, 7, 8, 9, 10, 11, 12], 1, "3 af 12 grupper har dato · næste: sparringsgruppe 1, tirs. 21. aug."),  # noqa: E501
    ("2018-08-22", 3, [4, 5, 6, 7, 8, 9, 10, 11, 12], 2, "3 af 12 grupper har dato · næste: sparringsgruppe 2, tors. 23. aug."),  # noqa: E501
    ("2018-09-04", 3, [4, 5, 6, 7, 8, 9, 10, 11, 12], 3, "3 af 12 grupper har dato · næste: sparringsgruppe 3, tirs. 4. sep."),  # noqa: E501
]  # fmt: skip


def _workshop(cli: Cli, content: Path, as_of: str) -> dict[str, Any]:
    result = cli("next", "--content", content, "--as-of", as_of, "--format", "json", "50")
    assert result.code == 0, result.output
    found = json.loads(result.out)
    # The programme's view of a group activity stands where the activity is listed: with
    # what still needs a date while a group lacks one.
    lists = [found["needs_date"], found["upcoming"]] if isinstance(found, dict) else [found]
    return next(
        i for items in lists for i in items if i["id"] == "workshop-1" and i.get("sessions")
    )


@pytest.mark.parametrize(("as_of", "dated", "undated", "group", "text"), TABLE)
def test_groups_with_a_date_and_the_next_by_hand(
    cli: Cli, content: Path, as_of: str, dated: int, undated: list[int], group: int, text: str
) -> None:
    add_sessions(content, "workshop-1", *SESSIONS)
    found = _workshop(cli, content, as_of)["sessions"]
    assert (found["dated"], found["groups"], found["undated"]) == (dated, 12, undated)
    assert found["next"]["group"] == group
    plain = cli("next", "--content", content, "--as-of", as_of, "50").out
    assert text in plain


def test_after_the_last_session_the_count_stays_and_there_is_no_next(
    cli: Cli, content: Path
) -> None:
    add_sessions(content, "workshop-1", *SESSIONS)
    found = _workshop(cli, content, "2018-09-05")["sessions"]
    assert (found["dated"], found["next"]) == (3, None)


def test_an_activity_for_two_groups_counts_of_two(cli: Cli, content: Path) -> None:
    phase = content / "phases" / "01-ledelsesgrundlag.md"
    text = phase.read_text(encoding="utf-8")
    marker = "    who: grupper\n    purpose: >-\n      Workshop i fortrolige grupper."
    assert marker in text
    phase.write_text(
        text.replace(marker, marker.replace("grupper\n", "grupper\n    groups: [1, 2]\n", 1), 1),
        encoding="utf-8",
    )
    add_sessions(content, "workshop-1", SESSIONS[0])
    found = _workshop(cli, content, "2018-06-01")["sessions"]
    assert (found["dated"], found["groups"], found["undated"]) == (1, 2, [2])


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    days=st.dictionaries(st.integers(1, 12), st.integers(0, 120), max_size=11),
    as_of=st.integers(0, 130),
)
def test_the_count_and_the_next_are_those_of_a_brute_force_count(
    cli: Cli, tmp_path_factory: pytest.TempPathFactory, days: dict[int, int], as_of: int
) -> None:
    start = date(2018, 7, 1)
    folder = tmp_path_factory.mktemp("sessions")
    content = copy_shipped(folder / "content")
    try:
        sessions = [
            f"{{group: {g}, when: {(start + timedelta(days=d)).isoformat()}}}"
            for g, d in sorted(days.items())
        ]
        if sessions:
            add_sessions(content, "workshop-1", *sessions)
        today = start + timedelta(days=as_of)
        found = _workshop(cli, content, today.isoformat())["sessions"]
        assert found["dated"] == len(days)
        assert found["groups"] == 12
        assert found["undated"] == [g for g in range(1, 13) if g not in days]
        ahead = sorted((d, g) for g, d in days.items() if start + timedelta(days=d) >= today)
        if ahead:
            assert found["next"]["group"] == ahead[0][1]
            assert found["next"]["start"] == (start + timedelta(days=ahead[0][0])).isoformat()
        else:
            assert found["next"] is None
    finally:
        shutil.rmtree(folder, ignore_errors=True)
