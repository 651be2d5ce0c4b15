"""`felles next`: its filters, boundaries and numbers against hand-worked tables and plain
references (the unfiltered list, `datetime.isocalendar`, day arithmetic).

Each filter has a case where it must keep an item and one where it must drop it, so a
filter that matches nothing and one that matches everything both fail.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.helpers.content import edit
from tests.helpers.run import Cli

# The shipped programme seen from 1 January 2018, every activity ahead (20 of them), by goal.
BY_GOAL = {  # the dated activities: those without a day are listed apart (needs_date)
    "aktiv-visionsledelse": ["seminar-aktiv-visionsledelse"],
    "graensekrydsende-samarbejde": ["seminar-graensekrydsende-samarbejde"],
    "samskabelse-af-velfaerd": ["seminar-samskabelse-af-velfaerd"],
}


def _items(cli: Cli, *args: str | Path) -> list[dict[str, Any]]:
    result = cli("next", *args, "--format", "json", "200")
    assert result.code == 0, result.output
    found = json.loads(result.out)
    items = found["upcoming"] if isinstance(found, dict) else found
    assert isinstance(items, list)
    return items


def _ids(cli: Cli, *args: str | Path) -> list[str]:
    return [item["id"] for item in _items(cli, *args)]


# --- --goal ---------------------------------------------------------------------------


@pytest.mark.parametrize("goal", list(BY_GOAL))
def test_goal_filter_keeps_exactly_that_goals_activities(cli: Cli, goal: str) -> None:
    """Fails if the filter matches nothing (an empty list) and if it matches everything
    (the other goals' activities and phase 1's would be there)."""
    ids = _ids(cli, "--as-of", "2018-01-01", "--goal", goal)
    assert ids == BY_GOAL[goal]
    assert _ids(cli, "--as-of", "2018-01-01") == [
        "opstart-slf",
        *(i for ids in BY_GOAL.values() for i in ids),
    ]


def test_goal_filter_keeps_an_activity_of_another_phase_by_its_theme(
    cli: Cli, content: Path
) -> None:
    """An activity with a theme of a goal belongs to that goal too, whatever its phase."""
    phase = content / "phases" / "01-ledelsesgrundlag.md"
    text = phase.read_text(encoding="utf-8")
    assert "  - id: opstart-slf\n    type: møde\n" in text
    edit(
        phase,
        "  - id: opstart-slf\n    type: møde\n",
        "  - id: opstart-slf\n    type: møde\n    themes: [relationer-og-ledelse-paa-tvaers]\n",
    )
    kept = _ids(
        cli, "--content", content, "--as-of", "2018-01-01", "--goal", "graensekrydsende-samarbejde"
    )
    assert "opstart-slf" in kept
    assert kept[1:] == BY_GOAL["graensekrydsende-samarbejde"]  # 8 June 2018 comes first
    dropped = _ids(
        cli, "--content", content, "--as-of", "2018-01-01", "--goal", "aktiv-visionsledelse"
    )
    assert "opstart-slf" not in dropped


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    day=st.dates(date(2017, 6, 1), date(2020, 1, 1)),
    goal=st.sampled_from(sorted(BY_GOAL)),
)
def test_goal_filter_is_the_unfiltered_list_cut_to_the_goal(cli: Cli, day: date, goal: str) -> None:
    everything = _items(cli, "--as-of", day.isoformat())
    expected = [i["id"] for i in everything if (i["goal"] or {}).get("id") == goal]
    assert _ids(cli, "--as-of", day.isoformat(), "--goal", goal) == expected


# --- --type, --group, --leader ----------------------------------------------------------


def test_type_filter_keeps_seminars_and_drops_the_rest(cli: Cli) -> None:
    assert _ids(cli, "--as-of", "2018-01-01", "--type", "seminar") == [
        "seminar-aktiv-visionsledelse",
        "seminar-graensekrydsende-samarbejde",
        "seminar-samskabelse-af-velfaerd",
    ]
    assert _ids(cli, "--as-of", "2018-01-01", "--type", "møde") == ["opstart-slf"]


def test_group_and_leader_filters_keep_their_groups_and_drop_the_others(
    cli: Cli, content: Path
) -> None:
    from tests.helpers.content import add_activity, group_activity

    add_activity(content, group_activity("kun-fire", 4, "2018-12-03"))
    base = ("--content", content, "--as-of", "2018-01-01")
    assert "kun-fire" in _ids(cli, *base, "--group", "4")
    assert "kun-fire" not in _ids(cli, *base, "--group", "1")
    assert "seminar-aktiv-visionsledelse" in _ids(cli, *base, "--group", "1")  # for everyone
    assert "kun-fire" in _ids(cli, *base, "--leader", "Vibeke Jensen")  # group 4
    assert "kun-fire" not in _ids(cli, *base, "--leader", "Niels Højberg")  # group 1


# --- --until and the four-week horizon, at the boundary ---------------------------------


def test_until_on_the_day_itself_keeps_that_days_activity(cli: Cli) -> None:
    """The seminar starts Thursday 8 November 2018 at 12.00: --until that day keeps it."""
    on_the_day = _ids(cli, "--as-of", "2018-11-01", "--until", "2018-11-08", "--type", "seminar")
    assert on_the_day == ["seminar-aktiv-visionsledelse"]
    day_before = cli("next", "--as-of", "2018-11-01", "--until", "2018-11-07", "--type", "seminar")
    assert day_before.code == 0
    assert (
        "Ingen aktiviteter fra tors. 1. nov. 2018 til og med ons. 7. nov. 2018." in day_before.out
    )
    assert "Den næste er »Fælles seminar: Ledelsesgrundlag og visionsledelse«" in day_before.out
    # --until the same day as --as-of is allowed, and keeps that day.
    same = _ids(cli, "--as-of", "2018-11-08", "--until", "2018-11-08", "--type", "seminar")
    assert same == ["seminar-aktiv-visionsledelse"]


def test_the_warning_horizon_ends_on_the_28th_day(cli: Cli, content: Path) -> None:
    """A group activity in November 2018 without a day: from 4 October the horizon
    (today + 28 days) reaches 1 November and it needs a date; from 3 October it does not."""
    from tests.helpers.content import add_activity, group_activity

    add_activity(content, group_activity("november", 2, "2018-11"))
    base = ("--content", content, "--undated")
    assert "november" in _ids(cli, *base, "--as-of", "2018-10-04")
    assert "november" not in _ids(cli, *base, "--as-of", "2018-10-03")


def test_nothing_ahead_names_the_last_matching_activity_not_the_last_of_all(cli: Cli) -> None:
    result = cli("next", "--as-of", "2019-01-01", "--type", "møde")
    assert result.code == 0
    assert "Ingen aktiviteter fra tirs. 1. jan. 2019 og frem passer til det valgte." in result.out
    assert "Den sidste aktivitet med fast dato var »Møde i Strategisk Ledelsesforum" in result.out
    assert "fre. 8. jun. 2018 – for 7 måneder siden." in result.out


# --- days until and ISO weeks -----------------------------------------------------------

# as-of         activity                                 start       days  ISO week
DAYS_TABLE = [
    ("2018-06-01", "opstart-slf", "2018-06-08", 7, 23),
    ("2018-06-08", "opstart-slf", "2018-06-08", 0, 23),
    ("2018-12-31", "seminar-graensekrydsende-samarbejde", "2019-02-22", 53, 8),
    ("2019-01-01", "seminar-samskabelse-af-velfaerd", "2019-08-30", 241, 35),
    ("2017-12-31", "opstart-slf", "2018-06-08", 159, 23),
]


@pytest.mark.parametrize(("as_of", "activity", "start", "days", "week"), DAYS_TABLE)
def test_days_until_and_week_by_hand(
    cli: Cli, as_of: str, activity: str, start: str, days: int, week: int
) -> None:
    item = next(i for i in _items(cli, "--as-of", as_of) if i["id"] == activity)
    assert item["start"][:10] == start
    assert (item["days_until"], item["week"]) == (days, week)


def test_days_until_in_words_at_the_edges(cli: Cli) -> None:
    today = cli("next", "--as-of", "2018-06-08", "--type", "møde").out
    assert "uge 23 · i dag · møde" in today
    tomorrow = cli("next", "--as-of", "2018-06-07", "--type", "møde").out
    assert "uge 23 · i morgen · møde" in tomorrow
    assert "uge 23 · om 2 dage · møde" in cli("next", "--as-of", "2018-06-06", "--type", "møde").out


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.dates(date(2016, 1, 1), date(2019, 9, 1)))
def test_days_until_and_weeks_are_those_of_datetime(cli: Cli, day: date) -> None:
    for item in _items(cli, "--as-of", day.isoformat()):
        if len(item["start"]) < 10:  # a month or a year: no day
            assert item["days_until"] is None and item["week"] is None
            continue
        start = date.fromisoformat(item["start"][:10])
        assert item["days_until"] == (start - day).days
        assert item["week"] == start.isocalendar().week
        assert item["status"] == ("i gang" if start < day else "kommende")
        assert start + timedelta(days=1) > day  # nothing over is listed


# --- running, over, and the week span -----------------------------------------------------


@pytest.mark.parametrize(
    ("as_of", "words"),
    [
        ("2018-11-07", "uge 45 · i morgen · seminar"),
        ("2018-11-08", "uge 45 · i dag · seminar"),
        ("2018-11-09", "uge 45 · i gang · seminar"),  # started yesterday, ends today
    ],
)
def test_a_two_day_seminar_is_coming_today_and_running_until_its_last_day(
    cli: Cli, as_of: str, words: str
) -> None:
    out = cli("next", "--as-of", as_of, "--type", "seminar", "1").out
    assert out.startswith("tors. 8. nov. 2018 kl. 12.00 – fre. 9. nov. kl. 12.00 · " + words)


def test_the_day_after_its_end_the_seminar_is_over(cli: Cli) -> None:
    ids = _ids(cli, "--as-of", "2018-11-10", "--type", "seminar")
    assert ids == ["seminar-graensekrydsende-samarbejde", "seminar-samskabelse-af-velfaerd"]


def test_an_open_ended_phase_runs_from_its_first_day(cli: Cli) -> None:
    before = cli("next", "--as-of", "2019-12-31").out
    assert "Forløbet har ingen aktiviteter fra tirs. 31. dec. 2019 og frem." in before
    assert "løber fra 2020" not in before
    on = cli("next", "--as-of", "2020-01-01").out
    assert "Fase 5 »De konkrete fælles udfordringer« løber fra 2020" in on


def test_an_activity_over_two_weeks_shows_both_weeks(cli: Cli, content: Path) -> None:
    from tests.helpers.content import add_activity, group_activity

    add_activity(content, group_activity("to-uger", 2, "2018-12-07", "2018-12-10"))
    add_activity(content, group_activity("en-uge", 3, "2018-12-03", "2018-12-09"))
    out = cli("next", "--content", content, "--as-of", "2018-12-01", "--type", "workshop").out
    assert "fre. 7. dec. 2018 – man. 10. dec. · uge 49–50 · om 6 dage" in out
    assert "man. 3. dec. 2018 – søn. 9. dec. · uge 49 · om 2 dage" in out
    items = _items(cli, "--content", content, "--as-of", "2018-12-01")
    weeks = {i["id"]: i["week"] for i in items}
    assert (weeks["to-uger"], weeks["en-uge"]) == (49, 49)


def test_the_count_limits_the_list(cli: Cli) -> None:
    assert _ids(cli, "--as-of", "2018-01-01")[:2] == _items_ids_of(cli, "2")


def _items_ids_of(cli: Cli, count: str) -> list[str]:
    found = json.loads(cli("next", "--as-of", "2018-01-01", "--format", "json", count).out)
    return [i["id"] for i in (found["upcoming"] if isinstance(found, dict) else found)]


@pytest.mark.parametrize(
    ("numbers", "words"),
    [([], "ingen"), ([3], "3"), ([2, 1], "1, 2"), ([1, 2, 3], "1–3"), ([1, 2, 4], "1, 2, 4")],
)
def test_group_numbers_in_words(numbers: list[int], words: str) -> None:
    from felles.words import group_numbers

    assert group_numbers(numbers) == words
