"""`felles invite --send`: the messages go out over SMTP (cli/invite_send.py, through the
server cli/smtp_server.py chose), under a lock on the content folder, and each accepted one
is recorded in invitations.yaml at once (cli/invitations_record.py)."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Final

from felles.cli.invite_choice import NOTHING, choose
from felles.cli.invite_messages import as_mails, list_message
from felles.cli.output import refuse_packaged, say
from felles.errors import ExitCode, FellesError
from felles.words import count

if TYPE_CHECKING:
    from felles.content.locate import ContentDir
    from felles.plan.invite_plan import Message

SENT: Final = "{count} mails er sendt, og {path} er opdateret. Læg filen i git."
RECORD: Final = "invitations.yaml"


def deliver(
    found: ContentDir,
    activity: str | None,
    group: int | None,
    leader: str | None,
    as_of: str | None,
    skip_missing: bool,
    smtp: str | None,
    smtp_security: str | None,
    smtp_user: str | None,
) -> int:
    """Send what the plan says is due, recording each accepted message; E345 when the server
    drops the connection, E344 for refused recipients."""
    import getpass

    from felles.cli import invitations_record, invite_send, smtp_server

    server = smtp_server.server(smtp, smtp_security, smtp_user, os.environ)
    refuse_packaged(found)
    with invitations_record.locked(found.path, str(found.path / RECORD)):
        loaded, plan, organizer = choose(found, activity, group, leader, as_of, skip_missing)
        path = found.path / RECORD
        record_shown = loaded.display(path)
        if not plan.messages:
            say(NOTHING)
            return ExitCode.OK
        secret = smtp_server.password(server, os.environ, getpass.getpass)
        from felles.content.invitations_model import Invitations
        from felles.plan import invite_plan

        invitations = loaded.invitations or Invitations()
        mails = as_mails(loaded, plan.messages, organizer)
        # Before anything is sent: a record that cannot be written stops the run here, not
        # after a message that could then not be recorded.
        invitations_record.writable(path, record_shown, invitations)

        def sent(message: Message) -> None:
            invite_plan.record(invitations, message)
            invitations_record.write_record(path, record_shown, invitations)
            list_message(message)

        assert organizer.email is not None
        outcome = invite_send.send(server, secret, organizer.email, mails, sent)
    if outcome.dropped is not None:
        raise FellesError(
            "E345",
            {
                "server": server.shown,
                "reason": outcome.dropped,
                "sent": outcome.sent,
                "count": len(mails),
                "path": record_shown,
            },
        )
    if outcome.refused:
        from felles.render.invite_text import plain

        names = ", ".join(f"{plain(m.to.name)} <{m.to.email}>" for m in outcome.refused)
        raise FellesError(
            "E344",
            {
                "server": server.shown,
                "who": count(len(outcome.refused), "modtager", "modtagere"),
                "names": names,
                "path": record_shown,
            },
        )
    say(SENT.format(count=outcome.sent, path=record_shown))
    return ExitCode.OK
