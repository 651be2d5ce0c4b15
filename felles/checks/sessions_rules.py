"""Rules over the sparring groups' own sessions (`sessions:` of a `who: grupper` activity).

Each finding stands at the session's own line: a session on an activity the groups do
not hold for themselves (E311, at `sessions`), for a group that does not exist (E309)
or does not take part (E312), a group twice (E310), a date that is no date or ends
before it begins (E304, E305), a date outside the activity's window (W307), and a
group's sessions in another order than the phase lists its activities (W308).

The calendar rules (holidays, weekends, clashes and what still needs a date:
checks/calendar_rules.py) see every session as the group's own occurrence.
"""

from __future__ import annotations

from collections.abc import Iterator

from felles.checks.common import at
from felles.checks.programme import check_span
from felles.content.load import Content, Phase
from felles.dates import When
from felles.findings import Finding
from felles.plan.schedule import dates_of
from felles.span_words import describe_span, range_words
from felles.words import group_numbers

Window = tuple[When, When]


def check(content: Content) -> Iterator[Finding]:
    for phase in content.phases:
        yield from _phase(content, phase)


def _phase(content: Content, phase: Phase) -> Iterator[Finding]:
    known = {group.number for group in content.groups}
    # Per group, the last session seen in this phase: (title, when, its window).
    latest: dict[int, tuple[str, str, Window]] = {}
    for a, activity in enumerate(phase.meta.activities):
        if not activity.sessions:
            continue
        loc = ("activities", a)
        if activity.who != "grupper":
            yield at(
                content,
                phase.display,
                (*loc, "sessions"),
                "E311",
                title=activity.title,
                who=activity.who,
            )
            continue
        window = dates_of(activity.when, activity.end)
        first_line: dict[int, int] = {}
        for s, session in enumerate(activity.sessions):
            where = (*loc, "sessions", s)
            number = session.group
            if content.groups and number not in known:
                yield at(
                    content,
                    phase.display,
                    (*where, "group"),
                    "E309",
                    group=number,
                    known=group_numbers(list(known)),
                )
                continue
            if activity.groups and number not in activity.groups:
                yield at(
                    content,
                    phase.display,
                    (*where, "group"),
                    "E312",
                    group=number,
                    title=activity.title,
                    groups=group_numbers(list(activity.groups)),
                )
                continue
            if number in first_line:
                yield at(
                    content,
                    phase.display,
                    (*where, "group"),
                    "E310",
                    group=number,
                    title=activity.title,
                    first=first_line[number],
                )
                continue
            first_line[number] = content.where(phase.display, (*where, "group"))[0]
            spans: list[Window] = []
            yield from check_span(
                content, phase.display, where, session.when, session.end, ("when", "end"), spans
            )
            if not spans:
                continue
            own = spans[0]
            if window is not None and _outside(own, window):
                yield at(
                    content,
                    phase.display,
                    (*where, "when"),
                    "W307",
                    group=number,
                    when=range_words(*own),
                    title=activity.title,
                    window=_words(window),
                )
            before = latest.get(number)
            if before is not None and own[0].last < before[2][0].first:
                yield at(
                    content,
                    phase.display,
                    (*where, "when"),
                    "W308",
                    group=number,
                    title=activity.title,
                    when=describe_span(*own),
                    other=before[0],
                    other_when=before[1],
                )
            latest[number] = (activity.title, describe_span(*own), own)


def _outside(own: Window, window: Window) -> bool:
    return own[0].first < window[0].first or own[1].last > window[1].last


def _words(window: Window) -> str:
    """'juni – november 2018', or the fixed days: the activity's window in words."""
    start, end = window
    return describe_span(start, end) if start.fixed else range_words(start, end)
