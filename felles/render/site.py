"""The programme at a glance: what `felles export site` puts on its page, and writing it.

`context` gathers, from the content alone, everything templates/site.html.j2
shows: the programme's purpose and strategic frame, the wheel of learning goals
(`wheel.py`), the timeline (`timeline.py`), the next activities as
`felles next` finds them (`site_upcoming.py`), and the sparring groups with their
leaders' progress counted by status, never a word of a draft (`site_groups.py`).

The page ends with MARKER: the command replaces only a page that carries it, so an
`index.html` of someone else's is never overwritten.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any, Final

from felles import danish_days, span_words
from felles.content.load import Content
from felles.render.templates import document

TEMPLATE: Final = "site.html.j2"
PAGE: Final = "index.html"
MARKER: Final = "<!-- felles export site: genereret side, erstattes ved næste eksport -->"


def context(content: Content, today: date) -> dict[str, Any]:
    """Everything the page shows, as plain values (dataclasses, strings, lists)."""
    from felles.render import site_groups, site_upcoming, story, timeline, wheel

    programme = content.programme
    name = programme.name if programme else ""
    return {
        "programme": _programme(content),
        "as_of": danish_days.long_day(today),
        "wheel": wheel.layout(content.goals, name),
        "timeline": timeline.build(content, today),
        "upcoming": site_upcoming.upcoming_context(content, today),
        "groups": site_groups.groups_context(content, today),
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
        "period": span_words.period_words(programme.period.start, programme.period.end),
        "summary": programme.summary,
        "approach": programme.approach,
        "key_points_heading": programme.key_points_heading,
        "working_group": programme.working_group,
        "aims": list(programme.aims),
        "frame": list(programme.strategic_frame),
        "goals_intro": content.goals_intro,
        "goals_title": content.goals_title,
    }


def render(template: Path, values: dict[str, Any]) -> str:
    """The page: the template filled, and MARKER last (a later export may replace it)."""
    return document(template, values, html=True) + MARKER + "\n"
