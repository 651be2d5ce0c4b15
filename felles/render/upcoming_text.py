"""`felles next` as plain lines (the Rich table lives in felles/cli/next_view.py).

Plain text is what a pipe, a file or `NO_COLOR` gets: uncoloured, unwrapped, one
block per activity. The first line of a block is the date, week, distance, type
and title joined by " · "; indented lines follow with phase, learning goal,
participants and preparation. Warnings ("Advarsel: …") come above the list.

Apart: JSON (upcoming_json), `--leader`/`--group` (leader_step_text), "Mangler dato" and
the warning (needs_date_text), the lines when nothing is shown (nothing_ahead_text), and
how many groups have a date (group_dates_text).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import TYPE_CHECKING, Final

from felles import danish_days
from felles.plan.upcoming import Item, Upcoming

if TYPE_CHECKING:
    pass

NONE: Final = "–"

# User-facing words of this module (Danish), in one place.
TEXT: Final = {
    "phase": "Fase",
    "goal": "Læringsmål",
    "who": "Deltagere",
    "place": "Sted",
    "prep": "Forberedelse",
    "dates": "Datoer",
    "title": "Kommende aktiviteter fra {today}",
    "no_dated": "Ingen aktiviteter med fast dato fra {today} og frem.",
}


def headline(item: Item, today: date) -> str:
    """'tors. 8. nov. 2018 kl. 12.00 – … · uge 45 · om 7 dage · seminar · Titel'."""
    parts = [item.when_text, item.week_text, item.relative(today), item.activity.type]
    return " · ".join(part for part in parts if part) + " · " + item.title


def details(item: Item, today: date) -> list[tuple[str, str]]:
    """The labelled lines under an activity's headline; a line without a value is left out."""
    from felles.render.group_dates_text import group_dates

    lines = [
        (TEXT["phase"], item.phase.meta.title),
        (TEXT["goal"], item.goal.title if item.goal else None),
        (TEXT["who"], item.participants),
        (TEXT["place"], item.occurrence.place),
        (TEXT["dates"], group_dates(item, today)),
        (TEXT["prep"], one_line(item.activity.preparation)),
    ]
    return [(label, value) for label, value in lines if value]


def text_lines(result: Upcoming, filtered: bool, draft_display: str | None) -> Iterator[str]:
    """The plain-text answer, line by line (the warnings come from needs_date_text)."""
    from felles.render.leader_step_text import group_lines, leader_lines
    from felles.render.needs_date_text import needs_date_lines
    from felles.render.nothing_ahead_text import empty_lines

    if result.step is not None:
        yield from leader_lines(result.step, draft_display or str(result.step.draft), result.today)
        yield ""
    elif result.group is not None:
        yield from group_lines(result.group, result.today)
        yield ""
    if not result.items and not result.needs_date:
        yield from empty_lines(result, filtered)
        return
    if not result.items:
        yield TEXT["no_dated"].format(today=danish_days.short_day(result.today))
    for index, item in enumerate(result.items):
        if index:
            yield ""
        yield headline(item, result.today)
        for label, value in details(item, result.today):
            yield f"  {label}: {value}"
    undated = needs_date_lines(result)
    if undated:
        yield ""
        yield from undated


def one_line(text: str | None) -> str | None:
    return " ".join(text.split()) if text else None
