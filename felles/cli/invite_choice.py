"""What `felles invite` sends: the content with its record of sent invitations, the plan
(plan/invite_plan.py) for the chosen activity, group or leader, and the organizer."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from felles.cli.clock import today, user_date
from felles.cli.content import clean
from felles.cli.output import say
from felles.errors import FellesError
from felles.words import count

if TYPE_CHECKING:
    from felles.content.load import Content
    from felles.content.locate import ContentDir
    from felles.plan.invite_plan import Person, Plan

TEXT: Final = {
    "undated": "Uden fast dato, så ingen invitation endnu: {ids}.",
    "warning": "Advarsel {code}: {message}",
}
NOTHING: Final = "Intet at sende: alle har fået den seneste udgave af deres invitationer."


def choose(
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
