"""Control characters in the content's text (E370): content is data, never a command.

Every text value of every file read (titles, places, names, descriptions, the survey's
questions, the pairs) and every Markdown body (a phase's, a leader's draft) is searched
for the characters `felles.controls` names: C0 except TAB and LF (CR only as the first
half of CRLF), DEL, C1 and the bidirectional overrides. YAML refuses them written raw
(E117), but a double-quoted string makes them from escapes (`"\\e]0;…\\a"`); a Markdown
body holds them raw. Each is reported at its value's line and column (a body's at the
character itself), once per value.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Final

from felles.content.document import Document, Loc
from felles.content.load import Content
from felles.controls import CONTROLS, codepoint
from felles.findings import Finding

# Where E370's character stands, when it is in a field.
TEXT: Final = {"in_field": " i feltet {field}"}


def check(content: Content) -> Iterator[Finding]:
    for display, doc in content.documents.items():
        yield from _values(display, doc, doc.data, ())
        yield from _body(display, doc)


def _values(display: str, doc: Document, value: Any, loc: Loc) -> Iterator[Finding]:
    if isinstance(value, str):
        found = CONTROLS.search(value)
        if found is not None:
            line, col = doc.where(loc)
            yield _finding(display, line, col, found.group(), loc)
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _values(display, doc, item, (*loc, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _values(display, doc, item, (*loc, index))


def _body(display: str, doc: Document) -> Iterator[Finding]:
    for found in CONTROLS.finditer(doc.body):
        start = found.start()
        line = doc.body_line + doc.body.count("\n", 0, start)
        col = start - (doc.body.rfind("\n", 0, start) + 1) + 1
        yield _finding(display, line, col, found.group(), ())


def _finding(display: str, line: int, col: int, char: str, loc: Loc) -> Finding:
    field = next((str(part) for part in reversed(loc) if isinstance(part, str)), "")
    in_field = TEXT["in_field"].format(field=field) if field else ""
    return Finding(display, line, col, "E370", {"codepoint": codepoint(char), "in_field": in_field})
