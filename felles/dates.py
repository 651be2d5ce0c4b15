"""Dates with a precision, and how they read in Danish.

Content dates are text with a precision: a year (`2020`), a month (`2018-09`),
a day (`2018-02-22`) or a day and time (`2018-11-08 12:00`), all in the
programme's time zone. A month-precise date is a window, never a day: it is
shown as "dato ikke fastlagt (september 2018)".

Danish wording is Babel's, locale `da_DK`: long forms call Babel (imported
lazily), the short forms `felles next` prints use Babel's words from a table
that a test compares with Babel. Week numbers come from `date.isocalendar()`,
never from Babel.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Final, Literal

Precision = Literal["year", "month", "day", "time"]
LOCALE: Final = "da_DK"
# The years felles reckons with. A programme lies well inside them; at the edges of
# Python's calendar (year 1, 9999) a day more or less, or a time zone, would overflow.
FIRST_YEAR: Final = 1900
LAST_YEAR: Final = 2999
OUT_OF_RANGE: Final = f"årstallet skal ligge mellem {FIRST_YEAR} og {LAST_YEAR}"

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
        raise ValueError("skriv 2018-11-08 12:00, 2018-11-08, 2018-11 eller 2018")
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
        raise ValueError("datoen findes ikke i kalenderen") from None


def _days_in_month(year: int, month: int) -> int:
    following = date(year + month // 12, month % 12 + 1, 1)
    return (following - date(year, month, 1)).days


def span(when: str, end: str | None) -> tuple[When, When]:
    """Start and end of an activity or period; the end defaults to the start."""
    start = parse_when(when)
    return start, (parse_when(end) if end else start)


def iso_week(day: date) -> str:
    return f"uge {day.isocalendar().week}"


# --- reading dates a user types -----------------------------------------------

_DANISH_DATE = re.compile(r"([0-9]{1,2})\.([0-9]{1,2})\.([0-9]{4})\Z")
_ISO_WEEK = re.compile(r"([0-9]{4})-?W([0-9]{1,2})\Z", re.IGNORECASE)
_UGE = re.compile(r"uge\s*([0-9]{1,2})(?:\s+([0-9]{4}))?\Z", re.IGNORECASE)


def parse_user_date(text: str, today: date | Callable[[], date]) -> date:
    """ISO (2018-11-01), Danish (1.11.2018), ISO week (2018-W45, 'uge 45' [2018]).

    A week means its Monday; 'uge 45' alone is week 45 of `today`'s year.
    Raises ValueError, with OUT_OF_RANGE as its text for a year felles does not reckon with.
    """
    found = _user_date(text.strip(), today)
    if not FIRST_YEAR <= found.year <= LAST_YEAR:
        raise ValueError(OUT_OF_RANGE)
    return found


def coming_week(text: str, today: date) -> date | None:
    """'uge 10' without a year as the coming week 10: its Monday this year, or next year's
    when this year's has begun already. None for any other text (a year given included)."""
    match = _UGE.match(text.strip())
    if match is None or match.group(2):
        return None
    week = int(match.group(1))
    for year in (today.year, today.year + 1):
        try:
            monday = date.fromisocalendar(year, week, 1)
        except ValueError:
            continue  # week 53 in a year of 52
        if monday >= today - timedelta(days=today.weekday()):
            return monday
    raise ValueError(text)


def _user_date(value: str, today: date | Callable[[], date]) -> date:
    try:
        if match := _DANISH_DATE.match(value):
            day, month, year = (int(g) for g in match.groups())
            return date(year, month, day)
        if match := _ISO_WEEK.match(value):
            return date.fromisocalendar(int(match.group(1)), int(match.group(2)), 1)
        if match := _UGE.match(value):
            this_year = (today() if callable(today) else today).year
            year = int(match.group(2)) if match.group(2) else this_year
            return date.fromisocalendar(year, int(match.group(1)), 1)
        if re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", value):
            return date.fromisoformat(value)
    except ValueError:
        pass
    raise ValueError(value)


