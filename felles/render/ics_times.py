"""An event's times in iCalendar: DTSTART and DTEND of a slot (TZID for a timed event,
all-day dates for a day-precise one), and the VTIMEZONE of the years the timed events
touch, written as yearly rules (vtimezone.py): Outlook misreads the RDATE lists
icalendar writes by itself."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from felles.plan.invite_plan import Slot


def times(event: Any, when: Slot, zone: Any) -> list[int]:
    """DTSTART and DTEND of a slot on `event`; the years a timed event touches (for the
    VTIMEZONE), none for an all-day one."""
    if when.timed:
        start = datetime.strptime(when.start, "%Y-%m-%d %H:%M").replace(tzinfo=zone)
        event.add("dtstart", start)
        years = [start.year]
        if when.end is not None:
            end = datetime.strptime(when.end, "%Y-%m-%d %H:%M").replace(tzinfo=zone)
            event.add("dtend", end)
            years.append(end.year)
        return years
    first = date.fromisoformat(when.start)
    last = date.fromisoformat(when.end) if when.end else first
    event.add("dtstart", first)
    event.add("dtend", max(last, first) + timedelta(days=1))
    return []


def timezone(tzid: str, first: int, last: int) -> Any:
    """The VTIMEZONE as yearly rules (see vtimezone.py), or icalendar's exact history of the
    years used when no yearly rule describes the zone."""
    from icalendar import Timezone

    from felles.render.vtimezone import vtimezone

    lines = vtimezone(tzid, range(first, last + 1))
    if lines is not None:
        return Timezone.from_ical("\r\n".join(lines) + "\r\n")
    # Trimmed to the years used: a full history of the zone is kilobytes of noise.
    return Timezone.from_tzid(tzid, first_date=date(first, 1, 1), last_date=date(last + 1, 1, 1))
