"""A VTIMEZONE that Outlook reads right: one STANDARD and one DAYLIGHT, each with an RRULE.

icalendar's `Timezone.from_tzid` writes the zone's history as RDATE lists with the
onset in the new offset (03:00). Outlook desktop is known to misread that form for
Central European zones (summer events an hour off). Calendars agree on the form
Outlook and Exchange write themselves: a yearly rule, "the last Sunday of March at
02:00 local time", for each of the two observances.

The rule is read from the zone itself (zoneinfo) for the years the calendar uses, so
it holds for any zone whose changes follow "the n-th (or last) weekday of a month";
a zone without summer time gets a STANDARD alone. A zone whose changes follow no such
rule in those years gets icalendar's own, exact form instead (`None` here).
"""

from __future__ import annotations

import calendar
from datetime import UTC, date, datetime, timedelta
from typing import NamedTuple
from zoneinfo import ZoneInfo

_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_EPOCH_YEAR = 1970  # where the observances begin, as Google and Apple write them


class Change(NamedTuple):
    """One change of the clock in a year, as a yearly rule can say it."""

    month: int
    weekday: int  # 0 Monday … 6 Sunday
    ordinal: int  # 1 … 4, or -1 for the last such weekday of the month
    local: datetime  # the wall clock just before the change (02:00 for spring forward)
    offset_from: timedelta
    offset_to: timedelta
    name: str  # CET, CEST …


def _first_change(zone: ZoneInfo, after: datetime, step: timedelta) -> datetime:
    """The first moment after `after` whose offset differs from `after`'s, to within `step`."""
    before = after.astimezone(zone).utcoffset()
    moment = after
    while (moment + step).astimezone(zone).utcoffset() == before:
        moment += step
    return moment + step


def _changes(zone: ZoneInfo, year: int) -> list[Change]:
    """The clock changes of `year`: found day by day in UTC, then to the hour and minute."""
    found = []
    start = datetime(year, 1, 1, tzinfo=UTC)
    days = (datetime(year + 1, 1, 1, tzinfo=UTC) - start).days
    previous = start.astimezone(zone).utcoffset()
    for day in range(1, days + 1):
        moment = start + timedelta(days=day)
        offset = moment.astimezone(zone).utcoffset()
        if offset == previous or offset is None or previous is None:
            previous = offset
            continue
        hour = _first_change(zone, moment - timedelta(days=1), timedelta(hours=1))
        instant = _first_change(zone, hour - timedelta(hours=1), timedelta(minutes=1))
        local = (instant + previous).replace(tzinfo=None)
        last_day = calendar.monthrange(local.year, local.month)[1]
        ordinal = -1 if local.day + 7 > last_day else (local.day - 1) // 7 + 1
        name = instant.astimezone(zone).tzname() or ""
        found.append(Change(local.month, local.weekday(), ordinal, local, previous, offset, name))
        previous = offset
    return found


def _rule_day(year: int, change: Change) -> date:
    """The day the rule names in `year`."""
    days = calendar.monthrange(year, change.month)[1]
    matching = [
        day
        for day in range(1, days + 1)
        if date(year, change.month, day).weekday() == change.weekday
    ]
    return date(
        year, change.month, matching[change.ordinal if change.ordinal < 0 else change.ordinal - 1]
    )


def _offset(delta: timedelta) -> str:
    minutes = int(delta.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"{sign}{abs(minutes) // 60:02d}{abs(minutes) % 60:02d}"


def vtimezone(tzid: str, years: range) -> list[str] | None:
    """The VTIMEZONE's lines for `tzid` over `years`; None when no yearly rule describes it."""
    zone = ZoneInfo(tzid)
    per_year = [_changes(zone, year) for year in years]
    first = per_year[0]
    same_rule = [(c.month, c.weekday, c.ordinal, c.local.time()) for c in first]
    for year, changes in zip(years, per_year, strict=True):
        if [(c.month, c.weekday, c.ordinal, c.local.time()) for c in changes] != same_rule:
            return None
        if any(_rule_day(year, c) != c.local.date() for c in changes):
            return None
    lines = ["BEGIN:VTIMEZONE", f"TZID:{tzid}"]
    if not first:
        offset = datetime(years.start, 7, 1, tzinfo=zone).utcoffset() or timedelta(0)
        name = datetime(years.start, 7, 1, tzinfo=zone).tzname() or tzid
        lines += [
            "BEGIN:STANDARD",
            f"DTSTART:{_EPOCH_YEAR}0101T000000",
            f"TZOFFSETFROM:{_offset(offset)}",
            f"TZOFFSETTO:{_offset(offset)}",
            f"TZNAME:{name}",
            "END:STANDARD",
        ]
    elif len(first) != 2:
        return None
    for change in first:
        kind = "DAYLIGHT" if change.offset_to > change.offset_from else "STANDARD"
        onset = datetime.combine(_rule_day(_EPOCH_YEAR, change), change.local.time())
        ordinal = str(change.ordinal)
        lines += [
            f"BEGIN:{kind}",
            f"DTSTART:{onset:%Y%m%dT%H%M%S}",
            f"RRULE:FREQ=YEARLY;BYMONTH={change.month};BYDAY={ordinal}{_WEEKDAYS[change.weekday]}",
            f"TZOFFSETFROM:{_offset(change.offset_from)}",
            f"TZOFFSETTO:{_offset(change.offset_to)}",
            f"TZNAME:{change.name}",
            f"END:{kind}",
        ]
    return [*lines, "END:VTIMEZONE"]
