"""How far the sparring groups are with an activity they hold for themselves, in one line:
'4 af 12 grupper har dato · næste: sparringsgruppe 3, tirs. 21. aug.' (`felles next`, the
site, and the marks on an activity's sessions)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Final

from felles import danish_days

if TYPE_CHECKING:
    from felles.plan.sessions import Summary
    from felles.plan.upcoming import Item


# User-facing words of this module (Danish), in one place.
TEXT: Final = {
    "dated": "{dated} af {groups} grupper har dato",
    "next_session": "næste: sparringsgruppe {group}, {day}",
    "no_next_session": "ingen flere kommende",
}


def group_dates(item: Item, today: date) -> str | None:
    """'4 af 12 grupper har dato · næste: sparringsgruppe 3, tirs. 21. aug.' for an activity the
    groups hold for themselves (None when the groups share the activity's own day)."""
    found = item.group_dates
    if found is None or (item.occurrence.fixed and not item.activity.sessions):
        return None
    return dated_text(found, today)


def dated_text(found: Summary, today: date) -> str:
    text = TEXT["dated"].format(dated=found.dated, groups=found.groups)
    if found.next is not None:
        day = found.next.start.first.date()
        shown = danish_days.short_day(day, year=day.year != today.year)
        return f"{text} · " + TEXT["next_session"].format(group=found.next.group, day=shown)
    if found.dated:
        return f"{text} · " + TEXT["no_next_session"]
    return text
