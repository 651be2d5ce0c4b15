"""The sparring groups' own dates on the overview page: marks on the timeline, and each
group's dates in its card (`site.py`, `timeline.py`).

A session with a fixed day is a small round mark in its activity's row, titled with the
group, the day and the place; the row says how many groups have a date. Each group's card
lists the activities the group holds for itself at the group's own dates (only when the
content gives some group a date of its own: otherwise every group shares the activity's).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Final

from felles import span_words
from felles.content.load import Content
from felles.plan import sessions
from felles.plan.schedule import Occurrence

TEXT: Final = {"mark": "Sparringsgruppe {group}: {when}", "held": "afholdt"}


@dataclass(frozen=True)
class Mark:
    group: int
    left: float  # percent of the axis
    title: str  # 'Sparringsgruppe 2: tors. 23. aug. 2018 kl. 13.00–16.00, Dokk1'
    start: str  # the content's own date text


def marks(occurrence: Occurrence, at: Callable[[date | datetime], float]) -> tuple[Mark, ...]:
    """A mark for each group's session with a fixed day, in time order; `at` places a day
    or a moment on the timeline's axis (`timeline_axis.Axis.at`)."""
    found = sorted((s for s in sessions.of(occurrence) if s.fixed), key=lambda s: s.sort_key)
    return tuple(
        Mark(
            s.group or 0,
            at(s.start.first if s.start.precision == "time" else s.start.first.date()),
            TEXT["mark"].format(group=s.group, when=_when(s)),
            s.start.text,
        )
        for s in found
    )


def dated(content: Content, occurrence: Occurrence, today: date) -> str | None:
    """'3 af 12 grupper har dato' for a group activity (its marks show which and when; the
    next session is in the page's list of what comes next)."""
    from felles.render import group_dates_text

    found = sessions.summary(content, occurrence, today)
    if found is None or (occurrence.fixed and not occurrence.activity.sessions):
        return None
    return group_dates_text.TEXT["dated"].format(dated=found.dated, groups=found.groups)


def group_dates(content: Content, today: date) -> dict[int, list[dict[str, Any]]]:
    """Each group's own dates for the activities it holds for itself (none without
    sessions), by group number."""
    if not sessions.any_sessions(content):
        return {}
    return {
        number: [
            {
                "id": o.activity.id,
                "title": o.title,
                "when": _when(o),
                "held": TEXT["held"] if o.fixed and o.is_over(today) else None,
            }
            for o in plan
        ]
        for number, plan in sessions.plans(content).items()
    }


def _when(occurrence: Occurrence) -> str:
    text = span_words.describe_span(occurrence.start, occurrence.end)
    return f"{text}, {occurrence.place}" if occurrence.place else text
