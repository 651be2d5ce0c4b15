"""Which activity or phase a user means: by id, by day, with suggestions when unclear."""

from __future__ import annotations

import dataclasses
import difflib
from datetime import date
from typing import Final

from felles import danish_days, span_words, user_dates
from felles.content.load import Content, Phase
from felles.errors import UsageError
from felles.names import suggestion
from felles.plan.schedule import Occurrence, occurrences

TEXT: Final = {"none fixed": "ingen aktiviteter har en fast dato"}


def select_activity(content: Content, query: str, today: date) -> Occurrence:
    """The occurrence for an activity id or a day; UsageError with help otherwise."""
    every = occurrences(content)
    for occurrence in every:
        if occurrence.activity.id == query:
            return occurrence
    try:
        day = user_dates.parse_user_date(query, today)
    except ValueError:
        close = close_ids(query, [occurrence.activity.id for occurrence in every])
        raise UsageError("U030", {"query": query, "hint": suggestion(close)}) from None
    on_day = [o for o in every if o.fixed and o.touches(day, day)]
    if len(on_day) == 1:
        return on_day[0]
    if not on_day:
        raise UsageError("U031", {"day": danish_days.short_day(day), "nearby": _nearby(every, day)})
    listing = "\n".join(
        f"  {o.activity.id}  {o.activity.title}  ({span_words.describe_span(o.start, o.end)})"
        for o in on_day
    )
    raise UsageError(
        "U032", {"day": danish_days.short_day(day), "count": len(on_day), "listing": listing}
    )


def close_ids(query: str, ids: list[str]) -> list[str]:
    """Ids to suggest: those containing what was typed, then the most similar (at most 3)."""
    typed = query.strip().lower()
    containing = [i for i in ids if typed and typed in i]
    similar = difflib.get_close_matches(typed, ids, n=3, cutoff=0.6)
    return list(dict.fromkeys(containing + similar))[:3]


def _nearby(every: list[Occurrence], day: date) -> str:
    fixed = [o for o in every if o.fixed]
    if not fixed:
        return TEXT["none fixed"]

    def distance(occurrence: Occurrence) -> int:
        first, last = occurrence.start.first.date(), occurrence.end.last.date()
        return min(abs((first - day).days), abs((last - day).days))

    closest = sorted(sorted(fixed, key=distance)[:3], key=lambda o: o.sort_key)
    return ", ".join(
        f"{o.activity.id} ({danish_days.short_day(o.start.first.date())})" for o in closest
    )


def select_phase(content: Content, query: str) -> tuple[Phase, list[Occurrence]]:
    """The phase with this id and its activities in the order the phase file gives them: a
    phase's agenda reads as its author wrote it (the kick-off first, then each step)."""
    ids = [phase.meta.id for phase in content.phases]
    for phase in content.phases:
        if phase.meta.id == query:
            own = [o for o in occurrences(content) if o.phase is phase]
            return phase, sorted(own, key=lambda o: o.index)
    close = close_ids(query, ids)
    raise UsageError("U033", {"query": query, "hint": suggestion(close), "known": ", ".join(ids)})


def for_group(
    content: Content, chosen: list[Occurrence], group: int, *, whole_phase: bool
) -> list[Occurrence]:
    """The chosen activities as one sparring group meets them (`export agenda --group`): a
    single activity must be one the groups hold for themselves (U086) and include the group
    (U087); a phase keeps the activities that concern the group."""
    from felles.plan import sessions
    from felles.plan.participants import participants
    from felles.plan.roster import check_group

    check_group(content, group)
    if not whole_phase:
        (occurrence,) = chosen
        activity = occurrence.activity
        who = participants(activity, content)
        if activity.who != "grupper":
            raise UsageError("U086", {"title": activity.title, "who": who.text})
        if not who.involves(content, group=group):
            raise UsageError("U087", {"group": group, "title": activity.title, "who": who.text})
    return [
        _group_view(sessions.own(o, group), group) if o.activity.who == "grupper" else o
        for o in chosen
        if participants(o.activity, content).involves(content, group=group)
    ]


def _group_view(occurrence: Occurrence, group: int) -> Occurrence:
    """The group's own occurrence, also when it has no session: the group's agenda lists the
    group alone, at the activity's dates."""
    if occurrence.group is not None:
        return occurrence
    return dataclasses.replace(occurrence, group=group)
