"""The SMTP server `felles invite --send` sends through: `--smtp HOST:PORT` or FELLES_SMTP,
the security from `--smtp-security` or FELLES_SMTP_SECURITY (starttls by default; `none`
only to a server on this machine), the user from `--smtp-user` or FELLES_SMTP_USER and
the password from FELLES_SMTP_PASSWORD or a prompt: never from the content, never printed.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Final, NamedTuple

from felles.errors import UsageError

if TYPE_CHECKING:
    pass


SECURITY: Final = ("starttls", "ssl", "none")
LOCAL: Final = frozenset({"localhost", "127.0.0.1", "::1", "[::1]"})
TEXT: Final = {"password": "Adgangskode til {user} på {server}: "}


class Server(NamedTuple):
    host: str
    port: int
    security: str
    user: str | None

    @property
    def shown(self) -> str:
        return f"{self.host}:{self.port}"


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
        return ask(TEXT["password"].format(user=found.user, server=found.shown))
    except (EOFError, OSError):
        raise UsageError("U125", {"user": found.user}) from None
