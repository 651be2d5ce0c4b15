"""Dates a user types on the command line (`--as-of`, `--until`, `--start`): ISO
(2018-11-01), Danish (1.11.2018) or an ISO week (2018-W45, 'uge 45' [2018])."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from felles.dates import FIRST_YEAR, LAST_YEAR, OUT_OF_RANGE

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
