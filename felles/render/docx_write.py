"""A leader's draft as a Word document (`felles grundlag docx`), written with python-docx.

Each block of the body (`content.blocks`) becomes one Word paragraph in a style Word
knows: headings as "Heading 1…6" (Word shows them as Overskrift 1…6), lists as
"List Bullet"/"List Number" (nested: "… 2", "… 3", each numbered list restarting at
its own first number), bold and italic as Word's own, links as links. What is not the
leader's text keeps a style of its own, so that `content.docx_read` can tell it apart
when the document comes back:

- the guiding questions (`> …`): QUESTION, grey, italic, indented;
- felles' note for the Word user (GUIDE_TEXT), small and grey, first in the document;
- notes to a Markdown author (HTML comments) are not written: they speak of `>` lines
  and front matter, and they stay in the draft (`grundlag import` keeps them);
- Markdown Word need not understand (tables, code, images): MARKDOWN ("Bevaret
  tekst": no Markdown word in the document), monospace, as
  written; inline code in CODE.

The file carries felles' mark (`felles.render.signature.sign_docx`: docProps/app.xml
names felles as the application, which Word and LibreOffice replace when they save),
so `-o` replaces a document felles wrote and nobody has saved since, and no other
(felles/cli/output.py). SIGNATURE in the document's comments says which command made
it. python-docx is imported only when a document is made.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from typing import Any, Final

from felles.content.blocks import Block, Span
from felles.content.docx_custom_xml import with_properties
from felles.content.docx_properties import properties
from felles.content.docx_read import GUIDE, GUIDE_TEXT, NOTE, QUESTION
from felles.content.docx_runs import CODE, MARKDOWN
from felles.controls import REPLACEMENT, harmless, link_allowed
from felles.render.signature import APPLICATION, sign_docx

__all__ = ["CODE", "MARKDOWN", "NOTE", "QUESTION", "build"]
SIGNATURE: Final = "felles grundlag docx"
IDENTIFIER: Final = "felles:ledelsesgrundlag:{slug}"
_GREY: Final = (0x59, 0x59, 0x59)
_NOT_XML: Final = re.compile("[\ufffe\uffff\ud800-\udfff]")
_LINK: Final = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"


def build(
    blocks: Sequence[Block],
    *,
    leader: str,
    slug: str,
    header: str,
    draft: bytes = b"",
    body: str = "",
) -> bytes:
    """The .docx of a draft's blocks; `header` is the page header (not brought back).

    `draft` (the draft file's bytes) and `body` (its body) go into the document's custom
    properties with the leader's `slug` (`content.docx_properties.properties`)."""
    import docx

    document = docx.Document()
    _page(document)
    _styles(document)
    core = document.core_properties
    core.title = _xml(f"Personligt ledelsesgrundlag – {leader}")
    core.author = core.last_modified_by = APPLICATION
    core.identifier = IDENTIFIER.format(slug=slug)
    core.comments = SIGNATURE
    core.language = "da-DK"
    head = document.sections[0].header.paragraphs[0]
    head.text = _xml(header)
    head.style = document.styles[NOTE]
    document.add_paragraph(GUIDE_TEXT, style=GUIDE)
    _Writer(document).write(blocks)
    out = io.BytesIO()
    document.save(out)
    return sign_docx(with_properties(out.getvalue(), properties(slug, draft, body)))


def _page(document: Any) -> None:
    """A4 with Danish margins (2.5 cm at the top and bottom, 2 cm at the sides)."""
    from docx.shared import Cm, Mm

    for section in document.sections:
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.top_margin = section.bottom_margin = Cm(2.5)
        section.left_margin = section.right_margin = Cm(2)


def _styles(document: Any) -> None:
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt, RGBColor

    normal = document.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    properties = normal.element.get_or_add_rPr()
    language = properties.find(qn("w:lang"))
    if language is None:
        language = properties.makeelement(qn("w:lang"), {})
        properties.append(language)
    language.set(qn("w:val"), "da-DK")  # Word checks the spelling in Danish
    styles = document.styles
    question = styles.add_style(QUESTION, WD_STYLE_TYPE.PARAGRAPH)
    question.base_style = normal
    question.font.italic = True
    question.font.color.rgb = RGBColor(*_GREY)
    question.paragraph_format.left_indent = Cm(0.6)
    question.next_paragraph_style = normal  # Enter after a question: the answer's style
    guide = styles.add_style(GUIDE, WD_STYLE_TYPE.PARAGRAPH)
    guide.base_style = normal
    guide.font.size = Pt(9)
    guide.font.color.rgb = RGBColor(*_GREY)
    guide.next_paragraph_style = normal
    note = styles.add_style(NOTE, WD_STYLE_TYPE.PARAGRAPH)
    note.base_style = normal
    note.font.size = Pt(9)
    note.font.color.rgb = RGBColor(*_GREY)
    markdown = styles.add_style(MARKDOWN, WD_STYLE_TYPE.PARAGRAPH)
    markdown.base_style = normal
    markdown.font.name = "Courier New"
    markdown.font.size = Pt(9.5)
    code = styles.add_style(CODE, WD_STYLE_TYPE.CHARACTER)
    code.font.name = "Courier New"


class _Writer:
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
            target = _Link(paragraph, span.link) if linked and span.link else paragraph
            lines = _xml(span.text).split("\n")
            run = target.add_run(lines[0])
            for line in lines[1:]:
                run.add_break()
                run.add_text(line)
            run.bold = span.bold or None
            run.italic = span.italic or None
            if span.code:
                run.style = self.document.styles[CODE]


def _xml(text: str) -> str:
    """Text XML 1.0 can hold (lxml refuses the rest): control characters and the
    non-characters U+FFFE/U+FFFF as U+FFFD (`felles.controls`), CR left out."""
    return _NOT_XML.sub(REPLACEMENT, harmless(text).replace("\r", ""))


def _suffix(level: int) -> str:
    return "" if level <= 1 else f" {min(level, 3)}"


class _Link:
    """A w:hyperlink in `paragraph` to `address`, taking runs like a paragraph."""

    def __init__(self, paragraph: Any, address: str) -> None:
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        self.paragraph = paragraph
        part = paragraph.part
        rel = part.relate_to(address, _LINK, is_external=True)
        self.element = OxmlElement("w:hyperlink")
        self.element.set(qn("r:id"), rel)
        paragraph._p.append(self.element)

    def add_run(self, text: str) -> Any:
        from docx.shared import RGBColor

        run = self.paragraph.add_run(text)
        self.element.append(run._r)  # moved from the paragraph into the link
        run.font.underline = True
        run.font.color.rgb = RGBColor(0x12, 0x3F, 0x6B)
        return run
