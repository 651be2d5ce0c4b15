"""The blocks of a draft's body as Word paragraphs (`felles grundlag docx`): headings,
lists (each numbered list restarting at its own first number), guiding questions,
Markdown Word need not understand, and the runs of each: bold, italic, code, links."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, Final

from felles.content.blocks import Block, Span
from felles.content.docx_read import QUESTION
from felles.content.docx_runs import CODE, MARKDOWN
from felles.controls import REPLACEMENT, harmless, link_allowed
from felles.render.docx_hyperlink import Hyperlink

_NOT_XML: Final = re.compile("[\ufffe\uffff\ud800-\udfff]")


class BlockWriter:
    def __init__(self, document: Any) -> None:
        self.document = document
        self.numbers: dict[int, int] = {}  # list depth → the w:num of its numbered list

    def write(self, blocks: Sequence[Block]) -> None:
        for block in blocks:
            self.block(block)

    def block(self, block: Block) -> None:
        add = self.document.add_paragraph
        if block.kind == "heading":
            self.runs(add(style=f"Heading {block.level}"), block.spans)
        elif block.kind == "item":
            for depth in [d for d in self.numbers if d > block.level]:
                del self.numbers[depth]
            style = ("List Number" if block.ordered else "List Bullet") + _suffix(block.level)
            paragraph = add(style=style)
            if block.ordered:
                self.number(paragraph, style, block)
            self.runs(paragraph, block.spans)
        elif block.kind == "paragraph":
            style = f"List Continue{_suffix(block.level)}" if block.level else "Normal"
            self.runs(add(style=style), block.spans)
        elif block.kind == "quote":
            marker = ""
            if block.level:
                marker = "  " * (block.level - 1) + ("1. " if block.ordered else "- ")
            spans = (Span(marker), *block.spans) if marker else block.spans
            self.runs(add(style=QUESTION), spans)
        elif block.kind == "note":
            pass  # notes to a Markdown author stay in the draft (`grundlag import` keeps them)
        else:
            self.runs(add(style=MARKDOWN), (Span(block.raw, raw=True),))

    def number(self, paragraph: Any, style: str, block: Block) -> None:
        """Every numbered list starts at its own first number: a w:num of its own."""
        from docx.oxml import parse_xml
        from docx.oxml.ns import nsdecls

        if block.start is not None or block.level not in self.numbers:
            numbering = self.document.part.numbering_part.element
            base = self.document.styles[style].element.pPr.numPr.numId.val
            abstract = next(n.abstractNumId.val for n in numbering.num_lst if n.numId == base)
            number = max(n.numId for n in numbering.num_lst) + 1
            numbering.append(
                parse_xml(
                    f'<w:num {nsdecls("w")} w:numId="{number}"><w:abstractNumId '
                    f'w:val="{abstract}"/><w:lvlOverride w:ilvl="0"><w:startOverride '
                    f'w:val="{block.start or 1}"/></w:lvlOverride></w:num>'
                )
            )
            self.numbers[block.level] = number
        properties = paragraph._p.get_or_add_pPr().get_or_add_numPr()
        properties.get_or_add_ilvl().val = 0
        properties.get_or_add_numId().val = self.numbers[block.level]

    def runs(self, paragraph: Any, spans: Sequence[Span]) -> None:
        for span in spans:
            # Only http, https and mailto stay links; any other address is plain text.
            linked = span.link is not None and link_allowed(span.link)
            target = Hyperlink(paragraph, span.link) if linked and span.link else paragraph
            lines = xml_text(span.text).split("\n")
            run = target.add_run(lines[0])
            for line in lines[1:]:
                run.add_break()
                run.add_text(line)
            run.bold = span.bold or None
            run.italic = span.italic or None
            if span.code:
                run.style = self.document.styles[CODE]


def xml_text(text: str) -> str:
    """Text XML 1.0 can hold (lxml refuses the rest): control characters and the
    non-characters U+FFFE/U+FFFF as U+FFFD (`felles.controls`), CR left out."""
    return _NOT_XML.sub(REPLACEMENT, harmless(text).replace("\r", ""))


def _suffix(level: int) -> str:
    return "" if level <= 1 else f" {min(level, 3)}"
