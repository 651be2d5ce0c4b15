"""Sending invitations over SMTP: each message alone (one recipient), through the server
cli/smtp_server.py chose.

As soon as the server has taken a message, `sent` is called, and the record is updated
(cli/invitations_record.py). A refused recipient is skipped and named (the others are
sent); a dropped connection stops the run. Either way, what is recorded is exactly what
the server accepted, and the next run sends the rest.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Final, NamedTuple

from felles.errors import FellesError

if TYPE_CHECKING:
    from email.message import EmailMessage

    from felles.cli.smtp_server import Server
    from felles.plan.invite_plan import Message

TIMEOUT: Final = 60  # seconds for the server to answer
# Why the server did not take a message.
TEXT: Final = {
    "refused_login": "brugernavn eller adgangskode blev afvist",
    "closed": "serveren lukkede forbindelsen",
    "unsupported": "serveren understøtter ikke det, der skal til (fx STARTTLS eller SMTPUTF8)",
}


class Outcome(NamedTuple):
    sent: int
    refused: list[Message]
    dropped: str | None  # why the connection was lost, when it was


def send(
    found: Server,
    secret: str | None,
    sender: str,
    mails: list[tuple[Message, EmailMessage]],
    sent: Callable[[Message], None],
) -> Outcome:
    """Send each mail alone; `sent` is called for each one the server took, at once."""
    import smtplib
    import ssl

    try:
        if found.security == "ssl":
            connection: smtplib.SMTP = smtplib.SMTP_SSL(
                found.host, found.port, timeout=TIMEOUT, context=ssl.create_default_context()
            )
        else:
            connection = smtplib.SMTP(found.host, found.port, timeout=TIMEOUT)
    except (OSError, smtplib.SMTPException) as error:
        raise FellesError("E346", {"server": found.shown, "reason": _why(error)}) from None
    try:
        if found.security == "starttls":
            connection.starttls(context=ssl.create_default_context())
        if found.user is not None:
            connection.login(found.user, secret or "")
    except (OSError, smtplib.SMTPException) as error:
        connection.close()
        raise FellesError("E346", {"server": found.shown, "reason": _why(error)}) from None
    count = 0
    refused: list[Message] = []
    dropped = None
    try:
        for message, mail in mails:
            to = message.to.email or ""
            try:
                connection.send_message(mail, from_addr=sender, to_addrs=[to])
            except (smtplib.SMTPRecipientsRefused, smtplib.SMTPDataError):
                refused.append(message)
                continue
            except (OSError, smtplib.SMTPException) as error:
                dropped = _why(error)
                break
            sent(message)
            count += 1
    finally:
        with contextlib.suppress(OSError, smtplib.SMTPException):
            connection.quit()
    return Outcome(count, refused, dropped)


def _why(error: BaseException) -> str:
    """A short reason, without anything the server might have echoed of a password."""
    import smtplib

    if isinstance(error, smtplib.SMTPAuthenticationError):
        return TEXT["refused_login"]
    if isinstance(error, smtplib.SMTPServerDisconnected):
        return TEXT["closed"]
    if isinstance(error, smtplib.SMTPResponseException):
        raw = error.smtp_error
        text = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw or "")
        return f"{error.smtp_code} {' '.join(text.split())}".strip()
    if isinstance(error, smtplib.SMTPNotSupportedError):
        return TEXT["unsupported"]
    if isinstance(error, OSError):
        from felles.errors import os_reason

        return os_reason(error)
    return type(error).__name__
