"""`felles export ics` against a hand-worked table of events: the day after the last day
for all-day events, no DTEND for a moment, a time zone for every year a timed event
touches; parsed back with icalendar."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from tests.helpers.content import add_activity, group_activity
from tests.helpers.run import Cli

CPH = ZoneInfo("Europe/Copenhagen")

# when                 end                   DTSTART                              DTEND
TABLE = [
    ("2018-12-03", None, date(2018, 12, 3), date(2018, 12, 4)),
    ("2018-12-03", "2018-12-05", date(2018, 12, 3), date(2018, 12, 6)),
    ("2018-12-03", "2018-12", date(2018, 12, 3), date(2018, 12, 4)),  # end without a day
    ("2018-12-03", "2018-12-05 10:00", date(2018, 12, 3), date(2018, 12, 6)),
    ("2018-12-03 09:00", "2018-12-03 11:30", datetime(2018, 12, 3, 9, tzinfo=CPH), datetime(2018, 12, 3, 11, 30, tzinfo=CPH)),  # noqa: E501
    ("2018-12-03 09:00", None, datetime(2018, 12, 3, 9, tzinfo=CPH), None),  # a moment
    ("2018-12-31 20:00", "2019-01-01 02:00", datetime(2018, 12, 31, 20, tzinfo=CPH), datetime(2019, 1, 1, 2, tzinfo=CPH)),  # noqa: E501
]  # fmt: skip


def _event(cli: Cli, content: Path, tmp_path: Path, when: str, end: str | None) -> object:
    add_activity(content, group_activity("proeve", 2, when, end))
    target = tmp_path / "x.ics"
    result = cli("export", "ics", "-o", target, "--content", content)
    assert result.code == 0, result.output
    calendar = Calendar.from_ical(target.read_bytes())
    found = [e for e in calendar.walk("VEVENT") if str(e["UID"]).startswith("proeve@")]
    assert len(found) == 1
    return calendar, found[0]


@pytest.mark.parametrize(("when", "end", "start", "stop"), TABLE)
def test_an_events_start_and_end_by_hand(
    cli: Cli,
    content: Path,
    tmp_path: Path,
    when: str,
    end: str | None,
    start: date,
    stop: date | None,
) -> None:
    calendar, event = _event(cli, content, tmp_path, when, end)
    assert event.decoded("DTSTART") == start  # type: ignore[attr-defined]
    if stop is None:
        assert "DTEND" not in event  # type: ignore[operator]
    else:
        assert event.decoded("DTEND") == stop  # type: ignore[attr-defined]
    assert str(event["LOCATION"]) == "Rådhuset, lokale 2"  # type: ignore[index]
    assert "CATEGORIES:workshop" in event.to_ical().decode()  # type: ignore[attr-defined]
    description = str(event["DESCRIPTION"])  # type: ignore[index]
    assert "Forberedelse: Læs dit udkast igennem." in description
    assert "Deltagere: Sparringsgruppe 2" in description
    zones = calendar.walk("VTIMEZONE")  # type: ignore[attr-defined]
    assert [str(z["TZID"]) for z in zones] == ["Europe/Copenhagen"]


def test_the_time_zone_covers_every_year_a_timed_event_touches(
    cli: Cli, content: Path, tmp_path: Path
) -> None:
    calendar, event = _event(cli, content, tmp_path, "2031-12-31 20:00", "2032-01-01 02:00")
    text = calendar.to_ical().decode()  # type: ignore[attr-defined]
    # Parsed back, the times are the same instants in Copenhagen in both years.
    assert event.decoded("DTSTART") == datetime(2031, 12, 31, 20, tzinfo=CPH)  # type: ignore[attr-defined]
    assert event.decoded("DTEND") == datetime(2032, 1, 1, 2, tzinfo=CPH)  # type: ignore[attr-defined]
    assert "BEGIN:VTIMEZONE" in text and "TZID:Europe/Copenhagen" in text
