"""The programme as an iCalendar file (RFC 5545) for Outlook and other calendars.

One VEVENT per activity with a fixed day, and one per sparring group's own session
with a fixed day (plan/sessions.py). The UID is derived from the activity and
programme ids (and the group's number, for a session), so a re-import updates events
instead of duplicating them.
Timed events carry TZID=Europe/Copenhagen (the programme's time zone) with a
VTIMEZONE (without it Outlook shifts them by an hour), written as yearly rules
(ics_times.py, vtimezone.py): Outlook misreads the RDATE lists icalendar writes by itself.
Day-precise events are all-day (VALUE=DATE, DTEND the day after the last day).
Month-precise activities have no day and are left out; `build` returns them so
the command can say which.

`now` (the DTSTAMP) is a parameter: the command passes the real time, tests a
fixed one. icalendar is imported only in `build`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Final

from felles.content.load import Content
from felles.controls import harmless
from felles.plan.invite_plan import slot, uid
from felles.plan.schedule import Occurrence
from felles.render.ics_description import description
from felles.render.ics_times import times, timezone

__all__ = ["PRODID", "Export", "build", "uid"]

PRODID: Final = "-//felles//Fælles om ledelse//DA"


@dataclass(frozen=True)
class Export:
    ics: bytes
    events: list[Occurrence]  # in the file
    undated: list[Occurrence]  # left out: no fixed day


def build(
    content: Content,
    chosen: list[Occurrence],
    now: datetime,
    sequences: dict[str, int] | None = None,
) -> Export:
    """The calendar for these occurrences; `now` (aware) becomes every DTSTAMP. `sequences`
    (by UID, from what `felles invite` sent: plan/invite_plan.sequences) gives each event its
    SEQUENCE, so a re-imported calendar updates its events; 0 for any other."""
    from zoneinfo import ZoneInfo

    from icalendar import Calendar, Event

    programme = content.programme
    programme_id = programme.id if programme else "felles"
    tzid = programme.timezone if programme else "Europe/Copenhagen"
    zone = ZoneInfo(tzid)
    stamp = now.astimezone(ZoneInfo("UTC"))

    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    if programme:
        calendar.add("x-wr-calname", programme.name)

    events = [o for o in chosen if o.fixed]
    timed_years: list[int] = []
    for occurrence in events:
        activity = occurrence.activity
        event = Event()
        key = uid(occurrence, programme_id)
        event.add("uid", key)
        event.add("dtstamp", stamp)
        event.add("sequence", (sequences or {}).get(key, 0))
        timed_years += times(event, slot(occurrence), zone)
        event.add("summary", occurrence.label)
        event.add("description", description(content, occurrence))
        if occurrence.place:
            event.add("location", occurrence.place)
        event.add("categories", [activity.type])
        calendar.add_component(event)

    if timed_years:
        calendar.subcomponents.insert(0, timezone(tzid, min(timed_years), max(timed_years)))
    undated = [o for o in chosen if not o.fixed]
    # RFC 5545 allows no control character in a text but TAB (icalendar escapes line
    # breaks, not these): each is written as U+FFFD, the CRLF line ends stay.
    ical = harmless(calendar.to_ical().decode("utf-8", "surrogateescape"))
    ical_bytes = ical.encode("utf-8", "surrogateescape")
    return Export(ical_bytes, events, undated)
