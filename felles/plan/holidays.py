"""Danish holidays: the public ones, the days most municipal leaders have off, and the
school holidays a coordinator plans around.

`name` is the public holidays and the optional days off, as the `holidays` package names
them. `kind` sorts a day for the calendar warnings: a public holiday ("helligdag", W501),
a day off that is no holiday by law (grundlovsdag, juleaftensdag, nytårsaften, 1. maj, and
the "klemmedag" after Kristi himmelfartsdag: W511), or a day in a school holiday (W510),
the most particular first. The school holidays are `programme.yaml`'s `school_holidays`,
by default the usual weeks of a Danish municipality (`DEFAULT_SCHOOL`).

The `holidays` package answers this too, but importing it costs more than all of
`felles validate` (it reads its own version from the package metadata and loads
dateutil); the Danish calendar is a handful of fixed days and days counted from
Easter. `tests/unit/plan/test_holidays.py` checks every day of 1900–2100 (the years
the package covers) against the `holidays` package (categories public and optional,
language da), so the names and dates stay exactly its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from functools import cache
from typing import Final, Literal, NamedTuple

from felles.content import model

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


# --- days off that are no holiday, and school holidays ------------------------------------

Kind = Literal["holiday", "day_off", "school"]
KRISTI_HIMMELFART: Final = 39  # days after Easter Sunday
# User-facing words of this module (Danish), in one place.
TEXT: Final = {
    "klemmedag": "en klemmedag, fredagen efter Kristi himmelfartsdag",
    "weeks": "{name}, uge {weeks}",
}


class SchoolHoliday(NamedTuple):
    """A school holiday every year: ISO weeks, or the days from `first` to `last` (month,
    day), over New Year when `last` comes before `first`."""

    name: str
    weeks: tuple[int, ...] = ()
    first: tuple[int, int] | None = None
    last: tuple[int, int] | None = None

    def covers(self, day: date) -> bool:
        if day.isocalendar().week in self.weeks:
            return True
        if self.first is None:
            return False
        key, last = (day.month, day.day), self.last or self.first
        if self.first <= last:
            return self.first <= key <= last
        return key >= self.first or key <= last

    @property
    def words(self) -> str:
        """'efterårsferie, uge 42' or 'juleferie'."""
        if self.weeks:
            weeks = "–".join(str(w) for w in self.weeks) if _run(self.weeks) else None
            shown = weeks or ", ".join(str(w) for w in self.weeks)
            return TEXT["weeks"].format(name=self.name, weeks=shown)
        return self.name


def _run(weeks: tuple[int, ...]) -> bool:
    return len(weeks) > 1 and list(weeks) == list(range(weeks[0], weeks[0] + len(weeks)))


# Interpretation: the usual weeks of a Danish municipality's schools; "sommerferie" is July.
DEFAULT_SCHOOL: Final = (
    SchoolHoliday("vinterferie", (7,)),
    SchoolHoliday("efterårsferie", (42,)),
    SchoolHoliday("sommerferie", first=(7, 1), last=(7, 31)),
    SchoolHoliday("juleferie", first=(12, 21), last=(1, 1)),
)


def school(programme: model.Programme | None) -> tuple[SchoolHoliday, ...]:
    """The school holidays `programme.yaml` names (`school_holidays`), else the usual ones;
    none for `none` or an empty list."""
    setting = programme.school_holidays if programme is not None else None
    if setting is None:
        return DEFAULT_SCHOOL
    if isinstance(setting, str):
        return ()
    found = []
    for entry in setting:
        first, last = _month_day(entry.start), _month_day(entry.end)
        if entry.end is not None and last is None:
            first = None  # an impossible last day: only the weeks count
        found.append(SchoolHoliday(entry.name, tuple(entry.weeks), first, last))
    return tuple(found)


def _month_day(text: str | None) -> tuple[int, int] | None:
    """(month, day) of MM-DD; None for none, or a day no year has (`validate` says E332)."""
    if text is None:
        return None
    month, day = (int(part) for part in text.split("-"))
    try:
        date(2024, month, day)  # a leap year: 02-29 is a day
    except ValueError:
        return None
    return month, day


@cache
def _public(year: int) -> dict[date, str]:
    sunday = easter(year)
    moving = list(_FROM_EASTER) + ([STORE_BEDEDAG] if year <= LAST_BEDEDAG else [])
    found = {date(year, month, day): name for month, day, name in _FIXED}
    found |= {sunday + timedelta(days=offset): name for offset, name in moving}
    return found


def kind(day: date, schools: Sequence[SchoolHoliday] = DEFAULT_SCHOOL) -> tuple[Kind, str] | None:
    """What makes `day` a day many have off, the most particular first, with its name as a
    sentence says it ('Juledag', 'grundlovsdag', 'efterårsferie, uge 42'); None for a working
    day."""
    public = _public(day.year).get(day)
    if public is not None:
        return "holiday", of_year(day.year)[day]
    off = of_year(day.year).get(day)
    if off is not None:
        return "day_off", off[:1].lower() + off[1:]
    if day == easter(day.year) + timedelta(days=KRISTI_HIMMELFART + 1):
        return "day_off", TEXT["klemmedag"]
    for holiday in schools:
        if holiday.covers(day):
            return "school", holiday.words
    return None
