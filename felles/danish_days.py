"""Days, months and clock times in Danish, and how far a day lies from today.

Danish wording is Babel's, locale `da_DK`: long forms call Babel (imported lazily), the
short forms `felles next` prints use Babel's words from a table that a test compares
with Babel.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Final

from felles.dates import LOCALE

# Babel's own da_DK words for the short forms `felles next` prints. Loading Babel
# and its da_DK data costs ~13 ms, an eighth of the start-up budget of `next`;
# tests/test_dates.py checks these against Babel for every day of several years,
# so the output stays exactly what Babel writes.
_WEEKDAYS: Final = ("man.", "tirs.", "ons.", "tors.", "fre.", "lør.", "søn.")
MONTHS: Final = (
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
)
_MONTHS_SHORT: Final = (
    "jan.",
    "feb.",
    "mar.",
    "apr.",
    "maj",
    "jun.",
    "jul.",
    "aug.",
    "sep.",
    "okt.",
    "nov.",
    "dec.",
)
# How far a day lies from today, in Babel's words with days kept as days.
TEXT: Final = {
    "today": "i dag",
    "tomorrow": "i morgen",
    "yesterday": "i går",
    "day": "dag",
    "days": "dage",
    "ahead": "om {count} {unit}",
    "ago": "for {count} {unit} siden",
}


def month_name(moment: datetime | date) -> str:
    """'september 2018' (Babel: format_date(d, 'LLLL y', locale='da_DK'))."""
    return f"{MONTHS[moment.month - 1]} {moment.year}"


def short_day(day: date, *, year: bool = True) -> str:
    """'tors. 8. nov. 2018' or 'tors. 8. nov.' (Babel's skeletons yMMMEd and MMMEd)."""
    text = f"{_WEEKDAYS[day.weekday()]} {day.day}. {_MONTHS_SHORT[day.month - 1]}"
    return f"{text} {day.year}" if year else text


def long_day(day: date) -> str:
    """'torsdag den 8. november 2018'."""
    from babel.dates import format_date

    return format_date(day, "full", locale=LOCALE)


def clock(moment: datetime | time) -> str:
    """'12.00' (Babel: format_time(t, 'short', locale='da_DK'))."""
    return f"{moment.hour:02d}.{moment.minute:02d}"


def short_month(moment: datetime | date) -> str:
    """'nov.' (Babel's abbreviated month, format context)."""
    return _MONTHS_SHORT[moment.month - 1]


def relative_days(target: date, today: date) -> str:
    """'i dag', 'i morgen', 'i går', 'om 7 dage', 'for 3 dage siden' (always in days).

    Babel would round 7 days to "om 1 uge"; with granularity and threshold set to
    keep days it writes exactly these words (checked in tests/test_dates.py).
    """
    days = (target - today).days
    if days == 0:
        return TEXT["today"]
    if days == 1:
        return TEXT["tomorrow"]
    if days == -1:
        return TEXT["yesterday"]
    unit = TEXT["day"] if abs(days) == 1 else TEXT["days"]
    return TEXT["ahead" if days > 0 else "ago"].format(count=abs(days), unit=unit)


def relative_long_ago(target: date, today: date) -> str:
    """'for 7 år siden': Babel's rounding suits a distant past."""
    from babel.dates import format_timedelta

    return format_timedelta(target - today, add_direction=True, locale=LOCALE)
