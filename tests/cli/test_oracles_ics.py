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


def test_a_zone_without_yearly_rules_gets_its_history_for_the_years_used(
    cli: Cli, content: Path, tmp_path: Path
) -> None:
    """São Paulo changed its rules in 2019: no yearly rule describes it, so the calendar
    carries the zone's transitions of the years used (2018 and 2019), and the times still
    mean São Paulo's clock."""
    programme = content / "programme.yaml"
    text = programme.read_text(encoding="utf-8")
    assert "Europe/Copenhagen" in text
    programme.write_text(text.replace("Europe/Copenhagen", "America/Sao_Paulo"), encoding="utf-8")
    add_activity(content, group_activity("proeve", 2, "2019-12-03 09:00", "2019-12-03 10:00"))
    target = tmp_path / "sp.ics"
    result = cli("export", "ics", "-o", target, "--content", content)
    assert result.code == 0, result.output
    calendar = Calendar.from_ical(target.read_bytes())
    zones = calendar.walk("VTIMEZONE")
    assert [str(z["TZID"]) for z in zones] == ["America/Sao_Paulo"]
    seminar = next(e for e in calendar.walk("VEVENT") if str(e["UID"]).startswith("seminar-aktiv-"))
    start = seminar.decoded("DTSTART")
    assert start == datetime(2018, 11, 8, 12, tzinfo=ZoneInfo("America/Sao_Paulo"))
    assert start.utcoffset().total_seconds() == -2 * 3600  # summer time from 4 November 2018
    raw = target.read_bytes().decode()
    timezone = raw[raw.index("BEGIN:VTIMEZONE") : raw.index("END:VTIMEZONE")]
    assert "RRULE" not in timezone  # no yearly rule: the zone's own transitions
    assert "DTSTART:20181104" in timezone  # summer time began
    assert "RDATE:20190217" in timezone  # and ended, for the last time, in February 2019
    assert "This timezone only works from 2018-01-01 to 2020-01-01." in timezone
    assert "DTSTART:2017" not in timezone and "DTSTART:2020" not in timezone  # trimmed
