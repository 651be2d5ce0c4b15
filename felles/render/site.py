"""The programme at a glance: what `felles export site` puts on its page, and writing it.

`context` gathers, from the content alone, everything templates/site.html.j2
shows: the programme's purpose and strategic frame, the wheel of learning goals
(`wheel.py`), the timeline (`timeline.py`), the next activities as
`felles next` finds them, and the sparring groups with their leaders' progress
counted by status (never a word of a draft).

The page ends with MARKER: the command replaces only a page that carries it, so an
`index.html` of someone else's is never overwritten.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any, Final

from felles import dates
from felles.content.load import Content
from felles.render.templates import document

TEMPLATE: Final = "site.html.j2"
PAGE: Final = "index.html"
UPCOMING: Final = 5  # as many as `felles next` shows
MARKER: Final = "<!-- felles export site: genereret side, erstattes ved næste eksport -->"


def context(content: Content, today: date) -> dict[str, Any]:
    """Everything the page shows, as plain values (dataclasses, strings, lists)."""
    from felles.render import story, timeline, wheel

    programme = content.programme
    name = programme.name if programme else ""
    return {
        "programme": _programme(content),
        "as_of": dates.long_day(today),
        "wheel": wheel.layout(content.goals, name),
        "timeline": timeline.build(content, today),
        "upcoming": _upcoming(content, today),
        "groups": _groups(content, today),
        "story": story.site(content),
    }


def _programme(content: Content) -> dict[str, Any]:
    programme = content.programme
    if programme is None:  # an export needs clean content; this keeps the types honest
        return {
            "name": "",
            "owner": None,
            "partner": None,
            "period": "",
            "summary": None,
            "approach": None,
            "key_points_heading": None,
            "working_group": None,
            "aims": [],
            "frame": [],
            "goals_intro": None,
            "goals_title": None,
        }
    return {
        "name": programme.name,
        "owner": programme.owner,
        "partner": programme.partner,
        "period": dates.period_words(programme.period.start, programme.period.end),
        "summary": programme.summary,
        "approach": programme.approach,
        "key_points_heading": programme.key_points_heading,
        "working_group": programme.working_group,
        "aims": list(programme.aims),
        "frame": list(programme.strategic_frame),
        "goals_intro": content.goals_intro,
        "goals_title": content.goals_title,
    }


def _upcoming(content: Content, today: date) -> dict[str, Any]:
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


def _groups(content: Content, today: date) -> dict[str, Any]:
    """Each sparring group's members, how many of their drafts stand at each status, and the
    group's own dates (render/session_marks.py)."""
    from felles.plan import progress
    from felles.render import session_marks

    rows = progress.progress(content, {}, today)
    by_group: dict[int, list[progress.Row]] = {}
    for row in rows:  # once over the leaders, not once per group
        by_group.setdefault(row.group, []).append(row)
    own_dates = session_marks.group_dates(content, today)
    groups = []
    for group in content.groups:
        counts = progress.totals(by_group.get(group.number, []))
        groups.append(
            {
                "number": group.number,
                "members": [member.name for member in group.members],
                "areas": {member.name: member.area for member in group.members},
                "counts": [(status, count) for status, count in counts.items() if count],
                "dates": own_dates.get(group.number, []),
            }
        )
    totals = progress.totals(rows)
    return {
        "groups": groups,
        "totals": [(status, count) for status, count in totals.items() if count],
        "published": totals["udgivet"],
        "leaders": len(rows),
    }


def render(template: Path, values: dict[str, Any]) -> str:
    """The page: the template filled, and MARKER last (a later export may replace it)."""
    return document(template, values, html=True) + MARKER + "\n"
