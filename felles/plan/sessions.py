"""Each sparring group's own date for an activity the groups hold for themselves.

An activity with `who: grupper` is held by every sparring group on its own. Its
`when`/`end` is the window the programme gives; `sessions:` gives a group its own date
(and place) inside it. A group without a session (or whose session does not parse:
`felles validate` reports it) keeps the activity's own dates.

`own` is one group's view of an activity; `summary` the programme's view (how many
groups have a fixed day, and the next session); `needs_date` what still needs a day
within the planning horizon, group by group.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import date
from typing import Final, NamedTuple

from felles.content.load import Content
from felles.content.model import Activity
from felles.plan.schedule import Occurrence, dates_of, occurrences

# User-facing words of this module (Danish), in one place.
TEXT: Final = {"undated": "{id} ({count} af {total} grupper)"}


class Summary(NamedTuple):
    """How far the groups have come in dating an activity."""

    dated: int  # groups with a fixed day (their own session's)
    groups: int  # groups holding the activity
    next: Occurrence | None  # the first session with a fixed day that is not over
    undated: tuple[int, ...]  # groups without a fixed day, in number order


def holding(content: Content, activity: Activity) -> tuple[int, ...]:
    """The groups that hold a `who: grupper` activity: those it names, else every group."""
    if activity.groups:
        return tuple(sorted(set(activity.groups)))
    return tuple(sorted(content.by_group()))


def of(occurrence: Occurrence) -> Iterator[Occurrence]:
    """Every session of the activity whose dates parse, as written (the first per group)."""
    if occurrence.activity.who != "grupper":
        return
    for index in first_sessions(occurrence.activity).values():
        session = _session(occurrence, index)
        if session is not None:
            yield session


def own(occurrence: Occurrence, group: int, first: dict[int, int] | None = None) -> Occurrence:
    """The group's own occurrence: its session if it has one, else the activity itself.
    `first` is `first_sessions(activity)`, for a caller asking for many groups."""
    activity = occurrence.activity
    if occurrence.group is not None or not activity.sessions or activity.who != "grupper":
        return occurrence
    index = (first if first is not None else first_sessions(activity)).get(group)
    found = None if index is None else _session(occurrence, index)
    return occurrence if found is None else found


def first_sessions(activity: Activity) -> dict[int, int]:
    """Each group's first session, by its index, in the order written (E310: the first one
    counts, even when its date does not parse, E304)."""
    first: dict[int, int] = {}
    for index, session in enumerate(activity.sessions):
        first.setdefault(session.group, index)
    return first


def _session(occurrence: Occurrence, index: int) -> Occurrence | None:
    """The activity's session at `index` as an occurrence; None if its dates do not parse."""
    session = occurrence.activity.sessions[index]
    parsed = dates_of(session.when, session.end)
    if parsed is None:
        return None
    return Occurrence(
        occurrence.phase,
        occurrence.activity,
        *parsed,
        occurrence.order,
        occurrence.index,
        occurrence.prepares,
        session.group,
        index,
    )


def for_group(every: Iterable[Occurrence], group: int) -> list[Occurrence]:
    """Each activity as the group meets it, in the time order of the group's own dates."""
    return sorted((own(o, group) for o in every), key=lambda o: o.sort_key)


def summary(content: Content, occurrence: Occurrence, today: date) -> Summary | None:
    """The programme's view of a `who: grupper` activity; None for any other (or a session)."""
    activity = occurrence.activity
    if activity.who != "grupper" or occurrence.group is not None:
        return None
    groups = holding(content, activity)
    mine = {s.group: s for s in of(occurrence) if s.group in groups}
    dated = {g: s for g, s in mine.items() if s.fixed}
    if occurrence.fixed:  # the activity's own day is every other group's day
        dated |= {g: occurrence for g in groups if g not in mine}
    ahead = [s for s in dated.values() if s.group is not None and not s.is_over(today)]
    first = min(ahead, key=lambda s: (s.sort_key, s.group or 0), default=None)
    undated = tuple(g for g in groups if g not in dated)
    return Summary(len(dated), len(groups), first, undated)


def needs_date(content: Content, occurrence: Occurrence, today: date, last: date) -> list[int]:
    """The groups (or [0] for an activity as a whole) that have no fixed day yet for an
    occurrence that may fall between `today` and `last` and is not over."""
    if occurrence.group is not None or occurrence.activity.who != "grupper":
        return [] if _fixed_or_far(occurrence, today, last) else [0]
    found = []
    first = first_sessions(occurrence.activity)
    for group in holding(content, occurrence.activity):
        if not _fixed_or_far(own(occurrence, group, first), today, last):
            found.append(group)
    return found


def _fixed_or_far(occurrence: Occurrence, today: date, last: date) -> bool:
    return occurrence.fixed or occurrence.is_over(today) or not occurrence.touches(today, last)


def calendar(content: Content, chosen: list[Occurrence], group: int | None) -> list[Occurrence]:
    """What a calendar of `chosen` holds: for a group, each activity at the group's own date;
    for the whole programme, every activity and every group's session with a fixed day. An
    activity the groups date for themselves stays in (to be named as without a date) while
    a group still lacks a fixed day."""
    if group is not None:
        return for_group(chosen, group)
    found = []
    for occurrence in chosen:
        own_dates = [s for s in of(occurrence) if s.fixed]
        found += own_dates
        dated = {s.group for s in own_dates}
        holders = holding(content, occurrence.activity)
        if not own_dates or occurrence.fixed or any(g not in dated for g in holders):
            found.append(occurrence)
    return sorted(found, key=lambda o: o.sort_key)


def undated_text(content: Content, occurrence: Occurrence, today: date) -> str:
    """'workshop-1', or 'workshop-1 (9 af 12 grupper)' when some groups have their own day."""
    found = summary(content, occurrence, today)
    if found is None or not found.dated:
        return occurrence.activity.id
    return TEXT["undated"].format(
        id=occurrence.activity.id, count=len(found.undated), total=found.groups
    )


def held_by_groups(activity: Activity) -> bool:
    """Is this an activity each sparring group holds for itself?"""
    return activity.who == "grupper"


def plans(
    content: Content,
    keep: Callable[[Activity], bool] = held_by_groups,
    groups: Iterable[int] | None = None,
) -> dict[int, list[Occurrence]]:
    """The activities `keep` picks for each of `groups` (every group of the programme when
    None), in programme order, at the group's own dates: one pass over the programme for
    all of them (not one per group)."""
    from felles.plan.participants import participants

    numbers = content.group_numbers() if groups is None else groups
    found: dict[int, list[Occurrence]] = {number: [] for number in numbers}
    for o in sorted(occurrences(content), key=lambda o: o.order):
        if not keep(o.activity):
            continue
        first = first_sessions(o.activity)
        for number in dict.fromkeys(participants(o.activity, content).groups):  # [3, 3]: once
            if number in found:
                found[number].append(own(o, number, first))
    return found


def group_plan(
    content: Content, group: int, keep: Callable[[Activity], bool] = held_by_groups
) -> list[Occurrence]:
    """One group's activities that `keep` picks, in programme order, at its own dates."""
    return plans(content, keep, (group,))[group]


def any_sessions(content: Content) -> bool:
    """Does any activity give a group its own date?"""
    return any(activity.sessions for _, _, activity in content.activities())
