"""A real SMTP server on 127.0.0.1 (aiosmtpd) for `felles invite --send`, and ways to fail.

`Server` keeps every message it accepted (envelope and bytes). `refuse` makes it refuse
the n-th recipient it is offered (550), `drop_after` close the connection right after
accepting the n-th message.
"""

from __future__ import annotations

import asyncio
import email
import email.policy
import os
import shutil
import socket
import ssl
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult


@dataclass
class Received:
    sender: str
    recipients: list[str]
    data: bytes

    @property
    def message(self) -> EmailMessage:
        parsed = email.message_from_bytes(self.data, policy=email.policy.default)
        assert isinstance(parsed, EmailMessage)
        return parsed


@dataclass
class Handler:
    refuse: int | None = None  # refuse this recipient (1 = the first offered)
    drop_after: int | None = None  # close the connection after accepting this many messages
    received: list[Received] = field(default_factory=list)
    offered: int = 0

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, options: list[str]
    ) -> str:
        self.offered += 1
        if self.offered == self.refuse:
            return "550 5.1.1 Mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        data = envelope.original_content or envelope.content
        self.received.append(Received(envelope.mail_from, list(envelope.rcpt_tos), data))
        if self.drop_after is not None and len(self.received) >= self.drop_after:
            asyncio.get_running_loop().call_soon(server.transport.close)
        return "250 Message accepted for delivery"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


class Login:
    """Accepts one user and password (AUTH PLAIN/LOGIN), and remembers every attempt."""

    def __init__(self, user: str, password: str) -> None:
        self.user, self.password = user, password
        self.attempts: list[tuple[str, str]] = []

    def __call__(
        self, server: Any, session: Any, envelope: Any, mechanism: str, data: Any
    ) -> AuthResult:
        login = data.login.decode("utf-8")
        password = data.password.decode("utf-8")
        self.attempts.append((login, password))
        return AuthResult(success=(login, password) == (self.user, self.password), handled=False)


class Server:
    """A running server: `address` for --smtp, `received` for what it got."""

    def __init__(
        self,
        handler: Handler,
        login: Login | None = None,
        tls: ssl.SSLContext | None = None,
        implicit: bool = False,
    ) -> None:
        self.handler = handler
        self.port = free_port()
        extra: dict[str, Any] = {}
        if login is not None:  # over plain text: a server on this machine, for the test
            extra = {"authenticator": login, "auth_require_tls": False}
        if tls is not None and implicit:
            extra["ssl_context"] = tls
        elif tls is not None:
            extra |= {"tls_context": tls, "require_starttls": True}
        self.controller = Controller(handler, hostname="127.0.0.1", port=self.port, **extra)

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.port}"

    @property
    def received(self) -> list[Received]:
        return self.handler.received


def running(
    handler: Handler,
    login: Login | None = None,
    tls: ssl.SSLContext | None = None,
    implicit: bool = False,
) -> Iterator[Server]:
    server = Server(handler, login, tls, implicit)
    server.controller.start()
    try:
        yield server
    finally:
        server.controller.stop()


def certificate(folder: Path) -> tuple[Path, ssl.SSLContext]:
    """A self-signed certificate for 127.0.0.1 (made with the openssl command) and a server
    context holding it; point SSL_CERT_FILE at the file for clients to trust it."""
    import pytest

    openssl = shutil.which("openssl")
    if openssl is None:
        if os.environ.get("CI"):
            pytest.fail("CI is set but the openssl command is missing (Debian's openssl)")
        pytest.skip("the openssl command is missing (Debian's openssl) to make a certificate")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        [
            openssl,
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "2",
            "-subj",
            "/CN=127.0.0.1",
            "-addext",
            "subjectAltName=IP:127.0.0.1",
            "-keyout",
            str(key),
            "-out",
            str(cert),
        ],
        check=True,
        capture_output=True,
        timeout=60,
    )
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    return cert, context
