"""A time zone's clock changes in a year, read from the zone itself (zoneinfo): the month,
the n-th (or last) weekday, the wall clock and the offsets of each, and the day such a
yearly rule names in a given year (for vtimezone's RRULEs)."""

from __future__ import annotations

import calendar
from datetime import UTC, date, datetime, timedelta
from typing import NamedTuple
from zoneinfo import ZoneInfo


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


def year_changes(zone: ZoneInfo, year: int) -> list[Change]:
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


def rule_day(year: int, change: Change) -> date:
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
