"""One calendar invitation as an iTIP object (RFC 5546) and as an e-mail (RFC 5322, MIME).

The calendar holds one VEVENT with METHOD REQUEST or CANCEL, ORGANIZER, one ATTENDEE per
participant (ROLE=REQ-PARTICIPANT, PARTSTAT=NEEDS-ACTION, RSVP=TRUE, CN), the UID of
`felles export ics`, SEQUENCE and DTSTAMP, and the VTIMEZONE of a timed event. The
e-mail is what Outlook expects of an invitation: multipart/mixed of a
multipart/alternative (a Danish text/plain body, and the calendar as
text/calendar; method=…) and the same calendar attached as invite.ics.

Names, titles and places come from people: every header value goes through the `email`
package (RFC 2047 for non-ASCII names, RFC 6532 for a non-ASCII address) after control
characters are made spaces, so a CR/LF can never start a header of its own; icalendar
escapes `;`, `,` and newlines in text values, and a CN loses its double quotes (a
parameter value cannot hold one). icalendar and email are imported only here.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import TYPE_CHECKING, Any, Final

from felles.dates import describe_span, span
from felles.render.ics import PRODID, timezone
from felles.render.signature import MAILER

if TYPE_CHECKING:
    from email.message import EmailMessage

    from felles.plan.invite_plan import Message, Person, Slot

TEXT: Final = {
    "subject_new": "Invitation: {title}",
    "subject_update": "Ændret: {title}",
    "subject_cancel": "Aflyst: {title}",
    "subject_removed": "Du er ikke længere med: {title}",
    "hello": "Kære {name}",
    "new": "Du inviteres hermed til {title}.",
    "update": "Tid, sted eller titel for {title} er ændret. Her er den opdaterede invitation; "
    "den erstatter den forrige i din kalender.",
    "cancel": "{title} er aflyst. Aftalen fjernes fra din kalender, når du åbner invitationen.",
    "removed": "Du er ikke længere med i {title}. Aftalen fjernes fra din kalender, når du "
    "åbner invitationen.",
    "when": "Hvornår: {when}",
    "where": "Hvor: {place}",
    "prepare": "Forberedelse: {text}",
    "purpose": "Formål: {text}",
    "who": "Deltagere: {names}",
    "reply": "Svar gerne med »Accepter« eller »Afslå« i din kalender. Invitationen er også "
    "vedhæftet som kalenderfil (invite.ics).",
    "bye": "Venlig hilsen\n{name}",
}
_CONTROL: Final = re.compile(r"[\x00-\x1f\x7f\u0085\u2028\u2029]+")


def plain(text: str) -> str:
    """One line: control characters (CR, LF, TAB …) become one space."""
    return " ".join(_CONTROL.sub(" ", text).split())


def calendar(
    message: Message, organizer: Person, tzid: str, now: datetime, description: str | None
) -> bytes:
    """The iTIP object of one message."""
    from zoneinfo import ZoneInfo

    from icalendar import Calendar, Event, vText

    from felles.render.ics import times

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


def when_text(when: Slot) -> str:
    """'torsdag den 23. august 2018 kl. 13.00–16.00'."""
    if when.timed:
        start, end = span(when.start, when.end)
    else:
        start, end = span(when.start, when.end if when.end != when.start else None)
    return describe_span(start, end, long=True)


def body(
    message: Message,
    organizer: Person,
    preparation: str | None = None,
    purpose: str | None = None,
) -> str:
    """The Danish text/plain body: what, when, where, and what to prepare."""
    when = message.event.slot
    title = f"»{plain(when.title)}«"
    lines = [TEXT["hello"].format(name=plain(message.to.name)), ""]
    if message.method == "CANCEL":
        key = "cancel" if message.whole else "removed"
        lines.append(TEXT[key].format(title=title))
    else:
        lines.append(TEXT["update" if message.update else "new"].format(title=title))
    lines += ["", TEXT["when"].format(when=when_text(when))]
    if when.place:
        lines.append(TEXT["where"].format(place=plain(when.place)))
    if message.method == "REQUEST":
        if preparation:
            lines.append(TEXT["prepare"].format(text=preparation.strip()))
        if purpose:
            lines.append(TEXT["purpose"].format(text=" ".join(purpose.split())))
        names = [plain(p.name) for p in message.attendees]
        if names:
            from felles.words import joined

            lines.append(TEXT["who"].format(names=joined(names)))
        lines += ["", TEXT["reply"]]
    lines += ["", TEXT["bye"].format(name=plain(organizer.name))]
    return "\n".join(lines) + "\n"


def subject(message: Message) -> str:
    title = plain(message.event.slot.title)
    if message.method == "CANCEL":
        return TEXT["subject_cancel" if message.whole else "subject_removed"].format(title=title)
    return TEXT["subject_update" if message.update else "subject_new"].format(title=title)


def email(
    message: Message,
    organizer: Person,
    ics: bytes,
    text: str,
    now: datetime,
) -> EmailMessage:
    """The e-mail of one invitation (see the module docstring)."""
    from email.headerregistry import Address
    from email.message import EmailMessage
    from email.policy import SMTP, SMTPUTF8
    from email.utils import format_datetime, make_msgid

    assert message.to.email is not None and organizer.email is not None
    wide = not (message.to.email.isascii() and organizer.email.isascii())
    mail = EmailMessage(policy=SMTPUTF8 if wide else SMTP)
    mail[MAILER] = "felles invite"  # felles' mark on an .eml (render/signature.py)
    mail["From"] = _header_address(organizer.name, organizer.email, Address)
    mail["To"] = _header_address(message.to.name, message.to.email, Address)
    mail["Subject"] = subject(message)
    mail["Date"] = format_datetime(now)
    domain = organizer.email.rpartition("@")[2]
    mail["Message-ID"] = make_msgid(domain=domain if domain.isascii() else None)
    mail.set_content(text, charset="utf-8")
    calendar_text = ics.decode("utf-8")
    mail.add_alternative(
        calendar_text,
        subtype="calendar",
        params={"method": message.method},
        charset="utf-8",
        cte="base64",
    )
    mail.add_attachment(ics, maintype="application", subtype="ics", filename="invite.ics")
    return mail


def _header_address(name: str, address: str, kind: Any) -> Any:
    local, _, domain = address.rpartition("@")
    return kind(display_name=plain(name), username=local, domain=domain)
