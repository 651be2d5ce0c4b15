"""One calendar invitation as an iTIP object (RFC 5546): one VEVENT with METHOD REQUEST or
CANCEL, ORGANIZER, one ATTENDEE per participant (ROLE=REQ-PARTICIPANT,
PARTSTAT=NEEDS-ACTION, RSVP=TRUE, CN), the UID of `felles export ics`, SEQUENCE and
DTSTAMP, and the VTIMEZONE of a timed event.

icalendar escapes `;`, `,` and newlines in text values, and a CN loses its double quotes
(a parameter value cannot hold one). icalendar is imported only here.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from felles.render.ics import PRODID
from felles.render.ics_times import timezone
from felles.render.invite_text import plain

if TYPE_CHECKING:
    from felles.plan.invite_plan import Message, Person


def calendar(
    message: Message, organizer: Person, tzid: str, now: datetime, description: str | None
) -> bytes:
    """The iTIP object of one message."""
    from zoneinfo import ZoneInfo

    from icalendar import Calendar, Event, vText

    from felles.render.ics_times import times

    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", message.method)
    event = Event()
    event.add("uid", message.event.uid)
    event.add("dtstamp", now.astimezone(ZoneInfo("UTC")))
    event.add("sequence", message.sequence)
    when = message.event.slot
    years = times(event, when, ZoneInfo(tzid))
    event.add("summary", vText(plain(when.title)))
    if when.place:
        event.add("location", vText(plain(when.place)))
    if description:
        event.add("description", description)
    event.add("organizer", _address(organizer, attendee=False))
    for person in message.attendees:
        event.add("attendee", _address(person, attendee=message.method == "REQUEST"))
    event.add("status", "CANCELLED" if message.method == "CANCEL" else "CONFIRMED")
    event.add("transp", "OPAQUE")
    cal.add_component(event)
    if years:
        cal.subcomponents.insert(0, timezone(tzid, min(years), max(years)))
    data: bytes = cal.to_ical()
    return data


def _address(person: Person, *, attendee: bool) -> Any:
    from icalendar import vCalAddress

    address = vCalAddress(f"mailto:{person.email}")
    address.params["cn"] = plain(person.name).replace('"', "'")
    if attendee:
        address.params["role"] = "REQ-PARTICIPANT"
        address.params["partstat"] = "NEEDS-ACTION"
        address.params["rsvp"] = "TRUE"
    return address
