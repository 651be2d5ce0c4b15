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
from felles.content.inline_spans import normalised
from felles.controls import link_allowed
from felles.errors import FellesError

CODE: Final = "Kode"
MARKDOWN: Final = "Bevaret tekst"  # Markdown Word need not understand, kept as written
MARKDOWN_NAMES: Final = frozenset({MARKDOWN, "Markdown"})  # "Markdown": older documents
W: Final = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R: Final = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_CONTAINERS: Final = frozenset(
    {"ins", "moveTo", "smartTag", "customXml", "sdt", "sdtContent", "fldSimple", "bdo", "dir"}
)
_BODY_CONTAINERS: Final = frozenset({"ins", "moveTo", "customXml", "sdt", "sdtContent"})
CHANGES: Final = ("ins", "del", "moveFrom", "moveTo")


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
            reason = f"teksten er lagt i over {MAX_DEPTH} niveauer"
            raise FellesError("E430", {"path": self.shown, "reason": reason})

    def body(self, element: Any, depth: int) -> Iterator[tuple[str, Any]]:
        """('p' | 'tbl', element) at body level, through content controls and insertions."""
        self.deep(depth)
        for child in element:
            tag = _local(child)
            if tag in ("p", "tbl"):
                yield tag, child
            elif tag in _BODY_CONTAINERS:
                yield from self.body(child, depth + 1)

    def runs(self, element: Any, link: str | None, depth: int) -> Iterator[tuple[Any, str | None]]:
        self.deep(depth)
        for child in element:
            tag = _local(child)
            if tag == "r":
                yield child, link
            elif tag == "hyperlink":
                # Only http, https and mailto come back as links; any other is plain text.
                address = self.address(child)
                kept = address if address and link_allowed(address) else None
                yield from self.runs(child, kept or link, depth + 1)
            elif tag in _CONTAINERS:
                yield from self.runs(child, link, depth + 1)

    def address(self, element: Any) -> str | None:
        rel = element.get(R + "id")
        anchor = element.get(W + "anchor")
        address = ""
        if rel:
            try:
                address = self.document.part.rels[rel].target_ref
            except KeyError:
                address = ""
        if anchor:
            address += "#" + anchor
        return address or None

    def run_text(self, run: Any) -> str:
        out: list[str] = []
        for child in run:
            tag = _local(child)
            if tag == "fldChar":
                kind = child.get(W + "fldCharType")
                if kind == "begin":
                    self.fields.append(False)
                elif kind == "separate" and self.fields:
                    self.fields[-1] = True
                elif kind == "end" and self.fields:
                    self.fields.pop()
            elif not all(self.fields):
                continue  # a field's instruction
            elif tag == "t":
                out.append(child.text or "")
            elif tag in ("tab", "ptab"):
                out.append(" ")
            elif tag in ("br", "cr") and child.get(W + "type") in (None, "textWrapping"):
                out.append("\n")
            elif tag == "noBreakHyphen":
                out.append("-")
        return "".join(out)

    def text(self, paragraph: Any) -> str:
        return "".join(self.run_text(run) for run, _ in self.runs(paragraph._p, None, 0))

    def spans(self, paragraph: Any) -> tuple[Span, ...]:
        from docx.text.run import Run

        out = [
            _run_span(Run(run, paragraph), self.run_text(run), link)
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
        tag = _local(child)
        if tag == name:
            yield child
        elif tag in _BODY_CONTAINERS:
            yield from _children(child, name, depth + 1, walker)


def _local(element: Any) -> str:
    tag = element.tag
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) and tag.startswith(W) else ""


def _run_span(run: Any, text: str, link: str | None) -> Span:
    style = run.style.name if run.style is not None else ""
    if style == CODE:
        return Span(text, code=True, link=link)
    if style in MARKDOWN_NAMES:
        return Span(text, raw=True, link=link)
    bold = run.bold is True or (run.bold is None and style in ("Strong", "Kraftig"))
    italic = run.italic is True or (run.italic is None and style in ("Emphasis", "Fremhævning"))
    return Span(text, bold=bold, italic=italic, link=link)
