"""A day of the seeds' cohort as a phase text names it ("8.–9. november 2018", over a line
break too), read and written again (`felles init --start`: plan/cohort.py).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Final

from felles.danish_days import MONTHS

MONTH_WORDS: Final = "|".join(MONTHS)
# A day of the old programme, in words that may run over a line break (folded YAML).
DAY: Final = re.compile(
    r"(?P<lead>\s+(?:d\.|den)\s+|\s+)?"
    r"(?P<first>[0-9]{1,2})\.(?:\s*[–-]\s*(?P<last>[0-9]{1,2})\.)?\s+"
    rf"(?P<month>{MONTH_WORDS})\s+(?P<year>[0-9]{{4}})\b",
    re.IGNORECASE,
)


def day_of(match: re.Match[str]) -> date | None:
    try:
        month = MONTHS.index(match.group("month").lower()) + 1
        return date(int(match.group("year")), month, int(match.group("first")))
    except ValueError:
        return None


def day_words(first: date, last: date | None) -> str:
    """'3. september 2027', '10.–11. februar 2028' or '30. september – 1. oktober 2027'."""
    if last is None or last == first:
        return f"{first.day}. {MONTHS[first.month - 1]} {first.year}"
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}.–{last.day}. {MONTHS[first.month - 1]} {first.year}"
    return (
        f"{first.day}. {MONTHS[first.month - 1]} – {last.day}. {MONTHS[last.month - 1]} {last.year}"
    )


SHORT_MONTHS: Final = {
    **{name: n for n, name in enumerate(MONTHS, 1)},
    **{"jan": 1, "feb": 2, "febr": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8},
    **{"sep": 9, "sept": 9, "okt": 10, "nov": 11, "dec": 12},
}
SHORT_WORDS: Final = "|".join(sorted(SHORT_MONTHS, key=len, reverse=True))


def short_day(match: re.Match[str], days: frozenset[date], shift: timedelta) -> str:
    """The seeds' short form of an old day ("8.-9. nov") as the new day, when exactly one
    day of the old programme fits it."""
    month = SHORT_MONTHS[match.group("smonth").lower()]
    day, year = int(match.group("sfirst")), match.group("syear")
    fits = [
        d for d in days if (d.month, d.day) == (month, day) and (not year or d.year == int(year))
    ]
    if len(fits) != 1:
        return match.group(0)
    first = fits[0]
    last = first + timedelta(days=int(match.group("slast")) - day) if match.group("slast") else None
    return day_words(first + shift, last + shift if last else None)
