"""One calendar invitation as an e-mail (RFC 5322, MIME): what Outlook expects of an
invitation, multipart/mixed of a multipart/alternative (a Danish text/plain body from
invite_text, and the calendar from invite_calendar as text/calendar; method=…) and the
same calendar attached as invite.ics.

Names come from people: every header value goes through the `email` package (RFC 2047
for non-ASCII names, RFC 6532 for a non-ASCII address) after control characters are made
spaces, so a CR/LF can never start a header of its own. email is imported only here.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from felles.render.invite_text import plain, subject
from felles.render.signature import MAILER

if TYPE_CHECKING:
    from email.message import EmailMessage

    from felles.plan.invite_plan import Message, Person


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
