"""Today in the programme's time zone, and dates the user typed (no Typer here: the fast
path of `felles next` uses them too)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from felles.errors import UsageError

DEFAULT_ZONE = "Europe/Copenhagen"


def today(zone: str | None = None) -> date:
    """Today in the programme's time zone (Europe/Copenhagen if it names none, or a bad one)."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return datetime.now(ZoneInfo(zone or DEFAULT_ZONE)).date()
    except (ZoneInfoNotFoundError, ValueError):
        return datetime.now(ZoneInfo(DEFAULT_ZONE)).date()


def user_date(text: str | None, default: date | Callable[[], date]) -> date:
    """A date the user typed (ISO, Danish, week), or `default` if none; U002 if unreadable.

    `default` may be a function (`today`): it is called only when needed, for no text or
    for 'uge 45' without a year, so `--as-of 2018-11-01` never reads the clock.
    """
    if text is None:
        return default() if callable(default) else default
    from felles.dates import OUT_OF_RANGE
    from felles.user_dates import parse_user_date

    try:
        return parse_user_date(text, default)
    except ValueError as error:
        if str(error) == OUT_OF_RANGE:
            raise UsageError("U006", {"value": text, "reason": OUT_OF_RANGE}) from None
        raise UsageError("U002", {"value": text}) from None
