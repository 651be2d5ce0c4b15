"""The booklet of ledelsesgrundlag (`felles export grundlag`): what it shows, as plain values.

`context` turns a selection (`plan.booklet`) into what templates/booklet.html.j2 and
booklet.md.j2 read: a cover with the programme, a table of contents by sparring
group, and each leader's document rendered from its Markdown (`prose`): the
template's guiding questions and comments left out, headings one level down (the
booklet's own title is the only level-1 heading). A leader's first `#` heading is
the title of their part; a draft without one gets "Personligt ledelsesgrundlag – NAVN"
(booklet_leader).

The text ends with a MARKER comment: a generated file, which a later export may replace.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any, Final

from felles import span_words
from felles.content.load import Content
from felles.plan.booklet import Selection
from felles.render.booklet_leader import day_words, leader_part
from felles.render.templates import document
from felles.words import joined

TEMPLATES: Final = {"html": "booklet.html.j2", "md": "booklet.md.j2"}
FILES: Final = {"html": "ledelsesgrundlag.html", "md": "ledelsesgrundlag.md"}
MARKER: Final = "<!-- felles export grundlag: genereret fil, erstattes ved næste eksport -->"
TITLE: Final = "Personlige ledelsesgrundlag"
TEXT: Final = {
    "group": "Sparringsgruppe {number}",
    "count": "{count} ledelsesgrundlag",
    "review": "Til gennemsyn – ikke udgivet: bogen har ledelsesgrundlag med status {statuses}.",
}


def context(content: Content, selection: Selection, today: date, *, html: bool) -> dict[str, Any]:
    """Everything the booklet shows. Each body (and a leader's own title) is Markup: HTML
    with `html` (escaped, nothing linked), otherwise Markdown made safe by `prose`. Every
    other value is plain text, escaped by the template environment (`render.templates`)."""
    programme = content.programme
    groups = [
        {
            "number": number,
            "title": TEXT["group"].format(number=number),
            "leaders": [leader_part(entry, html=html) for entry in entries],
        }
        for number, entries in selection.groups()
    ]
    count = len(selection.entries)
    statuses = joined(list(selection.statuses))
    return {
        "title": TITLE,
        "programme": programme.name if programme else "",
        "organisation": programme.owner.organisation if programme else "",
        "forum": programme.owner.forum if programme else "",
        "period": _period(content),
        "date": day_words(today),
        "count": TEXT["count"].format(count=count),
        "scope": None if selection.group is None else TEXT["group"].format(number=selection.group),
        "review": TEXT["review"].format(statuses=statuses) if selection.review else None,
        "groups": groups,
    }


def _period(content: Content) -> str:
    programme = content.programme
    if programme is None:
        return ""
    try:
        return span_words.period_words(programme.period.start, programme.period.end)
    except ValueError:  # an export needs clean content; this keeps a bad date from crashing
        return ""


def render(template: Path, values: dict[str, Any], *, html: bool) -> str:
    """The booklet: the template filled, and MARKER last."""
    return document(template, values, html=html) + MARKER + "\n"
