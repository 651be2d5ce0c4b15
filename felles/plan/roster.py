"""The roster in time: who is a member of the forum when.

A member of a sparring group may carry `from` (joined) and `until` (left), each a
content date of any precision. A leader takes part in an activity when their
membership and the activity's time overlap: they joined before the activity ends
(`from` ≤ its last moment) and left after it began (`until` > its first moment: a
leader with `until: 2019-01` is in nothing that begins in January 2019 or later).
Nobody leaves the roster: earlier pairs, survey rounds and drafts keep naming a leader
who has left, and stay valid; `left_by` tells the commands who has left at a day.

A date that cannot be read counts as no date here (the model rule reports it).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, NamedTuple

from felles import names
from felles.dates import parse_when
from felles.errors import UsageError
from felles.words import group_numbers

if TYPE_CHECKING:
    from felles.content.load import Content
    from felles.content.model import Activity, Member


class Span(NamedTuple):
    joined: datetime | None  # the first moment the leader is a member (None: from the start)
    left: datetime | None  # the first moment the leader is no longer one (None: still is)
    joined_text: str | None  # as written
    left_text: str | None


def _first(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        return parse_when(text).first
    except ValueError:
        return None


def span(member: Member) -> Span:
    return Span(_first(member.joined), _first(member.left), member.joined, member.left)


def spans(content: Content) -> dict[str, Span]:
    """Every leader with a `from` or `until`, by name (the first entry of a name counts)."""
    found: dict[str, Span] = {}
    for group in content.groups:
        for member in group.members:
            if (member.joined or member.left) and member.name not in found:
                found[member.name] = span(member)
    return found


def present(member_span: Span, first: datetime, last: datetime) -> bool:
    """Is the leader a member at some moment of [first, last]?"""
    if member_span.left is not None and member_span.left <= first:
        return False
    return member_span.joined is None or member_span.joined <= last


def activity_window(activity: Activity) -> tuple[datetime, datetime] | None:
    """The first and last moment of an activity (None if its dates cannot be read)."""
    try:
        start = parse_when(activity.when)
        end = parse_when(activity.end) if activity.end else start
    except ValueError:
        return None
    return start.first, max(end.last, start.first)


def absent(content: Content, activity: Activity) -> frozenset[str]:
    """The leaders who are no members while `activity` takes place."""
    found = spans(content)
    if not found:
        return frozenset()
    window = activity_window(activity)
    if window is None:
        return frozenset()
    return frozenset(name for name, s in found.items() if not present(s, *window))


def left_by(content: Content, name: str, day: date) -> str | None:
    """The `until` as written if leader `name` has left by `day`, else None."""
    found = spans(content).get(name)
    if found is None or found.left is None or found.left.date() > day:
        return None
    return found.left_text


def joins_after(content: Content, name: str, day: date) -> str | None:
    """The `from` as written if leader `name` joins after `day`, else None."""
    found = spans(content).get(name)
    if found is None or found.joined is None or found.joined.date() <= day:
        return None
    return found.joined_text


def members_for(content: Content, number: int, activity: Activity) -> list[str]:
    """Sparring group `number`'s members who are members while `activity` takes place."""
    gone = absent(content, activity)
    return [name for name in content.members(number) if name not in gone]


def leaders_in_phase(content: Content, phase_id: str) -> dict[str, int]:
    """The leaders (name → group, in the order of groups.yaml) who are members at some time
    during phase `phase_id` (a survey round's leaders); every leader for an unknown phase."""
    everyone = content.leaders()
    found = spans(content)
    phase = next((p for p in content.phases if p.meta.id == phase_id), None)
    if not found or phase is None:
        return everyone
    try:
        first = parse_when(phase.meta.period.start).first
        end = phase.meta.period.end
        last = parse_when(end).last if end else datetime.max
    except ValueError:
        return everyone
    return {
        name: group
        for name, group in everyone.items()
        if name not in found or present(found[name], first, last)
    }


def find_leader(content: Content, query: str) -> str:
    """The leader `query` means (forgiving spelling); U001 with the closest names if none."""
    leaders = content.leaders()
    name, close = names.find_name(query, leaders)
    if name is None:
        key = names.match_key(query)
        close = close or [n for n in leaders if key and key in names.match_key(n)][:3]
        raise UsageError("U001", {"name": query, "hint": names.suggestion(close)})
    return name


def check_group(content: Content, number: int) -> None:
    """U010 unless `number` is a sparring group, naming the groups there are."""
    numbers = [g.number for g in content.groups]
    if number not in numbers:
        raise UsageError("U010", {"group": number, "known": group_numbers(numbers)})
