"""`felles export ics`: the programme as a calendar file (iCalendar) for Outlook, for everyone,
a group or a leader; DTSTAMP is now, or SOURCE_DATE_EPOCH for reproducible files.

Registered by `cli/export.py`.
"""

from __future__ import annotations

import os
import sys
from datetime import UTC, datetime
from typing import Annotated, Final

import typer

from felles.cli.clock import today
from felles.cli.content import clean, content_dir
from felles.cli.options import (
    ContentOption,
    GroupOption,
    OutputOption,
    VerboseOption,
)
from felles.cli.output import protected, say
from felles.errors import ExitCode, UsageError

# What the command says on stderr.
TEXT: Final = {
    "wrote_ics": "Kalenderen med {count} aktiviteter er gemt i {path}.",
    "undated": "{count} aktiviteter uden fast dato er ikke med i kalenderen: {ids}.",
    "undated_one": "1 aktivitet uden fast dato er ikke med i kalenderen: {ids}.",
    "bad_epoch": "SOURCE_DATE_EPOCH (»{value}«) er ikke et helt tal; bruger klokken nu.",
}


def export_ics(
    leader: Annotated[
        str | None,
        typer.Option(
            "--leader",
            metavar="NAVN",
            help="Kun aktiviteter for denne leder (og lederens gruppe).",
            show_default=False,
        ),
    ] = None,
    group: GroupOption = None,
    output: OutputOption = None,
    content: ContentOption = None,
    verbose: VerboseOption = False,
) -> int:
    """Forløbets aktiviteter med fast dato som kalenderfil (.ics) til Outlook."""
    from felles.plan import invite_plan, sessions
    from felles.plan.participants import participants
    from felles.plan.roster import check_group, find_leader
    from felles.plan.schedule import occurrences
    from felles.render import ics

    if leader is not None and group is not None:
        raise UsageError("U035")
    cdir = content_dir(content, verbose)
    loaded, _ = clean(cdir, invitations=True)
    name = find_leader(loaded, leader) if leader is not None else None
    if group is not None:
        check_group(loaded, group)
    chosen = [
        o
        for o in occurrences(loaded)
        if participants(o.activity, loaded).involves(loaded, group=group, leader=name)
    ]
    own = loaded.leaders()[name] if name is not None else group
    shown = sessions.calendar(loaded, chosen, own)
    numbers = invite_plan.sequences(loaded, invite_plan.events(loaded, shown))
    export = ics.build(loaded, shown, _now(), numbers)
    if export.undated:
        day = today(loaded.programme.timezone if loaded.programme else None)
        ids = ", ".join(sessions.undated_text(loaded, o, day) for o in export.undated)
        key = "undated_one" if len(export.undated) == 1 else "undated"
        say(TEXT[key].format(count=len(export.undated), ids=ids))
    if output is None:
        # Bytes, so that the CRLF line endings RFC 5545 wants are not doubled on Windows.
        binary = getattr(sys.stdout, "buffer", None)
        if binary is None:
            sys.stdout.write(export.ics.decode("utf-8"))
        else:
            sys.stdout.flush()
            binary.write(export.ics)
            binary.flush()
    else:
        from felles.cli.output import write_file

        write_file(output, export.ics, protect=protected(cdir.path))
        say(TEXT["wrote_ics"].format(count=len(export.events), path=output))
    return ExitCode.OK


def _now() -> datetime:
    """The DTSTAMP: now, or SOURCE_DATE_EPOCH for reproducible files."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch:
        try:
            return datetime.fromtimestamp(int(epoch), UTC)
        except (ValueError, OverflowError, OSError):
            say(TEXT["bad_epoch"].format(value=epoch))
    return datetime.now(UTC)
