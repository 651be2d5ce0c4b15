"""`felles invite [AKTIVITET]`: calendar invitations (iTIP) to the leaders, as e-mails.

Without `--send` each message is written as an .eml file into MAPPE (-o; standard:
invitationer/ where the user stands) and listed; with `--send` the messages go out over
SMTP (cli/invite_send.py) and each accepted one is recorded in invitations.yaml in the
content (plan/invite_plan.py decides what to send from it). Leaders without an address are
named and nothing is sent (E342) unless `--skip-missing`.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Final

import typer

from felles.cli.app import app
from felles.cli.clock import today, user_date
from felles.cli.content import clean, content_dir
from felles.cli.options import ContentOption, VerboseOption
from felles.cli.output import protected, say, write
from felles.errors import ExitCode, FellesError, UsageError
from felles.words import count

if TYPE_CHECKING:
    from email.message import EmailMessage

    from felles.content.load import Content
    from felles.content.locate import ContentDir
    from felles.plan.invite_plan import Message, Person, Plan

TEXT: Final = {
    "request": "Invitation",
    "update": "Ændring",
    "cancel": "Aflysning",
    "removed": "Afmelding",
    "line": "{kind} (SEQUENCE {sequence}) · {title} · {when} → {name} <{email}>",
    "nothing": "Intet at sende: alle har fået den seneste udgave af deres invitationer.",
    "wrote": "{count} mails (.eml) er gemt i {path}. Intet er sendt; brug --send for at sende dem.",
    "sent": "{count} mails er sendt, og {path} er opdateret. Læg filen i git.",
    "undated": "Uden fast dato, så ingen invitation endnu: {ids}.",
    "warning": "Advarsel {code}: {message}",
}
FOLDER: Final = Path("invitationer")
RECORD: Final = "invitations.yaml"


@app.command()
def invite(
    activity: Annotated[
        str | None,
        typer.Argument(
            metavar="AKTIVITET",
            help="Aktivitetens id, eller en dato, der vælger aktiviteten på den dag. "
            "Uden: alle aktiviteter med fast dato.",
            show_default=False,
        ),
    ] = None,
    group: Annotated[
        int | None,
        typer.Option(
            "--group",
            metavar="N",
            help="Kun til denne sparringsgruppes medlemmer, på gruppens egne datoer.",
            show_default=False,
        ),
    ] = None,
    leader: Annotated[
        str | None,
        typer.Option("--leader", metavar="NAVN", help="Kun til denne leder.", show_default=False),
    ] = None,
    as_of: Annotated[
        str | None,
        typer.Option(
            "--as-of",
            metavar="DATO",
            help="Kun aktiviteter, der slutter denne dag eller senere (standard: i dag): "
            "2018-06-01, 1.6.2018 eller »uge 22«.",
            show_default=False,
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            metavar="MAPPE",
            help="Mappen, mails (.eml) skrives i uden --send; oprettes, hvis den mangler. "
            "Standard: invitationer/ i den mappe, du står i.",
            show_default=False,
        ),
    ] = None,
    send: Annotated[
        bool,
        typer.Option(
            "--send",
            help="Send mails gennem mailserveren, og skriv det sendte i invitations.yaml.",
        ),
    ] = False,
    skip_missing: Annotated[
        bool,
        typer.Option("--skip-missing", help="Send til dem med en e-mailadresse, og nævn de andre."),
    ] = False,
    smtp: Annotated[
        str | None,
        typer.Option(
            "--smtp",
            metavar="VÆRT:PORT",
            help="Mailserveren, fx smtp.aarhus.dk:587 (ellers FELLES_SMTP).",
            show_default=False,
        ),
    ] = None,
    smtp_security: Annotated[
        str | None,
        typer.Option(
            "--smtp-security",
            metavar="SIKKERHED",
            help="starttls (standard), ssl eller none (kun til en server på denne maskine); "
            "ellers FELLES_SMTP_SECURITY.",
            show_default=False,
        ),
    ] = None,
    smtp_user: Annotated[
        str | None,
        typer.Option(
            "--smtp-user",
            metavar="BRUGER",
            help="Brugernavn på mailserveren (ellers FELLES_SMTP_USER). Adgangskoden tages "
            "fra FELLES_SMTP_PASSWORD eller spørges om.",
            show_default=False,
        ),
    ] = None,
    content: ContentOption = None,
    verbose: VerboseOption = False,
) -> int:
    """Kalenderinvitationer til lederne som mails: nye, ændrede og aflyste aftaler, med
    arrangør, deltagere og et SEQUENCE, Outlook kan følge."""
    if group is not None and leader is not None:
        raise UsageError("U124")
    if send and output is not None:
        raise UsageError("U126")
    if smtp_security is not None:  # wrong use, even without --send
        from felles.cli.invite_send import checked_security

        checked_security(smtp_security)
    found = content_dir(content, verbose)
    if not send:
        return _prepare(found, activity, group, leader, as_of, skip_missing, output)
    import getpass

    from felles.cli import invite_send

    server = invite_send.server(smtp, smtp_security, smtp_user, os.environ)
    _refuse_packaged(found)
    with invite_send.locked(found.path, str(found.path / RECORD)):
        loaded, plan, organizer = _plan(found, activity, group, leader, as_of, skip_missing)
        path = found.path / RECORD
        record_shown = loaded.display(path)
        if not plan.messages:
            say(TEXT["nothing"])
            return ExitCode.OK
        secret = invite_send.password(server, os.environ, getpass.getpass)
        from felles.content.invitations_model import Invitations
        from felles.plan import invite_plan

        invitations = loaded.invitations or Invitations()
        mails = _mails(loaded, plan.messages, organizer)
        # Before anything is sent: a record that cannot be written stops the run here, not
        # after a message that could then not be recorded.
        invite_send.writable(path, record_shown, invitations)

        def sent(message: Message) -> None:
            invite_plan.record(invitations, message)
            invite_send.write_record(path, record_shown, invitations)
            _list(message)

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
    say(TEXT["sent"].format(count=outcome.sent, path=record_shown))
    return ExitCode.OK


def _prepare(
    found: ContentDir,
    activity: str | None,
    group: int | None,
    leader: str | None,
    as_of: str | None,
    skip_missing: bool,
    output: Path | None,
) -> int:
    """Without --send: each message as an .eml file, and a line for each."""
    from felles.cli.output import write_file
    from felles.names import slug

    loaded, plan, organizer = _plan(found, activity, group, leader, as_of, skip_missing)
    if not plan.messages:
        say(TEXT["nothing"])
        return ExitCode.OK
    folder = FOLDER if output is None else output
    names: set[str] = set()
    for message, mail in _mails(loaded, plan.messages, organizer):
        event = message.event
        stem = event.activity + (f"-gruppe-{event.group}" if event.group is not None else "")
        stem += f"-{slug(message.to.name) or 'leder'}"
        if message.method == "CANCEL":
            stem += "-aflyst"
        name, n = f"{stem}.eml", 1
        while name in names:
            n += 1
            name = f"{stem}-{n}.eml"
        names.add(name)
        write_file(folder / name, bytes(mail), protect=protected(found.path), make_folders=True)
        _list(message)
    say(TEXT["wrote"].format(count=len(plan.messages), path=folder))
    return ExitCode.OK


def _plan(
    found: ContentDir,
    activity: str | None,
    group: int | None,
    leader: str | None,
    as_of: str | None,
    skip_missing: bool,
) -> tuple[Content, Plan, Person]:
    """The content (with the record), what to send, and the organizer; E342 for leaders
    without an address (W320 with --skip-missing), E343 without an organizer."""
    from felles.plan import invite_plan, sessions
    from felles.plan.participants import participants
    from felles.plan.roster import check_group, find_leader
    from felles.plan.schedule import occurrences
    from felles.plan.select import select_activity

    loaded, _ = clean(found, invitations=True)
    zone = loaded.programme.timezone if loaded.programme else None
    since = user_date(as_of, lambda: today(zone))
    name = find_leader(loaded, leader) if leader is not None else None
    if group is not None:
        check_group(loaded, group)
    programme = loaded.programme
    if programme is None or programme.organizer is None:
        raise FellesError("E343", {"path": loaded.display(found.path / "programme.yaml")})
    organizer = invite_plan.Person(programme.organizer.name, programme.organizer.email)
    every = occurrences(loaded)
    chosen = every if activity is None else [select_activity(loaded, activity, since)]
    chosen = [
        o
        for o in chosen
        if participants(o.activity, loaded).involves(loaded, group=group, leader=name)
    ]
    own = loaded.leaders()[name] if name is not None else group
    shown = sessions.calendar(loaded, chosen, own)
    undated = [o for o in shown if not o.fixed and not o.is_over(since)]
    if undated:
        ids = ", ".join(sessions.undated_text(loaded, o, since) for o in undated)
        say(TEXT["undated"].format(ids=ids))
    uids = {e.uid for e in invite_plan.events(loaded, sessions.calendar(loaded, every, None))}
    scope = invite_plan.Scope(chosen[0].activity.id if activity else None, group, name)
    plan = invite_plan.plan(loaded, invite_plan.events(loaded, shown), uids, scope, since)
    if plan.missing:
        from felles.render.invite_text import plain

        names = ", ".join(plain(p.name) for p in plan.missing)
        who = count(len(plan.missing), "deltager", "deltagere")
        if not skip_missing:
            where = _where(loaded, plan.missing[0].name)
            raise FellesError("E342", {"who": who, "path": where, "names": names})
        from felles.codes import render

        warning = render("W320", {"who": who, "names": names})
        say(TEXT["warning"].format(code="W320", message=warning))
    return loaded, plan, organizer


def _where(loaded: Content, name: str) -> str:
    """groups.yaml and the line of the leader's name."""
    shown = loaded.display(loaded.dir.path / "groups.yaml")
    for g, group in enumerate(loaded.groups):
        for m, member in enumerate(group.members):
            if member.name == name:
                line, _ = loaded.where(shown, ("groups", g, "members", m, "name"))
                return f"{shown}:{line}"
    return shown


def _mails(
    loaded: Content, messages: list[Message], organizer: Person
) -> list[tuple[Message, EmailMessage]]:
    from felles.render import ics_description, invite_calendar, invite_mail, invite_text

    now = _now()
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


def _list(message: Message) -> None:
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


def _refuse_packaged(found: ContentDir) -> None:
    """U021: the programme packaged with felles is never written into."""
    from felles import paths

    if found.source == "packaged" or any(paths.inside(found.path, p) for p in protected()):
        raise UsageError("U021", {"path": str(found.path)})


def _now() -> datetime:
    """The DTSTAMP and Date: now, or SOURCE_DATE_EPOCH for reproducible files."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), UTC)
    return datetime.now(UTC)
