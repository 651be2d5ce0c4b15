"""Sending invitations over SMTP, and the sent record (invitations.yaml) kept with them.

The server comes from `--smtp HOST:PORT` or FELLES_SMTP, the security from
`--smtp-security` or FELLES_SMTP_SECURITY (starttls by default; `none` only to a server on
this machine), the user from `--smtp-user` or FELLES_SMTP_USER and the password from
FELLES_SMTP_PASSWORD or a prompt: never from the content, never printed.

Each message is sent alone (one recipient); as soon as the server has taken it, the
record is updated and written whole (felles/atomic.py), never through a symlink. A run
holds a lock on the content folder for its whole read-modify-write, so two runs never
send the same invitation twice. A refused recipient is skipped and named (the others are
sent); a dropped connection stops the run. Either way, what is recorded is exactly what
the server accepted, and the next run sends the rest.
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Final, NamedTuple

from felles import paths
from felles.errors import FellesError, UsageError

if TYPE_CHECKING:
    from email.message import EmailMessage

    from felles.content.invitations_model import Invitations
    from felles.plan.invite_plan import Message

SECURITY: Final = ("starttls", "ssl", "none")
LOCAL: Final = frozenset({"localhost", "127.0.0.1", "::1", "[::1]"})
TIMEOUT: Final = 60  # seconds for the server to answer


class Server(NamedTuple):
    host: str
    port: int
    security: str
    user: str | None

    @property
    def shown(self) -> str:
        return f"{self.host}:{self.port}"


class Outcome(NamedTuple):
    sent: int
    refused: list[Message]
    dropped: str | None  # why the connection was lost, when it was


def checked_security(value: str) -> str:
    """The connection's security as --smtp-security names it (U123 for anything else)."""
    chosen = value.strip().lower()
    if chosen not in SECURITY:
        raise UsageError("U123", {"value": chosen})
    return chosen


def server(
    smtp: str | None, security: str | None, user: str | None, environ: Mapping[str, str]
) -> Server:
    """The server to send through, from the options or the environment (U120–U123)."""
    address = smtp or environ.get("FELLES_SMTP", "").strip()
    if not address:
        raise UsageError("U120")
    host, colon, port_text = address.rpartition(":")
    host = host.strip()
    if host.startswith("[") and host.endswith("]"):
        host = host[1:-1]
    if not colon or not host or not port_text.isdigit() or not 0 < int(port_text) < 65536:
        raise UsageError("U121", {"value": address})
    if any(c.isspace() or ord(c) < 32 for c in host):
        raise UsageError("U121", {"value": address})
    chosen = checked_security(security or environ.get("FELLES_SMTP_SECURITY", "") or "starttls")
    if chosen == "none" and host.lower() not in LOCAL:
        raise UsageError("U122", {"server": f"{host}:{port_text}"})
    name = user or environ.get("FELLES_SMTP_USER", "").strip() or None
    return Server(host, int(port_text), chosen, name)


def password(found: Server, environ: Mapping[str, str], ask: Callable[[str], str]) -> str | None:
    """The password for the server's user: FELLES_SMTP_PASSWORD, else asked for (U125 when
    there is nobody to ask). None without a user."""
    if found.user is None:
        return None
    given = environ.get("FELLES_SMTP_PASSWORD")
    if given:
        return given
    try:
        return ask(f"Adgangskode til {found.user} på {found.shown}: ")
    except (EOFError, OSError):
        raise UsageError("U125", {"user": found.user}) from None


@contextlib.contextmanager
def locked(folder: Path, shown: str) -> Iterator[None]:
    """Hold the content folder's lock (E347 when another run holds it)."""
    try:
        import fcntl
    except ImportError:  # Windows: no advisory locks on folders
        yield
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise FellesError("E347", {"path": shown}) from None
        yield
    finally:
        os.close(fd)  # closing releases the lock


def write_record(path: Path, shown: str, invitations: Invitations) -> None:
    """invitations.yaml written whole, never through a symlink or over a folder (E348)."""
    from felles import atomic
    from felles.errors import os_reason
    from felles.render.invitations import yaml_text

    entry = paths.lstat(path)
    if entry is not None and not stat.S_ISREG(entry.st_mode):
        kind = "et symbolsk link" if stat.S_ISLNK(entry.st_mode) else "ikke en almindelig fil"
        raise FellesError("E348", {"path": shown, "reason": f"den er {kind}"})
    try:
        atomic.replace(path, yaml_text(invitations))
    except OSError as error:
        raise FellesError("E348", {"path": shown, "reason": os_reason(error)}) from None


def writable(path: Path, shown: str, invitations: Invitations) -> None:
    """E348 unless the record can be written: an existing one is written again as it is,
    for a new one the folder must take a file."""
    if paths.lstat(path) is not None:
        write_record(path, shown, invitations)
    elif not os.access(path.parent, os.W_OK | os.X_OK):
        raise FellesError("E348", {"path": shown, "reason": "mappen kan ikke skrives i"})


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
        return "brugernavn eller adgangskode blev afvist"
    if isinstance(error, smtplib.SMTPServerDisconnected):
        return "serveren lukkede forbindelsen"
    if isinstance(error, smtplib.SMTPResponseException):
        raw = error.smtp_error
        text = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw or "")
        return f"{error.smtp_code} {' '.join(text.split())}".strip()
    if isinstance(error, smtplib.SMTPNotSupportedError):
        return "serveren understøtter ikke det, der skal til (fx STARTTLS eller SMTPUTF8)"
    if isinstance(error, OSError):
        from felles.errors import os_reason

        return os_reason(error)
    return type(error).__name__
