"""Rules for a programme that changes over time: the roster's dates, a period the files
agree on, and text that names dates.

- A member's `from` and `until` are real dates, `until` after `from` (E304, E305).
- A phase lies at least partly inside the programme's period (E350): a move that wrote
  programme.yaml and not the phases leaves files that disagree about the period.
- A move's journal left in the content folder means a move was interrupted (W326).
- An activity's title or purpose that names a date names its own (W327): after a move
  the old one often stays behind in the text (plan/oldtext.py finds the dates).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime

from felles.checks.common import at, file_display
from felles.checks.programme import check_span
from felles.content.load import Content
from felles.content.model import Activity
from felles.danish_days import MONTHS
from felles.dates import When, parse_when
from felles.findings import Finding
from felles.paths import exists
from felles.plan.oldtext import found_in
from felles.span_words import period_words, range_words

FIELDS = {"title": "titlen", "purpose": "formålet"}


def roster(content: Content) -> Iterator[Finding]:
    from felles.content.kinds import GROUPS

    display = file_display(content, GROUPS.path)
    for g, group in enumerate(content.groups):
        for m, member in enumerate(group.members):
            if member.joined or member.left:
                loc = ("groups", g, "members", m)
                start = member.joined or member.left or ""
                end = member.left if member.joined else None
                yield from check_span(content, display, loc, start, end, ("from", "until"), [])


def period(content: Content) -> Iterator[Finding]:
    from felles.content.kinds import MOVE_JOURNAL

    journal = content.dir.path / MOVE_JOURNAL
    if exists(journal):
        yield Finding(content.display(journal), None, None, "W326", {"journal": journal.name})
    if content.programme is None:
        return
    whole = _window(content.programme.period.start, content.programme.period.end)
    if whole is None:
        return
    words = period_words(content.programme.period.start, content.programme.period.end)
    for phase in content.phases:
        own = _window(phase.meta.period.start, phase.meta.period.end)
        if own is None:
            continue
        if own[1] < whole[0] or own[0] > whole[1]:
            yield at(
                content,
                phase.display,
                ("period", "start"),
                "E350",
                title=phase.meta.title,
                phase=period_words(phase.meta.period.start, phase.meta.period.end),
                period=words,
            )


def _window(start: str, end: str | None) -> tuple[datetime, datetime] | None:
    try:
        first = parse_when(start).first
        last = parse_when(end).last if end else datetime.max
    except ValueError:
        return None
    return first, last


def dated_text(content: Content) -> Iterator[Finding]:
    """W327 for a title or purpose naming a date that is not the activity's own."""
    for phase, a, activity in content.activities():
        try:
            start = parse_when(activity.when)
            end = parse_when(activity.end) if activity.end else start
        except ValueError:
            continue
        for key, word in FIELDS.items():
            text = getattr(activity, key)
            if not text:
                continue
            for found in _foreign(text, activity, start, end):
                yield at(
                    content,
                    phase.display,
                    ("activities", a, key),
                    "W327",
                    field=word.capitalize(),
                    title=activity.title,
                    found=f"»{found}«",
                    when=range_words(start, end),
                )


def _foreign(text: str, activity: Activity, start: When, end: When) -> Iterator[str]:
    """The dates `text` names that fall outside the activity's own time."""

    for words in found_in(text):
        named = _named(words)
        if named is None:
            continue
        first, last, has_year = named
        if has_year:
            if last < start.first.replace(hour=0, minute=0) or first > end.last:
                yield words
        elif start.fixed and (first.month, first.day) != (start.first.month, start.first.day):
            yield words


def _named(words: str) -> tuple[datetime, datetime, bool] | None:
    """The time a date in words means: (first, last, with a year), or None if unclear."""
    match = re.match(
        r"(?:(?P<day>[0-9]{1,2})\.(?:\s*[–-]\s*(?P<to>[0-9]{1,2})\.)?\s+)?"
        r"(?P<month>[a-zæøå]+)\.?(?:\s+(?P<year>[0-9]{4}))?$",
        words.lower(),
    )
    if match is None:
        return None
    month = next((n for n, name in enumerate(MONTHS, 1) if name.startswith(match["month"])), 0)
    if not month or (match["day"] is None and match["year"] is None):
        return None
    year = int(match["year"] or 2000)
    try:
        if match["day"] is None:
            when = parse_when(f"{year:04d}-{month:02d}")
            return when.first, when.last, True
        first = datetime(year, month, int(match["day"]))
        last = datetime(year, month, int(match["to"] or match["day"]), 23, 59)
    except ValueError:
        return None
    return first, last, match["year"] is not None
