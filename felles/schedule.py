"""The programme's activities in time order, and who takes part in each.

An activity with a fixed day sorts by its start. One that is only month- (or
year-) precise sorts by the last day it can fall on: that is the date by which
a coordinator must have fixed it, and it keeps "dato ikke fastlagt" items from
jumping ahead of dated ones in the same month.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from felles.content import Content, Phase
from felles.dates import When, span
from felles.model import Activity


@dataclass(frozen=True)
class Occurrence:
    phase: Phase
    activity: Activity
    start: When
    end: When
    order: int  # position in the content, to keep a stable order

    @property
    def fixed(self) -> bool:
        return self.start.fixed

    @property
    def sort_key(self) -> tuple[datetime, int]:
        return (self.start.first if self.fixed else self.end.last, self.order)

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
    for order, (phase, _, activity) in enumerate(content.activities()):
        try:
            start, end = span(activity.when, activity.end)
        except ValueError:
            continue  # `felles validate` reports it
        found.append(Occurrence(phase, activity, start, end, order))
    return sorted(found, key=lambda occurrence: occurrence.sort_key)


def involves(
    activity: Activity, content: Content, *, group: int | None = None, leader: str | None = None
) -> bool:
    """Does the activity concern this group (or this leader and their group)?"""
    if leader is not None:
        if activity.leaders:
            return leader in activity.leaders
        group = content.leaders().get(leader)
    if group is None:
        return True
    if activity.leaders:
        members = {m.name for g in content.groups if g.number == group for m in g.members}
        return bool(members & set(activity.leaders))
    return not activity.groups or group in activity.groups


def next_workshop(content: Content, group: int, today: date) -> Occurrence | None:
    """The group's first workshop that is not over, dated or not."""
    for occurrence in occurrences(content):
        activity = occurrence.activity
        if (
            activity.type == "workshop"
            and not occurrence.is_over(today)
            and involves(activity, content, group=group)
        ):
            return occurrence
    return None
