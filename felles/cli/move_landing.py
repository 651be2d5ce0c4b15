"""Where `felles move` lands the programme's first dated activity, and why there: the same
weekday and time on or after a start day, or the same day of the month after a start month
(plan/rebase.py moves the dates by that rule)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from felles.content.load import Content

TEXT: Final = {
    "landing": "Første aktivitet med fast dato, »{title}«: {old} → {new}.",
    "same_day": "Den lander på startdatoen, som er samme ugedag.",
    "later_day": "{start} er en {weekday}; aktiviteten er en {own}, så den lander på den "
    "første {own} fra da: ugedag og klokkeslæt bevares.",
    "month_day": "Den lander på samme dag i måneden, den {day}., eller den første {own} derefter: "
    "ugedag og klokkeslæt bevares.",
}


@dataclass
class Landing:
    id: str  # the activity's
    title: str
    old: date
    new: date
    start: date | None  # the start day, when --start named a day


def first_day(loaded: Content) -> tuple[str, str, date] | None:
    """The first day-precise date of the programme's activities (and groups' sessions), and
    its activity's id and title."""
    from felles.dates import parse_when

    found: list[tuple[date, str, str]] = []
    for _, _, activity in loaded.activities():
        for text in (activity.when, *(s.when for s in activity.sessions)):
            try:
                when = parse_when(text)
            except ValueError:
                continue
            if when.fixed:
                found.append((when.first.date(), activity.id, activity.title))
    if not found:
        return None
    day, key, title = min(found)
    return key, title, day


WEEKDAYS: Final = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")


def landing_lines(landing: Landing | None) -> list[str]:
    """Where the first dated activity lands, and why there."""
    from felles.danish_days import short_day

    if landing is None:
        return []
    lines = [
        TEXT["landing"].format(
            title=landing.title, old=short_day(landing.old), new=short_day(landing.new)
        )
    ]
    own = WEEKDAYS[landing.old.weekday()]
    if landing.start is None:
        lines.append(TEXT["month_day"].format(day=landing.old.day, own=own))
    elif landing.start == landing.new:
        lines.append(TEXT["same_day"])
    else:
        weekday = WEEKDAYS[landing.start.weekday()]
        lines.append(
            TEXT["later_day"].format(start=short_day(landing.start), weekday=weekday, own=own)
        )
    return lines
