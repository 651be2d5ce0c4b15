"""The site's "Kommende": the next activities as `felles next` finds them, then what still
needs a date, or the honest 'nothing ahead' lines."""

from __future__ import annotations

from datetime import date
from typing import Any, Final

from felles.content.load import Content

UPCOMING: Final = 5  # as many as `felles next` shows


def upcoming_context(content: Content, today: date) -> dict[str, Any]:
    """What `felles next` shows from `today`: the dated occurrences, then what still needs a
    date, or the honest 'nothing ahead' lines."""
    from felles.plan import upcoming
    from felles.render import needs_date_text, nothing_ahead_text, upcoming_text

    result = upcoming.upcoming(content, today, UPCOMING, upcoming.Filters(), content.dir.path)
    items = [
        {
            "id": item.activity.id,
            "title": item.title,
            "type": item.activity.type,
            "when": item.when_text,
            "fixed": item.occurrence.fixed,
            "week": item.week_text,
            "relative": item.relative(today),
            "details": upcoming_text.details(item, today),
        }
        for item in result.items
    ]
    needs_date = [
        {"id": item.activity.id, "line": needs_date_text.undated_line(item, today)}
        for item in result.needs_date
    ]
    empty = (
        []
        if items or needs_date
        else nothing_ahead_text.empty_lines(result, filtered=False, hint=None)
    )
    return {
        "activities": items,
        "needs_date": needs_date,
        "needs_date_title": needs_date_text.TEXT["needs_date"],
        "empty": empty,
    }
