"""The programme's activities in time order.

Every activity sorts by the start of its window: one with a fixed day at its day (and
time), one that is only month- (or year-) precise at the first day of its window. Ties
keep the programme's own order, so the workshops of June–November come before the
November seminar they lead up to.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from felles.content.load import Content, Phase
from felles.content.model import Activity
from felles.dates import When, span
from felles.plan.participants import participants


@dataclass(frozen=True)
class Occurrence:
    phase: Phase
    activity: Activity
    start: When
    end: When
    order: int  # position in the content, to keep a stable order
    index: int  # position in the phase's list of activities (for line numbers)

    @property
    def fixed(self) -> bool:
        return self.start.fixed

    @property
    def sort_key(self) -> tuple[datetime, int]:
        return (self.start.first, self.order)

    def is_over(self, today: date) -> bool:
        return self.end.last.date() < today

    def is_running(self, today: date) -> bool:
        """Started and not ended (only meaningful for fixed dates)."""
        return (
            self.fixed
            and self.start.first.date() <= today <= self.end.last.date()
            and (self.start.first.date() < today or self.end.last.date() > today)
        )

    def touches(self, first: date, last: date) -> bool:
        """True if the activity can fall on a day between first and last (inclusive)."""
        return self.start.first.date() <= last and self.end.last.date() >= first


def occurrences(content: Content) -> list[Occurrence]:
    """Every activity whose dates parse, in time order (see the module docstring)."""
    found = []
    for order, (phase, index, activity) in enumerate(content.activities()):
        try:
            start, end = span(activity.when, activity.end)
        except ValueError:
            continue  # `felles validate` reports it
        if end.last < start.first:
            continue  # E305: `felles validate` reports it
        found.append(Occurrence(phase, activity, start, end, order, index))
    return sorted(found, key=lambda occurrence: occurrence.sort_key)


def next_workshop(content: Content, group: int, today: date) -> Occurrence | None:
    """The group's first workshop that is not over, dated or not."""
    for occurrence in occurrences(content):
        activity = occurrence.activity
        if (
            activity.type == "workshop"
            and not occurrence.is_over(today)
            and participants(activity, content).involves(content, group=group)
        ):
            return occurrence
    return None
