"""The programme in time: phases as bands, activities as marks and spans on one axis.

Positions are percentages of the axis, so the page can draw the timeline at any
width with CSS alone. The axis runs from the first month anything starts to
the last month anything can end; a phase without an end (open-ended, like
"fra 2020") runs to the end of the axis, which reaches at least to the end of
the window its start names (the year, for a start written "2020").

An activity with a fixed day is a mark on that day (and, when it lasts longer
than a day, a bar to its end). One known only to the month (or year) is a span
over the whole window it can fall in, labelled "dato ikke fastlagt": it is
never given a day. An activity the sparring groups hold for themselves also carries a
mark for each group's session with a fixed day (render/session_marks.py).
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Final

from felles import dates
from felles.content.load import Content, Phase
from felles.plan.schedule import Occurrence, occurrences
from felles.render import session_marks

UNDATED: Final = "dato ikke fastlagt"
NO_ACTIVITIES: Final = "Ingen aktiviteter lagt ind endnu."


@dataclass(frozen=True)
class Tick:
    left: float  # percent of the axis
    label: str
    year: bool  # the first month of a year (or of the axis): a stronger line
    quarter: bool  # January, April, July or October: named on wide screens


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


@dataclass(frozen=True)
class Band:
    id: str
    number: int
    title: str
    period: str
    left: float
    width: float
    open: bool  # no end: the band runs to the end of the axis
    entries: tuple[Entry, ...]


@dataclass(frozen=True)
class Timeline:
    first: date
    last: date  # inclusive
    ticks: tuple[Tick, ...]
    bands: tuple[Band, ...]
    today: float | None  # percent, when the as-of day lies on the axis
    today_text: str  # 'tors. 1. nov. 2018'
    empty: str  # what a phase without activities says
    undated: str  # the label of a span


def build(content: Content, today: date) -> Timeline:
    """The timeline of every phase and activity whose dates parse (`validate` reports the rest)."""
    every = occurrences(content)
    periods = {id(phase): _period(phase) for phase in content.phases}
    starts = [p[0] for p in periods.values() if p is not None] + [
        o.start.first.date() for o in every
    ]
    ends = [p[1] for p in periods.values() if p is not None] + [o.end.last.date() for o in every]
    if content.programme is not None:
        with contextlib.suppress(ValueError):
            starts.append(dates.parse_when(content.programme.period.start).first.date())
    first = min(starts, default=today).replace(day=1)
    last = _month_end(max(ends, default=first))
    axis = Axis(first, last)
    bands = []
    for phase in sorted(content.phases, key=lambda p: (p.meta.number, p.display)):
        period = periods[id(phase)]
        if period is None:
            continue
        own = [o for o in every if o.phase is phase]
        left = axis.at(period[0])
        end = (last if phase.meta.period.end is None else period[1]) + timedelta(days=1)
        bands.append(
            Band(
                phase.meta.id,
                phase.meta.number,
                phase.meta.title,
                dates.period_words(phase.meta.period.start, phase.meta.period.end),
                left,
                round(axis.at(end) - left, 3),
                phase.meta.period.end is None,
                tuple(_entry(o, axis, content, today) for o in own),
            )
        )
    marker = axis.at(today) if first <= today <= last else None
    return Timeline(
        first,
        last,
        axis.ticks(),
        tuple(bands),
        marker,
        dates.short_day(today),
        NO_ACTIVITIES,
        UNDATED,
    )


@dataclass(frozen=True)
class Axis:
    first: date
    last: date

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    def at(self, moment: date | datetime) -> float:
        """The percentage of the axis at the start of this day (or this moment)."""
        if isinstance(moment, datetime):
            offset = (moment - datetime.combine(self.first, datetime.min.time())).total_seconds()
            return round(100 * offset / 86400 / self.days, 3)
        return round(100 * (moment - self.first).days / self.days, 3)

    def ticks(self) -> tuple[Tick, ...]:
        found = []
        month = self.first
        while month <= self.last:
            is_year = month.month == 1 or month == self.first
            label = str(month.year) if is_year else dates.short_month(month)
            found.append(Tick(self.at(month), label, is_year, month.month % 3 == 1))
            month = _month_end(month) + timedelta(days=1)
        return tuple(found)


def _period(phase: Phase) -> tuple[date, date] | None:
    try:
        start, end = dates.span(phase.meta.period.start, phase.meta.period.end)
    except ValueError:
        return None
    return start.first.date(), end.last.date()


def _entry(occurrence: Occurrence, axis: Axis, content: Content, today: date) -> Entry:
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
        dates.describe_span(start, end),
        occurrence.fixed,
        activity.when,
        left,
        round(max(width, 0.0), 3),
        session_marks.marks(occurrence, axis.at),
        session_marks.dated(content, occurrence, today),
    )


def _month_end(day: date) -> date:
    following = (day.replace(day=28) + timedelta(days=4)).replace(day=1)
    return following - timedelta(days=1)
