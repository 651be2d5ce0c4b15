"""The activities that still need a date, as `felles next` and the site show them: the
"Mangler dato" lines under the list, and the warning above it about those that may fall
within four weeks."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import TYPE_CHECKING, Final

from felles import span_words, words
from felles.render.group_dates_text import dated_text
from felles.words import joined

if TYPE_CHECKING:
    from felles.plan.upcoming import Item, Upcoming


# User-facing words of this module (Danish), in one place.
TEXT: Final = {
    "warning": (
        "Advarsel: {count} uden fast dato kan falde inden for de næste fire uger; "
        "se dem med: {command}"
    ),
    "needs_date": "Mangler dato",
    "prepared_by": "forberedes med: {titles}",
    "no_common": "ingen fælles dato",
}


def undated_line(item: Item, today: date) -> str:
    """'juni – november 2018 · Workshop i fortrolige grupper · 0 af 12 grupper har dato':
    one line of "Mangler dato"."""
    occurrence = item.occurrence
    parts = [span_words.range_words(occurrence.start, occurrence.end), item.title]
    found = item.group_dates
    if found is not None:
        parts.append(dated_text(found, today))
    elif not item.common:
        parts.append(f"{item.participants}, {TEXT['no_common']}")
    else:
        parts.append(item.participants)
    if item.prepared_by:
        titles = joined(sorted(set(item.prepared_by)))
        parts.append(TEXT["prepared_by"].format(titles=titles))
    return " · ".join(parts)


def needs_date_lines(result: Upcoming) -> list[str]:
    """The "Mangler dato" part: a heading and one line per activity; none when empty."""
    if not result.needs_date:
        return []
    today = result.today
    return [TEXT["needs_date"], *(f"  {undated_line(item, today)}" for item in result.needs_date)]


def warning(result: Upcoming, command: str) -> str | None:
    """One line for all activities without a date that may fall within four weeks: how many,
    and the command that lists them. None when there are none."""
    count = len(result.undated_soon)
    if not count:
        return None
    return TEXT["warning"].format(
        count=words.count(count, "aktivitet", "aktiviteter"), command=command
    )


def warning_lines(result: Upcoming, command: str) -> Iterator[str]:
    """The warning line (see `warning`), if any.

    Written to stderr, so on a terminal it stands above the list while piped output
    (`felles next | head -1`) stays the list itself.
    """
    line = warning(result, command)
    if line is not None:
        yield line
