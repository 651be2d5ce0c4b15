"""An activity on the timeline: a mark on its fixed day (a bar to its end when it lasts
longer than a day), or a span over the whole window it can fall in, with a mark for each
group's own session (render/session_marks.py)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from felles import span_words
from felles.content.load import Content
from felles.plan.schedule import Occurrence
from felles.render import session_marks
from felles.render.timeline_axis import Axis


@dataclass(frozen=True)
class Entry:
    id: str
    title: str
    type: str
    when: str  # Danish, as `felles next` writes it
    fixed: bool
    start: str  # the content's own date text, for data attributes
    left: float
    width: float  # percent; 0 for a mark on one day
    sessions: tuple[session_marks.Mark, ...] = ()  # each group's own day
    dated: str | None = None  # '3 af 12 grupper har dato · næste: …'


def entry(occurrence: Occurrence, axis: Axis, content: Content, today: date) -> Entry:
    activity, start, end = occurrence.activity, occurrence.start, occurrence.end
    left = axis.at(start.first if start.precision == "time" else start.first.date())
    if occurrence.fixed:
        if end.precision == "time":
            stop = axis.at(end.first)
        else:
            stop = axis.at(end.first.date() + timedelta(days=1))
        width = stop - left if (end.first.date() - start.first.date()).days >= 1 else 0.0
    else:
        width = axis.at(end.last.date() + timedelta(days=1)) - left
    return Entry(
        activity.id,
        occurrence.title,
        activity.type,
        span_words.describe_span(start, end),
        occurrence.fixed,
        activity.when,
        left,
        round(max(width, 0.0), 3),
        session_marks.marks(occurrence, axis.at),
        session_marks.dated(content, occurrence, today),
    )