# --- Danish wording -------------------------------------------------------------


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


def undated(start: When, end: When) -> str:
    """'dato ikke fastlagt (september 2018)' or '(juni – november 2018)'."""
    return f"dato ikke fastlagt ({range_words(start, end)})"


def when_words(when: When) -> str:
    """One date as a Danish reader writes it, at its own precision.

    '2020', 'februar 2019', 'fre. 22. feb. 2019' or 'fre. 22. feb. 2019 kl. 10.00'.
    """
    if when.precision == "year":
        return f"{when.first:%Y}"
    if when.precision == "month":
        return month_name(when.first)
    text = short_day(when.first.date())
    return f"{text} kl. {clock(when.first)}" if when.precision == "time" else text


def text_words(text: object) -> str:
    """`when_words` of a date as written in the content; what cannot be read stays as is."""
    if isinstance(text, datetime):
        return when_words(When(text, text, "time"))
    if isinstance(text, date):
        moment = datetime.combine(text, time())
        return when_words(When(moment, moment, "day"))
    try:
        return when_words(parse_when(str(text)))
    except ValueError:
        return str(text)


def range_words(start: When, end: When) -> str:
    """The one form of a range of dates: 'marts – juni 2019', 'november 2018 – februar 2019'.

    The year is written once when both ends are months of the same year; a range
    whose ends read alike is one date.
    """
    first, last = when_words(start), when_words(end)
    if end.last <= start.last or first == last:
        return first
    if start.first.year == end.first.year and start.precision == end.precision == "month":
        first = first.rsplit(" ", 1)[0]
    return f"{first} – {last}"


def period_words(start: str, end: str | None) -> str:
    """'marts – juni 2019', 'november 2018 – februar 2019', 'fra 2020' (ValueError if bad)."""
    first = parse_when(start)
    if end is None:
        return f"fra {when_words(first)}"
    return range_words(first, parse_when(end))


def short_month(moment: datetime | date) -> str:
    """'nov.' (Babel's abbreviated month, format context)."""
    return _MONTHS_SHORT[moment.month - 1]


def describe_span(start: When, end: When, *, long: bool = False) -> str:
    """The Danish date and time span of an activity.

    short: 'tors. 8. nov. 2018 kl. 12.00 – fre. 9. nov. kl. 12.00'
    long:  'torsdag den 8. november 2018 kl. 12.00 – fredag den 9. november 2018 kl. 12.00'
    """
    if not start.fixed:
        return undated(start, end)
    day = long_day if long else short_day
    text = day(start.first.date())
    if start.precision == "time":
        text += f" kl. {clock(start.first)}"
    if end is start or end.first == start.first:
        return text
    same_day = end.first.date() == start.first.date()
    if same_day and end.precision == "time":
        return f"{text}–{clock(end.first)}"
    other = (
        long_day(end.first.date())
        if long
        else short_day(end.first.date(), year=end.first.year != start.first.year)
    )
    if end.precision == "time":
        other += f" kl. {clock(end.first)}"
    return f"{text} – {other}"


def relative_days(target: date, today: date) -> str:
    """'i dag', 'i morgen', 'i går', 'om 7 dage', 'for 3 dage siden' (always in days).

    Babel would round 7 days to "om 1 uge"; with granularity and threshold set to
    keep days it writes exactly these words (checked in tests/test_dates.py).
    """
    days = (target - today).days
    if days == 0:
        return "i dag"
    if days == 1:
        return "i morgen"
    if days == -1:
        return "i går"
    unit = "dag" if abs(days) == 1 else "dage"
    return f"om {days} {unit}" if days > 0 else f"for {-days} {unit} siden"


def relative_long_ago(target: date, today: date) -> str:
    """'for 7 år siden': Babel's rounding suits a distant past."""
    from babel.dates import format_timedelta

    return format_timedelta(target - today, add_direction=True, locale=LOCALE)
