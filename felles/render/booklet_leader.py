"""One leader's part of the booklet (`felles export grundlag`): the title (their first `#`
heading, or "Personligt ledelsesgrundlag – NAVN"), the details under it, and the document
rendered from its Markdown (`prose`) as Markup."""

from __future__ import annotations

import contextlib
from datetime import date
from typing import Any, Final

from felles import danish_days
from felles.names import slug
from felles.plan.booklet import Entry
from felles.render import prose

TEXT: Final = {
    "part": "Personligt ledelsesgrundlag – {leader}",  # a draft without a heading of its own
    "group": "Sparringsgruppe {group}",
    "updated": "opdateret {day}",
    "version": "version {version}",
    "status": "status: {status}",
}


def day_words(day: date) -> str:
    """'14. september 2018'."""
    return f"{day.day}. {danish_days.month_name(day)}"


def leader_part(entry: Entry, *, html: bool) -> dict[str, Any]:
    meta, body = entry.draft.meta, entry.draft.doc.body
    own = prose.first_heading(body)
    title = own or TEXT["part"].format(leader=entry.leader)
    details = [TEXT["group"].format(group=entry.group)]
    with contextlib.suppress(ValueError):  # the model's pattern makes it a day
        details.append(TEXT["updated"].format(day=day_words(date.fromisoformat(meta.updated))))
    details.append(TEXT["version"].format(version=meta.version))
    if meta.status != "udgivet":
        details.append(TEXT["status"].format(status=meta.status))
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
