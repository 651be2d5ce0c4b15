"""The booklet of ledelsesgrundlag (`felles export grundlag`): what it shows, as plain values.

`context` turns a selection (`plan.booklet`) into what templates/booklet.html.j2 and
booklet.md.j2 read: a cover with the programme, a table of contents by sparring
group, and each leader's document rendered from its Markdown (`prose`): the
template's guiding questions and comments left out, headings one level down (the
booklet's own title is the only level-1 heading). A leader's first `#` heading is
the title of their part; a draft without one gets "Personligt ledelsesgrundlag – NAVN".

The text ends with a MARKER comment: a generated file, which a later export may replace.
"""

from __future__ import annotations

import contextlib
from datetime import date
from pathlib import Path
from typing import Any, Final

from felles import danish_days, span_words
from felles.content.load import Content
from felles.names import slug
from felles.plan.booklet import Entry, Selection
from felles.render import prose
from felles.render.templates import document
from felles.words import joined

TEMPLATES: Final = {"html": "booklet.html.j2", "md": "booklet.md.j2"}
FILES: Final = {"html": "ledelsesgrundlag.html", "md": "ledelsesgrundlag.md"}
MARKER: Final = "<!-- felles export grundlag: genereret fil, erstattes ved næste eksport -->"
TITLE: Final = "Personlige ledelsesgrundlag"
DEFAULT_PART: Final = "Personligt ledelsesgrundlag – {leader}"


def day_words(day: date) -> str:
    """'14. september 2018'."""
    return f"{day.day}. {danish_days.month_name(day)}"


def context(content: Content, selection: Selection, today: date, *, html: bool) -> dict[str, Any]:
    """Everything the booklet shows. Each body (and a leader's own title) is Markup: HTML
    with `html` (escaped, nothing linked), otherwise Markdown made safe by `prose`. Every
    other value is plain text, escaped by the template environment (`export.templates`)."""
    programme = content.programme
    groups = [
        {
            "number": number,
            "title": f"Sparringsgruppe {number}",
            "leaders": [_leader(entry, html=html) for entry in entries],
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
        "count": f"{count} ledelsesgrundlag" if count != 1 else "1 ledelsesgrundlag",
        "scope": f"Sparringsgruppe {selection.group}" if selection.group is not None else None,
        "review": (
            f"Til gennemsyn – ikke udgivet: bogen har ledelsesgrundlag med status {statuses}."
            if selection.review
            else None
        ),
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


def _leader(entry: Entry, *, html: bool) -> dict[str, Any]:
    meta, body = entry.draft.meta, entry.draft.doc.body
    own = prose.first_heading(body)
    title = own or DEFAULT_PART.format(leader=entry.leader)
    details = [f"Sparringsgruppe {entry.group}"]
    with contextlib.suppress(ValueError):  # the model's pattern makes it a day
        details.append(f"opdateret {day_words(date.fromisoformat(meta.updated))}")
    details.append(f"version {meta.version}")
    if meta.status != "udgivet":
        details.append(f"status: {meta.status}")
    from markupsafe import Markup

    if html:
        text = Markup(prose.to_html(body, shift=1, guidance=False, title=own))
        heading: Any = Markup(prose.inline_html(title)) if own else title
    else:
        text = Markup(prose.to_markdown(body, shift=1, guidance=False, title=own))
        heading = Markup(prose.escape_html(title)) if own else title
    return {
        "name": entry.leader,
        "anchor": f"leder-{slug(entry.leader)}",
        "title": heading,
        "details": " · ".join(details),
        "status": meta.status,
        "body": text,
    }


def render(template: Path, values: dict[str, Any], *, html: bool) -> str:
    """The booklet: the template filled, and MARKER last."""
    return document(template, values, html=html) + MARKER + "\n"
