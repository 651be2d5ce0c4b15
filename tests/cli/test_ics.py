"""`felles export ics`, through the real CLI: calendars that parse back, with stable UIDs.

The golden calendar lives in tests/golden/; regenerate it with FELLES_UPDATE_GOLDEN=1.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from felles.content.load import load
from felles.content.locate import ContentDir
from tests.helpers.content import add_activity, group_activity
from tests.helpers.golden import golden
from tests.helpers.run import Cli

EPOCH = "1543536000"  # 2018-11-30 00:00 UTC: the fixed DTSTAMP of golden calendars
CPH = ZoneInfo("Europe/Copenhagen")


def parse_ics(text: str) -> Calendar:
    return Calendar.from_ical(text)


def events(calendar: Calendar) -> dict[str, object]:
    return {str(event["UID"]).split("@")[0]: event for event in calendar.walk("VEVENT")}


def test_ics_parses_back_with_uid_dtstamp_and_correct_times(
    cli: Cli, content: Path, tmp_path: Path
) -> None:
    target = tmp_path / "programme.ics"
    before = datetime.now(UTC).replace(microsecond=0)
    result = cli("export", "ics", "-o", target, "--content", content)
    assert result.code == 0, result.err
    raw = target.read_bytes()
    assert raw.startswith(b"BEGIN:VCALENDAR\r\n")
    calendar = parse_ics(raw.decode("utf-8"))
    found = events(calendar)
    for event in calendar.walk("VEVENT"):
        assert event.get("UID")
        stamp = event.decoded("DTSTAMP")
        assert stamp.utcoffset() == timedelta(0)
        assert before <= stamp <= datetime.now(UTC) + timedelta(seconds=1)

    seminar = found["seminar-aktiv-visionsledelse"]
    start, end = seminar.decoded("DTSTART"), seminar.decoded("DTEND")  # type: ignore[attr-defined]
    assert start.tzinfo is not None and end.tzinfo is not None
    assert start.astimezone(CPH) == datetime(2018, 11, 8, 12, 0, tzinfo=CPH)
    assert end.astimezone(CPH) == datetime(2018, 11, 9, 12, 0, tzinfo=CPH)
    assert start.astimezone(UTC) == datetime(2018, 11, 8, 11, 0, tzinfo=UTC)
    assert "DTSTART;TZID=Europe/Copenhagen:20181108T120000" in raw.decode()
    timezones = calendar.walk("VTIMEZONE")
    assert [str(tz["TZID"]) for tz in timezones] == ["Europe/Copenhagen"]

    february = found["seminar-graensekrydsende-samarbejde"]
    assert february.decoded("DTSTART") == date(2019, 2, 22)  # type: ignore[attr-defined]
    assert february.decoded("DTEND") == date(2019, 2, 23)  # type: ignore[attr-defined]
    assert "DTSTART;VALUE=DATE:20190222" in raw.decode()
    assert "DTEND;VALUE=DATE:20190223" in raw.decode()

    assert str(seminar["SUMMARY"]) == "Fælles seminar: Ledelsesgrundlag og visionsledelse"  # type: ignore[index]
    description = str(seminar["DESCRIPTION"])  # type: ignore[index]
    assert "Ledelsesgrundlag og visionsledelse (fælles sprog og viden)." in description
    assert "Fase 2: Aktiv visionsledelse · Læringsmål 1: Aktiv visionsledelse" in description
    assert f"Kalenderen med {len(found)} aktiviteter er gemt i {target}." in result.err


def test_ics_leaves_out_month_precise_activities_and_says_which(cli: Cli, content: Path) -> None:
    result = cli("export", "ics", "--content", content)
    assert result.code == 0
    loaded = load(ContentDir(content, "option"), content)
    undated = [a.id for _, _, a in loaded.activities() if len(a.when) == 7]
    dated = [a.id for _, _, a in loaded.activities() if len(a.when) > 7]
    assert undated and dated
    assert f"{len(undated)} aktiviteter uden fast dato er ikke med i kalenderen" in result.err
    for activity_id in undated:
        assert activity_id in result.err
    assert sorted(events(parse_ics(result.out))) == sorted(dated)
    assert "\r\n" in result.out  # RFC 5545 line endings, also on stdout


def test_two_exports_give_identical_uids(cli: Cli, content: Path, tmp_path: Path) -> None:
    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    assert cli("export", "ics", "-o", first, "--content", content).code == 0
    assert cli("export", "ics", "-o", second, "--content", content).code == 0
    uids = [
        [str(e["UID"]) for e in parse_ics(path.read_text("utf-8")).walk("VEVENT")]
        for path in (first, second)
    ]
    assert uids[0] == uids[1]
    assert len(set(uids[0])) == len(uids[0])
    assert "seminar-aktiv-visionsledelse@faelles-om-ledelse.felles" in uids[0]


def test_ics_golden(cli: Cli, content: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    result = cli("export", "ics", "--content", content)
    assert result.code == 0
    assert "DTSTAMP:20181130T000000Z" in result.out
    golden("programme.ics", result.out)


def test_bad_source_date_epoch_falls_back_to_now(
    cli: Cli, content: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "i går")
    result = cli("export", "ics", "--content", content)
    assert result.code == 0
    assert "SOURCE_DATE_EPOCH (»i går«) er ikke et helt tal" in result.err
    stamps = {e.decoded("DTSTAMP") for e in parse_ics(result.out).walk("VEVENT")}
    assert len(stamps) == 1
    assert abs(stamps.pop() - datetime.now(UTC)) < timedelta(minutes=1)


def test_leader_calendar_holds_all_slf_and_own_group_only(cli: Cli, content: Path) -> None:
    add_activity(
        content, group_activity("workshop-gruppe-1", 1, "2018-12-06 09:00", "2018-12-06 12:00")
    )
    add_activity(content, group_activity("workshop-gruppe-2", 2, "2018-12-05"))
    result = cli("export", "ics", "--leader", "Søren Aakjær", "--content", content)
    assert result.code == 0, result.err
    found = events(parse_ics(result.out))
    loaded = load(ContentDir(content, "option"), content)
    all_slf = [
        a.id
        for _, _, a in loaded.activities()
        if a.who == "alle" and not a.groups and not a.leaders and len(a.when) > 7
    ]
    assert len(all_slf) == 4
    assert sorted(found) == sorted([*all_slf, "workshop-gruppe-1"])
    assert "workshop-gruppe-2" not in found
    # Forgiving spelling finds the same leader.
    again = cli("export", "ics", "--leader", "soeren aakjaer", "--content", content)
    assert sorted(events(parse_ics(again.out))) == sorted(found)
    # And group 2 gets its own workshop, not group 1's.
    group_2 = events(parse_ics(cli("export", "ics", "--group", "2", "--content", content).out))
    assert "workshop-gruppe-2" in group_2 and "workshop-gruppe-1" not in group_2
    assert set(all_slf) <= set(group_2)
    everything = events(parse_ics(cli("export", "ics", "--content", content).out))
    assert {"workshop-gruppe-1", "workshop-gruppe-2"} <= set(everything)


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--leader", "Søren Aakjær", "--group", "1"], "--leader og --group kan ikke bruges"),
        (["--leader", "Søren"], "mente du »Søren Aakjær«"),
        (["--leader", "Ingen Sådan"], "ingen leder hedder »Ingen Sådan«"),
        (["--group", "13"], "der er ingen sparringsgruppe 13; grupperne er 1–12"),
        (["--group", "en"], "ugyldig værdi for --group: »en«"),
    ],
)
def test_ics_usage_errors(cli: Cli, content: Path, args: list[str], expected: str) -> None:
    result = cli("export", "ics", *args, "--content", content)
    assert result.code == 2
    assert expected in result.err
    assert result.out == ""
