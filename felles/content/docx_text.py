"""The text of a .docx's paragraphs and tables as Word shows it, read from the XML.

python-docx's `paragraph.runs` sees only a paragraph's direct runs: text typed with Track
Changes on (w:ins), moved text (w:moveTo), content controls (w:sdt), smart tags, custom
XML and fields wrap their runs and would vanish. `Walker` walks the XML in document order
and reads the accepted view: every w:t, w:tab and w:br of the runs inside those, and a
complex field's result (between its 'separate' and 'end', not its instruction); never
deleted (w:del) or moved-away (w:moveFrom) text.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Final

from felles.content.blocks import Span
from felles.content.docx_limits import MAX_DEPTH
from felles.content.docx_runs import link_target, local_name, run_span, run_text
from felles.content.inline_spans import normalised
from felles.controls import link_allowed
from felles.errors import FellesError

_BODY_CONTAINERS: Final = frozenset({"ins", "moveTo", "customXml", "sdt", "sdtContent"})
_CONTAINERS: Final = _BODY_CONTAINERS | {"smartTag", "fldSimple", "bdo", "dir"}  # of runs
CHANGES: Final = ("ins", "del", "moveFrom", "moveTo")
TEXT: Final = {"too_deep": "teksten er lagt i over {limit} niveauer"}  # the reason in E430


class Walker:
    """The text of paragraphs as Word shows it with every tracked change accepted: runs
    inside insertions, moves, content controls, smart tags, custom XML, simple fields and
    hyperlinks, and a complex field's result (not its instruction); never deleted or
    moved-away text."""

    def __init__(self, document: Any, shown: str) -> None:
        self.document = document
        self.shown = shown
        self.fields: list[bool] = []  # per open complex field: past its 'separate'?

    def deep(self, depth: int) -> None:
        if depth > MAX_DEPTH:
            reason = TEXT["too_deep"].format(limit=MAX_DEPTH)
            raise FellesError("E430", {"path": self.shown, "reason": reason})

    def body(self, element: Any, depth: int) -> Iterator[tuple[str, Any]]:
        """('p' | 'tbl', element) at body level, through content controls and insertions."""
        self.deep(depth)
        for child in element:
            tag = local_name(child)
            if tag in ("p", "tbl"):
                yield tag, child
            elif tag in _BODY_CONTAINERS:
                yield from self.body(child, depth + 1)

    def runs(self, element: Any, link: str | None, depth: int) -> Iterator[tuple[Any, str | None]]:
        self.deep(depth)
        for child in element:
            tag = local_name(child)
            if tag == "r":
                yield child, link
            elif tag == "hyperlink":
                # Only http, https and mailto come back as links; any other is plain text.
                address = link_target(self.document, child)
                kept = address if address and link_allowed(address) else None
                yield from self.runs(child, kept or link, depth + 1)
            elif tag in _CONTAINERS:
                yield from self.runs(child, link, depth + 1)

    def text(self, paragraph: Any) -> str:
        return "".join(run_text(run, self.fields) for run, _ in self.runs(paragraph._p, None, 0))

    def spans(self, paragraph: Any) -> tuple[Span, ...]:
        from docx.text.run import Run

        out = [
            run_span(Run(run, paragraph), run_text(run, self.fields), link)
            for run, link in self.runs(paragraph._p, None, 0)
        ]
        return normalised(out)

    def cell(self, element: Any, depth: int) -> str:
        """A table cell's text on one line (a table inside it too)."""
        from docx.text.paragraph import Paragraph

        parts = []
        for kind, child in self.body(element, depth + 1):
            if kind == "p":
                parts.append(self.text(Paragraph(child, self.document._body)))
            else:
                parts.extend(" ".join(row) for row in self.rows(child, depth + 1))
        return " ".join(" ".join(parts).split())

    def rows(self, table: Any, depth: int) -> list[list[str]]:
        self.deep(depth)
        rows = []
        for row in _children(table, "tr", depth, self):
            rows.append([self.cell(cell, depth + 1) for cell in _children(row, "tc", depth, self)])
        return rows


def _children(element: Any, name: str, depth: int, walker: Walker) -> Iterator[Any]:
    """`element`'s children named `name`, through content controls, insertions, custom XML."""
    walker.deep(depth)
    for child in element:
        tag = local_name(child)
        if tag == name:
            yield child
        elif tag in _BODY_CONTAINERS:
            yield from _children(child, name, depth + 1, walker)
