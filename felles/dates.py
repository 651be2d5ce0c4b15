"""Dates with a precision.

Content dates are text with a precision: a year (`2020`), a month (`2018-09`),
a day (`2018-02-22`) or a day and time (`2018-11-08 12:00`), all in the
programme's time zone. A month-precise date is a window, never a day: it is
shown as "dato ikke fastlagt (september 2018)". Week numbers come from
`date.isocalendar()`, never from Babel.

How they read in Danish is danish_days' (days, months, clock times) and span_words'
(a date or span at its own precision); a date a user types is user_dates'.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Final, Literal

Precision = Literal["year", "month", "day", "time"]
LOCALE: Final = "da_DK"
# The years felles reckons with. A programme lies well inside them; at the edges of
# Python's calendar (year 1, 9999) a day more or less, or a time zone, would overflow.
FIRST_YEAR: Final = 1900
LAST_YEAR: Final = 2999
OUT_OF_RANGE: Final = f"årstallet skal ligge mellem {FIRST_YEAR} og {LAST_YEAR}"
# Why a content date cannot be read, and a week as a reader names it.
TEXT: Final = {
    "form": "skriv 2018-11-08 12:00, 2018-11-08, 2018-11 eller 2018",
    "no day": "datoen findes ikke i kalenderen",
    "week": "uge {week}",
    "weeks": "uge {week}–{last}",
}

_WHEN = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2})(?: ([0-9]{2}):([0-9]{2}))?)?)?\Z")


@dataclass(frozen=True, order=True)
class When:
    """A point or window in time, as precise as the author knew it."""

    first: datetime  # the first moment it can mean
    last: datetime  # the last moment it can mean (== first for an exact time)
    precision: Precision

    @property
    def fixed(self) -> bool:
        """True when the day is known."""
        return self.precision in ("day", "time")

    @property
    def text(self) -> str:
        if self.precision == "year":
            return f"{self.first:%Y}"
        if self.precision == "month":
            return f"{self.first:%Y-%m}"
        if self.precision == "day":
            return f"{self.first:%Y-%m-%d}"
        return f"{self.first:%Y-%m-%d %H:%M}"


def parse_when(text: str) -> When:
    """Parse a content date; ValueError (with a Danish reason) if it is not a real one."""
    match = _WHEN.match(text.strip())
    if match is None:
        raise ValueError(TEXT["form"])
    year, month, day, hour, minute = match.groups()
    y = int(year)
    if not FIRST_YEAR <= y <= LAST_YEAR:
        raise ValueError(OUT_OF_RANGE)
    try:
        if month is None:
            return When(datetime(y, 1, 1), datetime(y, 12, 31, 23, 59), "year")
        m = int(month)
        if day is None:
            last_day = _days_in_month(y, m) if 1 <= m <= 12 else 0
            return When(datetime(y, m, 1), datetime(y, m, last_day, 23, 59), "month")
        d = datetime(y, m, int(day))
        if hour is None:
            return When(d, d.replace(hour=23, minute=59), "day")
        exact = d.replace(hour=int(hour), minute=int(minute))
        return When(exact, exact, "time")
    except ValueError:
        raise ValueError(TEXT["no day"]) from None


def _days_in_month(year: int, month: int) -> int:
    following = date(year + month // 12, month % 12 + 1, 1)
    return (following - date(year, month, 1)).days


def span(when: str, end: str | None) -> tuple[When, When]:
    """Start and end of an activity or period; the end defaults to the start."""
    start = parse_when(when)
    return start, (parse_when(end) if end else start)


def iso_week(day: date) -> str:
    return TEXT["week"].format(week=day.isocalendar().week)
