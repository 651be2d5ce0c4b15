"""Danish holidays: the public ones and the days most municipal leaders have off.

The `holidays` package answers this too, but importing it costs more than all of
`felles validate` (it reads its own version from the package metadata and loads
dateutil); the Danish calendar is a handful of fixed days and days counted from
Easter. `tests/unit/plan/test_holidays.py` checks every day of 1900–2100 (the years
the package covers) against the `holidays` package (categories public and optional,
language da), so the names and dates stay exactly its own.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import cache
from typing import Final

# (month, day, name): the same every year.
_FIXED: Final = (
    (1, 1, "Nytårsdag"),
    (12, 25, "Juledag"),
    (12, 26, "Anden juledag"),
)
# Not public holidays by law, but days most municipal leaders have off ("optional").
_DAYS_OFF: Final = (
    (5, 1, "Arbejdernes kampdag"),
    (6, 5, "Grundlovsdag"),
    (12, 24, "Juleaftensdag"),
    (12, 31, "Nytårsaften"),
)
# (days after Easter Sunday, name).
_FROM_EASTER: Final = (
    (-3, "Skærtorsdag"),
    (-2, "Langfredag"),
    (0, "Påskedag"),
    (1, "Anden påskedag"),
    (39, "Kristi himmelfartsdag"),
    (49, "Pinsedag"),
    (50, "Anden pinsedag"),
)
STORE_BEDEDAG: Final = (26, "Store bededag")  # the fourth Friday after Easter, until 2023
LAST_BEDEDAG: Final = 2023


def easter(year: int) -> date:
    """Easter Sunday in the Gregorian calendar (the anonymous algorithm, Meeus/Jones/Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741 (the algorithm's own letters)
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    day = (h + l - 7 * m + 114) % 31 + 1
    return date(year, month, day)


@cache
def of_year(year: int) -> dict[date, str]:
    """Every Danish holiday and day off in `year`, with its Danish name."""
    sunday = easter(year)
    moving = list(_FROM_EASTER) + ([STORE_BEDEDAG] if year <= LAST_BEDEDAG else [])
    public = [(date(year, month, day), name) for month, day, name in _FIXED]
    public += [(sunday + timedelta(days=offset), name) for offset, name in moving]
    days_off = [(date(year, month, day), name) for month, day, name in _DAYS_OFF]
    names: dict[date, list[str]] = {}
    for day, name in public + days_off:
        names.setdefault(day, []).append(name)
    # Two on one day (1 May and Kristi himmelfartsdag) read as the package writes them.
    return {day: "; ".join(sorted(found)) for day, found in names.items()}


def name(day: date) -> str | None:
    """The holiday (or day off) on `day`, or None."""
    return of_year(day.year).get(day)
