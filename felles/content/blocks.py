"""A Markdown body as a list of blocks: what a Word document can hold, and where each stands.

The leader's draft goes out to Word and comes back (`felles grundlag docx|import`)
through this model. A block is a heading, a paragraph, a list item (bullet or
numbered, nested by `level`), a guiding question (a quote, `> …`), a note to the
author (an HTML comment, kept whole) or anything else Markdown can say that Word
need not understand (a table, code, a rule: kept whole as its Markdown, `verbatim`).
Its text is a tuple of spans: plain, bold, italic, code, a link.

Each block knows the lines it came from (`lines`, not compared), so an import can keep
the author's own lines for every block that came back unchanged (`export.markdown_out`).
Parsing is content/markdown_blocks.py; spans as a reader sees them content/inline_spans.py.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Kind = Literal["heading", "paragraph", "item", "quote", "note", "verbatim"]


@dataclass(frozen=True)
class Span:
    text: str
    bold: bool = False
    italic: bool = False
    code: bool = False
    link: str | None = None
    raw: bool = False  # Markdown kept as written (an image, struck-out text): never escaped

    def marks(self) -> tuple[bool, bool, bool, str | None, bool]:
        return (self.bold, self.italic, self.code, self.link, self.raw)


@dataclass(frozen=True)
class Block:
    kind: Kind
    spans: tuple[Span, ...] = ()
    level: int = 0  # heading: 1-6; an item: its list depth (1, 2 …); inside a list: its depth
    ordered: bool = False  # an item (or a quoted one) of a numbered list
    raw: str = ""  # note and verbatim: the Markdown (or comment) as written
    start: int | None = field(default=None, compare=False)  # an ordered list's first number
    lines: tuple[int, int] = field(default=(0, 0), compare=False)  # [first, end) in the body

    def text(self) -> str:
        return (
            self.raw if self.kind in ("note", "verbatim") else "".join(s.text for s in self.spans)
        )
