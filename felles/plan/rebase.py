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

`plan` finds every date in the programme files (programme.yaml's period, the phases'
periods, activities and sessions, survey.yaml's `delete_after`) as the text the author
wrote, and its place in the file, so `felles move` can change those characters and
nothing else: comments, quotes, indentation and line endings stay as written.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, Final

from felles.dates import FIRST_YEAR, LAST_YEAR, When, parse_when

# The keys that hold dates, wherever they stand in a programme file.
DATE_KEYS: Final = frozenset({"start", "end", "when", "delete_after", "from", "until"})
# The keys that end something: a year date becomes its last month when it moves by months.
END_KEYS: Final = frozenset({"end", "until"})
_DATE: Final = re.compile(r"[0-9]{4}(-[0-9]{2}(-[0-9]{2}( [0-9]{2}:[0-9]{2})?)?)?\Z")


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
        raise ValueError(f"{text} kommer uden for årene {FIRST_YEAR}–{LAST_YEAR}")
    return result


@dataclass
class FileMove:
    """The dates of one file, and its text with them moved."""

    path: Path
    text: str
    changes: list[tuple[int, str, str]] = field(default_factory=list)  # (line, old, new)
    new_text: str = ""


Loc = tuple[str | int, ...]


def date_spans(data: Any, spans: dict[Loc, tuple[int, int]]) -> Iterator[tuple[Loc, str]]:
    """(location, date text) of every date in a file's data."""
    stack: list[tuple[Loc, Any]] = [((), data)]
    while stack:
        loc, value = stack.pop()
        if isinstance(value, dict):
            for key, item in value.items():
                if key in DATE_KEYS and isinstance(item, str) and _DATE.match(item.strip()):
                    if (*loc, key) in spans:
                        yield (*loc, key), item
                else:
                    stack.append(((*loc, key), item))
        elif isinstance(value, list):
            stack.extend(((*loc, index), item) for index, item in enumerate(value))


def move_file(
    path: Path,
    text: str,
    data: Any,
    spans: dict[Loc, tuple[int, int]],
    shift: Shift,
) -> FileMove:
    """The file's text with each date moved, changing only the date's own characters."""
    result = FileMove(path, text)
    edits = []
    found = list(date_spans(data, spans))
    new_values = {loc: moved(old.strip(), shift, end=loc[-1] in END_KEYS) for loc, old in found}
    _keep_sessions_inside(new_values)
    for loc, old in found:
        first, last = spans[loc]
        written = text[first:last]
        new = new_values[loc]
        quote = written[0] if written[:1] in ("'", '"') else ""
        edits.append((first, last, f"{quote}{new}{quote}"))
        result.changes.append((text.count("\n", 0, first) + 1, old, new))
    new_text = text
    for first, last, replacement in sorted(edits, reverse=True):
        new_text = new_text[:first] + replacement + new_text[last:]
    result.new_text = new_text
    result.changes.sort()
    return result


def _keep_sessions_inside(values: dict[Loc, str]) -> None:
    """A group's session moved by whole weeks can leave its activity's window, which moved
    by whole months (a session on 30 November, moved a month and five weeks, lands on
    4 January): such a session moves a week at a time (its weekday kept) until it lies in
    the window again, its end with it. Up to five weeks either way; beyond that it is left
    for the rules to report."""
    for loc, text in list(values.items()):
        if len(loc) < 3 or loc[-1] != "when" or loc[-3] != "sessions":
            continue
        activity = loc[:-3]
        start = values.get((*activity, "when"))
        if start is None:
            continue
        try:
            first = parse_when(start).first
            last = parse_when(values.get((*activity, "end")) or start).last
            when = parse_when(text)
        except ValueError:
            continue
        if not when.fixed or first <= when.first <= last:
            continue
        step = -1 if when.first > last else 1
        for weeks in range(1, 6):
            moved_first = when.first + timedelta(weeks=step * weeks)
            if first <= moved_first <= last:
                session = loc[:-1]
                for key in ("when", "end"):
                    old = values.get((*session, key))
                    if old is not None and parse_when(old).fixed:
                        values[(*session, key)] = _weeks_later(old, step * weeks)
                break


def _weeks_later(text: str, weeks: int) -> str:
    when = parse_when(text)
    moment = when.first + timedelta(weeks=weeks)
    return f"{moment:%Y-%m-%d}" + (f" {moment:%H:%M}" if when.precision == "time" else "")
