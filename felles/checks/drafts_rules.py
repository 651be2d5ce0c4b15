"""Rules over the leaders' drafts (run by `felles validate` and `felles grundlag check`).

Leader (E401), group (E402), one draft each (E403), file name (E404), the dates
(E304, W402), and the sections: each `## ` heading of the template in use must be
there (W403), and from status `kvalificeret` on hold the leader's own words (W401).
The template in use is the coordinator's own beside the content folder if there is
one, so replacing the template changes the check with it.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator
from datetime import date, datetime
from typing import Any, Final

from felles.checks.common import leader_hint
from felles.content.document import Document
from felles.content.load import Content, Draft
from felles.content.markdown import Section, heading_key, sections, template_headings
from felles.content.model import STATUSES
from felles.dates import parse_when
from felles.errors import FellesError
from felles.findings import Finding
from felles.names import find_name, slug, suggestion
from felles.span_words import text_words

# From this status on, every section should hold the leader's own text.
FILLED_FROM: Final = "kvalificeret"
# The reason of the template's finding when it cannot be read.
TEXT: Final = {"unreadable": "kan ikke læses ({error})"}


def expected_sections(content: Content) -> tuple[list[str], Finding | None]:
    """The section headings of the template in use, or a finding if it cannot be read."""
    from felles.render import scaffold

    path = scaffold.template(content.dir.path)
    where = content.display(path)
    try:
        source = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        reason = TEXT["unreadable"].format(error=type(error).__name__)
        return [], Finding(where, None, None, scaffold.CODE, {"reason": reason})
    titles = template_headings(source)
    if titles is not None:
        return titles, None
    if not content.leaders():
        return [], None
    from felles.checks.templates_rules import check_template

    unsafe = next(check_template(path, where), None)
    if unsafe is not None:  # never run a template that reaches into Python
        return [], unsafe
    sample = next(iter(content.leaders()))
    try:
        rendered = scaffold.fill(path, scaffold.context(content, sample, date(2000, 1, 1)))
    except FellesError as error:
        return [], Finding(where, error.line, None, error.code, error.params)
    return template_headings(rendered) or [], None


def check(content: Content) -> Iterator[Finding]:
    """Leader, group, one draft each, file name, sections, dates."""
    if not content.drafts:
        return
    leaders = content.leaders()
    expected, problem = expected_sections(content)
    if problem is not None:
        yield problem
    first: dict[str, str] = {}
    for draft in content.drafts:
        yield from _draft_findings(content, draft, leaders, first, expected)


def _draft_findings(
    content: Content,
    draft: Draft,
    leaders: dict[str, int],
    first: dict[str, str],
    expected: list[str],
) -> Iterator[Finding]:
    meta, doc = draft.meta, draft.doc

    def at(loc: tuple[str, ...], code: str, **params: Any) -> Finding:
        line, col = doc.where(loc)
        return Finding(draft.display, line, col, code, params)

    known = meta.leader in leaders
    if leaders and not known:
        found, close = find_name(meta.leader, leaders)
        hint = leader_hint(content, meta.leader, found, close)
        yield at(("leader",), "E401", leader=meta.leader, hint=hint)
    if known:
        actual = leaders[meta.leader]
        if actual != meta.group:
            yield at(("group",), "E402", group=meta.group, leader=meta.leader, actual=actual)
        other = first.setdefault(meta.leader, draft.display)
        if other != draft.display:
            yield at(("leader",), "E403", leader=meta.leader, other=other)
        if doc.path.name != f"{slug(meta.leader)}.md":
            yield at(("leader",), "E404", expected=f"{slug(meta.leader)}.md")
    days: dict[str, datetime] = {}
    for key in ("created", "updated"):
        try:
            days[key] = parse_when(getattr(meta, key)).first
        except ValueError as exc:
            yield at((key,), "E304", value=getattr(meta, key), detail=f": {exc}")
    if len(days) == 2 and days["updated"] < days["created"]:
        yield at(
            ("updated",),
            "W402",
            updated=text_words(meta.updated),
            created=text_words(meta.created),
        )
    filled = STATUSES.index(meta.status) >= STATUSES.index(FILLED_FROM)
    yield from _section_findings(draft.display, doc, expected, filled, meta.status)


def _section_findings(
    display: str, doc: Document, expected: list[str], filled: bool, status: str
) -> Iterator[Finding]:
    present = sections(doc.body, doc.body_line, count_words=filled)  # words: W401 only
    by_key: dict[str, Section] = {}
    for section in present:
        by_key.setdefault(heading_key(section.title), section)
    last_line = doc.body_line + max(doc.body.count("\n") - 1, 0)
    for index, title in enumerate(expected):
        found = by_key.get(heading_key(title))
        if found is None:
            later = (by_key.get(heading_key(t)) for t in expected[index + 1 :])
            line = next((s.line for s in later if s is not None), last_line)
            close = difflib.get_close_matches(title, [s.title for s in present], n=1, cutoff=0.6)
            yield Finding(display, line, 1, "W403", {"section": title, "hint": suggestion(close)})
        elif filled and found.words == 0:
            yield Finding(display, found.line, 1, "W401", {"section": title, "status": status})
