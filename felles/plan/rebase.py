"""A programme moved to a new first date, every date keeping its precision.

The rule (README, "felles move"): the programme's first date (`period.start` in
programme.yaml) moves to the new start, and every other date moves with it:

- a month-precise date (2018-09) moves by the same whole number of months and stays
  month-precise; a year (2020) by the same whole number of years when the move is whole
  years, else it becomes the month it moves to (a start its first month, an end its
  last): rounding a year would let a phase overlap the one before it;
- a day- or time-precise date (2018-11-08 12:00) moves by the same whole number of
  weeks: the first such date of the programme lands on the new start day when the
  weekday matches, otherwise on the first later day with its weekday (`landing`): a
  Thursday seminar stays a Thursday, 12.00 stays 12.00;
- an open end stays open; the times of an agenda (12:00) are not dates and stay.

Finding the dates in a file and moving them in its text is plan/rebase_file.py.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Final

from felles.dates import FIRST_YEAR, LAST_YEAR, When, parse_when

TEXT: Final = {"outside": "{date} kommer uden for årene {first}–{last}"}


@dataclass(frozen=True)
class Shift:
    months: int  # for month- and year-precise dates (years: months // 12, rounded)
    weeks: int  # for day- and time-precise dates

    @property
    def years(self) -> int:
        return round(self.months / 12)


def shift_between(first: When, start: When, first_day: date | None = None) -> Shift:
    """The move that takes the programme's first date `first` to `start`; days move so that
    `first_day` (the first day-precise date) lands where `landing` says."""
    months = (start.first.year - first.first.year) * 12 + start.first.month - first.first.month
    if first_day is None:
        days = (start.first.date() - first.first.date()).days
        return Shift(months, round(days / 7))
    days = (landing_target(first_day, start, months) - first_day).days
    return Shift(months, math.ceil(days / 7))


def landing_target(first_day: date, start: When, months: int) -> date:
    """Where the first day-precise date should land: the start day itself, or, for a month,
    the same day of the month moved by `months` (the last day of a shorter month)."""
    if start.fixed:
        return start.first.date()
    index = first_day.year * 12 + first_day.month - 1 + months
    year, month = index // 12, index % 12 + 1
    following = date(year + month // 12, month % 12 + 1, 1)
    return date(year, month, min(first_day.day, (following - date(year, month, 1)).days))


def moved(text: str, shift: Shift, *, end: bool = False) -> str:
    """The date `text` moved by `shift`, in the same precision (ValueError if it cannot be);
    `end`: the date ends something (a year moved by months becomes its last month)."""
    when = parse_when(text)
    if when.precision == "year" and shift.months % 12:
        month = 12 if end else 1
        index = when.first.year * 12 + month - 1 + shift.months
        result = f"{index // 12:04d}-{index % 12 + 1:02d}"
    elif when.precision == "year":
        result = f"{when.first.year + shift.months // 12:04d}"
    elif when.precision == "month":
        index = when.first.year * 12 + when.first.month - 1 + shift.months
        result = f"{index // 12:04d}-{index % 12 + 1:02d}"
    else:
        moment: datetime = when.first + timedelta(weeks=shift.weeks)
        result = f"{moment:%Y-%m-%d}" + (f" {moment:%H:%M}" if when.precision == "time" else "")
    year = int(result[:4])
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValueError(TEXT["outside"].format(date=text, first=FIRST_YEAR, last=LAST_YEAR))
    return result
