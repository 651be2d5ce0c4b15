"""The programme at a glance: what `felles export site` puts on its page, and writing it.

`context` gathers, from the content alone, everything templates/site.html.j2
shows: the programme's purpose and strategic frame, the wheel of learning goals
(felles/wheel.py), the timeline (felles/timeline.py), the next activities as
`felles next` finds them, and the sparring groups with their leaders' progress
counted by status (never a word of a draft). `write` puts the page in place.

The page is a generated file: `write` replaces it in one step, and replaces
only a file it made itself (the page ends with MARKER), so an `index.html` of
someone else's is never overwritten.
"""

from __future__ import annotations

import errno
from datetime import date
from pathlib import Path
from typing import Any, Final

from felles import dates
from felles.content import Content
from felles.errors import FellesError, UsageError, os_reason

TEMPLATE: Final = "site.html.j2"
PAGE: Final = "index.html"
UPCOMING: Final = 5  # as many as `felles next` shows
MARKER: Final = "<!-- felles export site: genereret side, erstattes ved næste eksport -->"
_MARKER_START: Final = b"<!-- felles export site"
_LARGEST_PAGE: Final = 50 * 1024 * 1024  # a bigger index.html is not one of ours

# Why a folder cannot be written, in Danish (the OS says it in English).
REASONS: Final = {
    errno.EACCES: "ingen adgang",
    errno.EPERM: "ingen adgang",
    errno.ENOTDIR: "en del af stien er en fil, ikke en mappe",
    errno.EEXIST: "det er en fil, ikke en mappe",
    errno.EISDIR: "det er en mappe",
    errno.EROFS: "skrivebeskyttet drev",
    errno.ENOSPC: "der er ikke plads på drevet",
    errno.ENAMETOOLONG: "navnet er for langt",
}


def context(content: Content, today: date) -> dict[str, Any]:
    """Everything the page shows, as plain values (dataclasses, strings, lists)."""
    from felles import timeline, wheel

    programme = content.programme
    name = programme.name if programme else ""
    return {
        "programme": _programme(content),
        "as_of": dates.long_day(today),
        "wheel": wheel.layout(content.goals, name),
        "timeline": timeline.build(content, today),
        "upcoming": _upcoming(content, today),
        "groups": _groups(content),
    }


def _programme(content: Content) -> dict[str, Any]:
    programme = content.programme
    if programme is None:  # an export needs clean content; this keeps the types honest
        return {"name": "", "owner": None, "partner": None, "period": "", "aims": [], "frame": []}
    return {
        "name": programme.name,
        "owner": programme.owner,
        "partner": programme.partner,
        "period": dates.period_words(programme.period.start, programme.period.end),
        "aims": list(programme.aims),
        "frame": list(programme.strategic_frame),
    }


def _upcoming(content: Content, today: date) -> dict[str, Any]:
    """The next activities from `today`, or the honest 'nothing ahead' lines of `felles next`."""
    from felles import output, upcoming

    result = upcoming.upcoming(content, today, UPCOMING, upcoming.Filters(), content.dir.path)
    items = [
        {
            "id": item.activity.id,
            "title": item.activity.title,
            "type": item.activity.type,
            "when": item.when_text,
            "fixed": item.occurrence.fixed,
            "week": item.week_text,
            "relative": item.relative(today),
            "details": output.details(item),
        }
        for item in result.items
    ]
    empty = [] if items else output.empty_lines(result, filtered=False, hint=None)
    return {"activities": items, "empty": empty}


def _groups(content: Content) -> dict[str, Any]:
    """Each sparring group's members and how many of their drafts stand at each status."""
    from felles import drafts

    rows = drafts.progress(content, {})
    groups = []
    for group in content.groups:
        counts = drafts.totals(row for row in rows if row.group == group.number)
        groups.append(
            {
                "number": group.number,
                "members": [member.name for member in group.members],
                "counts": [(status, count) for status, count in counts.items() if count],
            }
        )
    totals = drafts.totals(rows)
    return {
        "groups": groups,
        "totals": [(status, count) for status, count in totals.items() if count],
        "published": totals["udgivet"],
        "leaders": len(rows),
    }


def render(template: Path, values: dict[str, Any]) -> str:
    """The page: the template filled, and MARKER last (see `write`)."""
    from felles.agenda import render as fill

    return fill(template, values, html=True) + MARKER + "\n"


# --- writing -----------------------------------------------------------------------------


def write(path: Path, html: str, refuse: list[Path]) -> None:
    """Write the page to `path` in one step (folders made); never inside a folder of `refuse`.

    UsageError U050 when the folder cannot be made or written, U051 inside a
    refused folder (the content); FellesError E701 for an index.html not ours.
    """
    from felles.atomic import replace

    target = path.resolve()
    for folder in refuse:
        if target.is_relative_to(folder.resolve()):
            raise UsageError("U051", {"path": str(path), "content": str(folder)})
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.is_dir():
            raise IsADirectoryError(errno.EISDIR, "is a directory", str(path))
        if (path.exists() or path.is_symlink()) and not _ours(path):
            raise FellesError("E701", {"path": str(path)})
        replace(path, html)
    except OSError as error:
        reason = REASONS.get(error.errno or 0, os_reason(error))
        raise UsageError("U050", {"path": str(path), "reason": reason}) from None


def _ours(path: Path) -> bool:
    """Is the existing file a page this command wrote (it ends with MARKER)?"""
    if not path.is_file() or path.stat().st_size > _LARGEST_PAGE:
        return False
    return _MARKER_START in path.read_bytes()[-4096:]
