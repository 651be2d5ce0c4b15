"""The e-mails of `felles invite` (render/invite_mail.py makes each one) and the line listed
for each message, written or sent."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Final

from felles.cli.output import write

if TYPE_CHECKING:
    from email.message import EmailMessage

    from felles.content.load import Content
    from felles.plan.invite_plan import Message, Person

TEXT: Final = {
    "request": "Invitation",
    "update": "Ændring",
    "cancel": "Aflysning",
    "removed": "Afmelding",
    "line": "{kind} (SEQUENCE {sequence}) · {title} · {when} → {name} <{email}>",
}


def as_mails(
    loaded: Content, messages: list[Message], organizer: Person
) -> list[tuple[Message, EmailMessage]]:
    from felles.render import ics_description, invite_calendar, invite_mail, invite_text

    now = now_utc()
    tzid = loaded.programme.timezone if loaded.programme else "Europe/Copenhagen"
    found = []
    for message in messages:
        occurrence = message.event.occurrence
        text = None
        preparation = purpose = None
        if occurrence is not None and message.method == "REQUEST":
            text = ics_description.description(loaded, occurrence)
            preparation, purpose = occurrence.activity.preparation, occurrence.activity.purpose
        calendar = invite_calendar.calendar(message, organizer, tzid, now, text)
        body = invite_text.body(message, organizer, preparation, purpose)
        found.append((message, invite_mail.email(message, organizer, calendar, body, now)))
    return found


def list_message(message: Message) -> None:
    from felles.render.invite_text import plain, when_text

    if message.method == "CANCEL":
        kind = TEXT["cancel" if message.whole else "removed"]
    else:
        kind = TEXT["update" if message.update else "request"]
    write(
        TEXT["line"].format(
            kind=kind,
            sequence=message.sequence,
            title=plain(message.event.slot.title),
            when=when_text(message.event.slot),
            name=plain(message.to.name),
            email=message.to.email,
        )
    )


def now_utc() -> datetime:
    """The DTSTAMP and Date: now, or SOURCE_DATE_EPOCH for reproducible files."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), UTC)
    return datetime.now(UTC)
