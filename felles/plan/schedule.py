"""The programme's activities in time order.

Every activity sorts by the start of its window: one with a fixed day at its day (and
time), one that is only month- (or year-) precise at the first day of its window. Ties
keep the programme's own order, so the workshops of June–November come before the
November seminar they lead up to.

An occurrence is an activity as a whole, or one sparring group's own session of it
(`group` and `session` set: plan/sessions.py makes those). A preparation carries the
title of the activity it prepares (`prepares:`), so the three "Individuel forberedelse"
of phase 1 read apart wherever they are listed (`title`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from typing import Final

from felles.content.load import Content, Phase
from felles.content.model import Activity
from felles.dates import When, span

# User-facing words of this module (Danish), in one place.
TEXT: Final = {
    "prepares": "{title} til »{target}«",
    "group": "{title} (sparringsgruppe {group})",
}


@dataclass(frozen=True)
class Occurrence:
    phase: Phase
    activity: Activity
    start: When
    end: When
    order: int  # position in the content, to keep a stable order
    index: int  # position in the phase's list of activities (for line numbers)
    prepares: str | None = None  # the title of the activity this one prepares
    group: int | None = None  # one sparring group's own session of the activity …
    session: int | None = None  # … at this position in `activity.sessions`

    @property
    def title(self) -> str:
        """The activity's title; a preparation says what it is for ("… til »Workshop …«")."""
        title = self.activity.title
        return (
            TEXT["prepares"].format(title=title, target=self.prepares) if self.prepares else title
        )

    @property
    def label(self) -> str:
        """The title, and the group when this is one group's session ('… (sparringsgruppe 2)')."""
        if self.group is None:
            return self.title
        return TEXT["group"].format(title=self.title, group=self.group)

    @property
    def place(self) -> str | None:
        """The group's own place for its session, else the activity's."""
        if self.session is not None:
            own = self.activity.sessions[self.session].place
            if own:
                return own
        return self.activity.place

    @property
    def loc(self) -> tuple[str | int, ...]:
        """Where its dates stand in the phase file (the session's, for a session)."""
        if self.session is None:
            return ("activities", self.index)
        return ("activities", self.index, "sessions", self.session)

    @property
    def fixed(self) -> bool:
        return self.start.fixed

    @property
    def sort_key(self) -> tuple[datetime, int]:
        return (self.start.first, self.order)

    def is_over(self, today: date) -> bool:
        return self.end.last.date() < today

    def touches(self, first: date, last: date) -> bool:
        """True if the activity can fall on a day between first and last (inclusive)."""
        return self.start.first.date() <= last and self.end.last.date() >= first


def occurrences(content: Content) -> list[Occurrence]:
    """Every activity whose dates parse, in time order (see the module docstring)."""
    found = []
    titles = {activity.id: activity.title for _, _, activity in content.activities()}
    for order, (phase, index, activity) in enumerate(content.activities()):
        parsed = dates_of(activity.when, activity.end)
        if parsed is None:
            continue  # `felles validate` reports it
        prepares = titles.get(activity.prepares) if activity.prepares else None
        found.append(Occurrence(phase, activity, *parsed, order, index, prepares))
    return sorted(found, key=lambda occurrence: occurrence.sort_key)


@lru_cache(maxsize=16384)  # a session's dates are asked for once per group that looks
def dates_of(when: str, end: str | None) -> tuple[When, When] | None:
    """Start and end, or None when a date does not parse or the end lies before the start
    (E304, E305: `felles validate` reports them)."""
    try:
        start, last = span(when, end)
    except ValueError:
        return None
    return None if last.last < start.first else (start, last)
