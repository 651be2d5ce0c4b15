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
mark for each group's session with a fixed day (render/session_marks.py). The axis is
timeline_axis', an activity's mark or span timeline_entry's.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Final

from felles import danish_days, dates, span_words
from felles.content.load import Content, Phase
from felles.plan.schedule import occurrences
from felles.render.timeline_axis import Axis, Tick, month_end
from felles.render.timeline_entry import Entry, entry

UNDATED: Final = "dato ikke fastlagt"
NO_ACTIVITIES: Final = "Ingen aktiviteter lagt ind endnu."


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
    last = month_end(max(ends, default=first))
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
                span_words.period_words(phase.meta.period.start, phase.meta.period.end),
                left,
                round(axis.at(end) - left, 3),
                phase.meta.period.end is None,
                tuple(entry(o, axis, content, today) for o in own),
            )
        )
    marker = axis.at(today) if first <= today <= last else None
    return Timeline(
        first,
        last,
        axis.ticks(),
        tuple(bands),
        marker,
        danish_days.short_day(today),
        NO_ACTIVITIES,
        UNDATED,
    )


def _period(phase: Phase) -> tuple[date, date] | None:
    try:
        start, end = dates.span(phase.meta.period.start, phase.meta.period.end)
    except ValueError:
        return None
    return start.first.date(), end.last.date()
