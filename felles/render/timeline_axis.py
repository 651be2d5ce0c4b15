"""The timeline's axis: days as percentages of it, and a tick at each month (a stronger one
at each year)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from felles import danish_days


@dataclass(frozen=True)
class Tick:
    left: float  # percent of the axis
    label: str
    year: bool  # the first month of a year (or of the axis): a stronger line
    quarter: bool  # January, April, July or October: named on wide screens


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
            label = str(month.year) if is_year else danish_days.short_month(month)
            found.append(Tick(self.at(month), label, is_year, month.month % 3 == 1))
            month = month_end(month) + timedelta(days=1)
        return tuple(found)


def month_end(day: date) -> date:
    following = (day.replace(day=28) + timedelta(days=4)).replace(day=1)
    return following - timedelta(days=1)
