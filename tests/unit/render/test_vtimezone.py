"""The VTIMEZONE felles writes: yearly rules that give the zone's own offsets.

Outlook is known to misread the RDATE-only form icalendar writes for Europe/Copenhagen
(summer events an hour off); the calendar therefore carries one STANDARD and one
DAYLIGHT with an RRULE each, DAYLIGHT beginning at 02:00 local. Read back by
icalendar (which follows the RRULEs), the rules must give the same offset as the zone
database at every moment of the years used.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from icalendar import Calendar, Timezone

from felles.render.vtimezone import vtimezone
from tests.helpers.run import Cli

ZONES = [
    "Europe/Copenhagen",
    "Europe/London",
    "America/New_York",
    "Australia/Sydney",
    "Asia/Tokyo",
    "UTC",
]


def _component(tzid: str, years: range) -> Timezone:
    lines = vtimezone(tzid, years)
    assert lines is not None
    return Timezone.from_ical("\r\n".join(lines) + "\r\n")


def test_copenhagen_is_one_standard_and_one_daylight_rule_in_outlooks_form() -> None:
    zone = _component("Europe/Copenhagen", range(2018, 2020))
    daylight = zone.walk("DAYLIGHT")
    standard = zone.walk("STANDARD")
    assert len(daylight) == len(standard) == 1
    assert "RDATE" not in daylight[0] and "RDATE" not in standard[0]
    assert daylight[0]["RRULE"]["BYMONTH"] == [3] and daylight[0]["RRULE"]["BYDAY"] == ["-1SU"]
    assert standard[0]["RRULE"]["BYMONTH"] == [10] and standard[0]["RRULE"]["BYDAY"] == ["-1SU"]
    assert daylight[0].decoded("DTSTART").time().hour == 2
    assert standard[0].decoded("DTSTART").time().hour == 3


@pytest.mark.parametrize("tzid", ZONES)
@settings(max_examples=200, deadline=None)
@given(hours=st.integers(0, 3 * 366 * 24))
def test_the_rules_give_the_zone_databases_offset_at_every_moment(tzid: str, hours: int) -> None:
    years = range(2018, 2021)
    rules = _component(tzid, years).to_tz()
    moment = datetime(2018, 1, 1, tzinfo=UTC) + timedelta(hours=hours)
    if moment.year not in years:
        return
    assert moment.astimezone(rules).utcoffset() == moment.astimezone(ZoneInfo(tzid)).utcoffset()


def test_a_zone_no_yearly_rule_describes_is_left_to_icalendar() -> None:
    # Morocco moves its clock around Ramadan: no "n-th weekday of a month" rule holds.
    assert vtimezone("Africa/Casablanca", range(2018, 2020)) is None


def test_the_exported_calendar_carries_the_rules(cli: Cli, content: Path) -> None:
    result = cli("export", "ics", "--content", content)
    [zone] = Calendar.from_ical(result.out).walk("VTIMEZONE")
    assert {c.name for c in zone.subcomponents} == {"STANDARD", "DAYLIGHT"}
    assert all("RRULE" in c and "RDATE" not in c for c in zone.subcomponents)
