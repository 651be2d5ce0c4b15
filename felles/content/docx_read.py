"""A Word document read back as the blocks of a draft's body (`felles grundlag import`).

The reverse of `export.docx`, and forgiving about what Word does to a document:
headings are the styles "Heading 1…6" (and "Title" a level-1 heading) whatever
language Word shows them in; a list item is any paragraph Word numbers (its own
numbering or its style's: "List Bullet", "List Number", a list made with Word's
buttons), bullet or numbered by the numbering's format, nested by its level; bold and
italic are Word's own (or the character styles "Strong" and "Emphasis"); runs that
Word split are joined; empty paragraphs are blank lines and are dropped. The
paragraph styles of the guiding questions, the notes and the kept Markdown come back
as what they were; a paragraph in the question style is the leader's answer unless it
is one of the document's questions (`answers`). A table becomes a Markdown table. The
text is read as Word shows it with every tracked change accepted (`docx_text.Walker`);
headers, footers and comments are not part of it. A document over the limits of
`docx_limits` is refused before it is inflated.

python-docx is imported only here, when a document is read.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Any, Final

from felles.content.blocks import Block, Span
from felles.content.docx_custom_xml import read_properties
from felles.content.docx_limits import check_limits
from felles.content.docx_properties import LEADER
from felles.content.docx_runs import MARKDOWN_NAMES, W
from felles.content.docx_text import CHANGES, Walker
from felles.content.inline_spans import normalised
from felles.errors import FellesError

# The styles export.docx gives what is not the leader's text (kept in step with it).
QUESTION: Final = "Spørgsmål fra skabelonen"
NOTE: Final = "Note fra skabelonen"
GUIDE: Final = "Vejledning fra felles"
GUIDE_TEXT: Final = (
    "Skriv dit svar under hvert spørgsmål; slet ikke overskrifterne. Spørgsmålene i grå "
    "kursiv må gerne blive stående."
)
_HEADING = re.compile(r"^(?:heading|overskrift) ([1-6])$", re.IGNORECASE)
_LEVEL_SUFFIX = re.compile(r" ([2-9])$")
_QUOTED_ITEM = re.compile(r"^( *)(- |\d+\. )")
MAX_BYTES: Final = 50 * 1024 * 1024

# Why a document cannot be read (the reason in E421).
TEXT: Final = {
    "not_docx": "filen er ikke et Word-dokument (.docx)",
    "broken": "Word-dokumentet er ødelagt",
}


@dataclass(frozen=True)
class Read:
    blocks: list[Block]
    identifier: str  # the document property felles sets (empty for another's document)
    properties: dict[str, str] = field(default_factory=dict)  # felles' custom properties
    changes: int = 0  # tracked changes (insertions, deletions, moves), read as accepted
    comments: int = 0  # comments, which are not part of the text

    @property
    def leader(self) -> str:
        """The slug of the leader the document was made for ('' if it does not say)."""
        own = self.properties.get(LEADER, "")
        if own:
            return own
        prefix = "felles:ledelsesgrundlag:"
        return self.identifier.removeprefix(prefix) if self.identifier.startswith(prefix) else ""


def read(data: bytes, shown: str, questions: Collection[Block] | None = None) -> Read:
    """The blocks of a .docx as a reader sees it with every tracked change accepted;
    FellesError E421 (naming `shown`) if it is not one, E430 if it is over the limits.

    With `questions` (the guiding questions the document was made with), a paragraph in
    the question style is a question only if it is one of them (`answers`)."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    too_big = check_limits(data)
    if too_big is not None:
        raise FellesError("E430", {"path": shown, "reason": too_big})
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as error:
        raise FellesError("E421", {"path": shown, "reason": _reason(error)}) from None
    except Exception as error:  # lxml's XMLSyntaxError and kin: a damaged document
        if type(error).__module__.startswith(("lxml", "docx")):
            raise FellesError("E421", {"path": shown, "reason": _reason(error)}) from None
        raise
    numbering = _Numbering(document)
    walker = Walker(document, shown)
    blocks: list[Block] = []
    body = document.element.body
    for kind, element in walker.body(body, 0):
        if kind == "p":
            from docx.text.paragraph import Paragraph

            block = _paragraph(Paragraph(element, document._body), numbering, walker)
        else:
            block = _table(element, walker)
        if block is not None:
            blocks.append(block)
    blocks = _starts(blocks)
    blocks = answers(blocks, questions)
    changes = sum(1 for _ in body.iter(*(W + tag for tag in CHANGES)))
    comments = sum(1 for _ in body.iter(W + "commentReference"))
    return Read(
        blocks,
        document.core_properties.identifier or "",
        read_properties(data),
        changes,
        comments,
    )


def _reason(error: Exception) -> str:
    if isinstance(error, (zipfile.BadZipFile, KeyError)) or "Package not found" in str(error):
        return TEXT["not_docx"]
    return TEXT["broken"]


class _Numbering:
    """numId → {level: format} from numbering.xml ('bullet', 'decimal', …)."""

    def __init__(self, document: Any) -> None:
        self.formats: dict[int, dict[int, str]] = {}
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError):
            return
        ns = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}
        w = "{" + ns["w"] + "}"
        abstract: dict[str, dict[int, str]] = {}
        for node in root.findall("w:abstractNum", ns):
            levels = {}
            for lvl in node.findall("w:lvl", ns):
                fmt = lvl.find("w:numFmt", ns)
                levels[int(lvl.get(w + "ilvl", "0"))] = (
                    fmt.get(w + "val") if fmt is not None else ""
                )
            abstract[node.get(w + "abstractNumId", "")] = levels
        for node in root.findall("w:num", ns):
            ref = node.find("w:abstractNumId", ns)
            if ref is not None:
                self.formats[int(node.get(w + "numId", "0"))] = abstract.get(ref.get(w + "val"), {})

    def ordered(self, num_id: int, level: int) -> bool | None:
        """True for a numbered list, False for bullets, None for 'no list' (numId 0)."""
        if num_id == 0 or num_id not in self.formats:
            return None
        return self.formats[num_id].get(level, "bullet") not in ("bullet", "none")


def _num_pr(paragraph: Any) -> tuple[int, int] | None:
    """(numId, level) from the paragraph's own numbering, else its style's."""
    style = paragraph.style
    for element in (paragraph._p, *(_style_chain(style))):
        ppr = element.pPr
        if ppr is not None and ppr.numPr is not None and ppr.numPr.numId is not None:
            level = ppr.numPr.ilvl.val if ppr.numPr.ilvl is not None else 0
            return int(ppr.numPr.numId.val), int(level)
    return None


def _style_chain(style: Any) -> list[Any]:
    chain: list[Any] = []
    while style is not None and len(chain) < 10:
        chain.append(style.element)
        style = style.base_style
    return chain


def _style_names(paragraph: Any) -> list[str]:
    names: list[str] = []
    style = paragraph.style
    while style is not None and len(names) < 10:
        names.append(style.name or "")
        style = style.base_style
    return names


def _paragraph(paragraph: Any, numbering: _Numbering, walker: Walker) -> Block | None:
    names = _style_names(paragraph)
    name = names[0] if names else ""
    if name == NOTE:
        return Block("note", raw="<!--" + walker.text(paragraph) + "-->")
    if name in MARKDOWN_NAMES:
        text = walker.text(paragraph)
        return Block("verbatim", raw=text) if text.strip() else None
    spans = walker.spans(paragraph)
    if not spans:
        return None
    if name == GUIDE:
        return Block("quote", spans, raw=GUIDE)  # felles' own note: dropped by `answers`
    if name == QUESTION:
        return _question(spans)
    heading = next((m for m in map(_HEADING.match, names) if m), None)
    if heading is not None or name == "Title":
        return Block("heading", spans, int(heading.group(1)) if heading else 1)
    listed = _num_pr(paragraph)
    if listed is not None:
        ordered = numbering.ordered(*listed)
        if ordered is not None:
            depth = max(listed[1] + 1, _level_of(name))
            return Block("item", spans, depth, ordered)
    if name.startswith("List Bullet") or name.startswith("List Number"):
        return Block("item", spans, _level_of(name), name.startswith("List Number"))
    if name.startswith("List Continue"):
        return Block("paragraph", spans, _level_of(name))
    return Block("paragraph", spans)


def _level_of(name: str) -> int:
    match = _LEVEL_SUFFIX.search(name)
    return int(match.group(1)) if match else 1


def _question(spans: tuple[Span, ...]) -> Block:
    """A guiding question; '- …' or '1. …' in front makes it an item of a quoted list."""
    match = _QUOTED_ITEM.match(spans[0].text)
    if match is None or spans[0].bold or spans[0].italic or spans[0].code:
        return Block("quote", spans)
    first = Span(spans[0].text[match.end() :], link=spans[0].link)
    level = len(match.group(1)) // 2 + 1
    rest = normalised([first, *spans[1:]])
    return Block("quote", rest, level, match.group(2) != "- ")


def _table(table: Any, walker: Walker) -> Block | None:
    """A Word table as a Markdown table (its first row the header)."""
    rows = [[cell.replace("|", "\\|") for cell in row] for row in walker.rows(table, 0)]
    rows = [row for row in rows if any(row)]
    if not rows:
        return None
    width = max(len(row) for row in rows)
    rows = [row + [""] * (width - len(row)) for row in rows]
    lines = ["| " + " | ".join(rows[0]) + " |", "|" + " --- |" * width]
    lines += ["| " + " | ".join(row) + " |" for row in rows[1:]]
    return Block("verbatim", raw="\n".join(lines))


def answers(blocks: list[Block], questions: Collection[Block] | None) -> list[Block]:
    """The rule for text in the question style (Word keeps a paragraph's style after Enter
    in a document not made by felles): a question-styled paragraph is a question only if
    it is one of `questions`; one that begins with a question and goes on is that question
    and an answer; any other is the leader's answer. felles' own note (GUIDE) is dropped,
    and so is the same text; what was typed after it is an answer."""
    known = [q for q in questions or () if q.kind == "quote"]
    out: list[Block] = []
    for block in blocks:
        if block.kind != "quote" or (block.raw != GUIDE and (questions is None or block in known)):
            out.append(block)
        else:
            out.extend(_question_and_answer(block, known))
    return out


def _question_and_answer(block: Block, known: list[Block]) -> list[Block]:
    """A question-styled block that is no question as it stands: the longest known question
    it begins with (never felles' note), then what follows as an answer."""
    text, block, heads = _as_written(block, known)
    head = max(
        (q for q in heads if text.startswith(q.text()) and text != q.text()),
        key=lambda q: len(q.text()),
        default=None,
    )
    out: list[Block] = []
    if head is not None and block.raw != GUIDE and head.raw != GUIDE:
        out.append(head)
    rest = _after(block.spans, len(head.text())) if head is not None else block.spans
    if rest and text != GUIDE_TEXT:
        out.append(Block("paragraph", rest))
    return out


def _as_written(block: Block, known: list[Block]) -> tuple[str, Block, list[Block]]:
    """The block's text with its list marker as typed, the block with the marker, and the
    questions it may begin with (felles' note for the note)."""
    text = block.text()
    if block.raw == GUIDE:
        return text, block, [Block("quote", (Span(GUIDE_TEXT),))]
    marker = "  " * (block.level - 1) + ("1. " if block.ordered else "- ")
    text = (marker if block.level else "") + text
    block = Block("quote", (Span(marker), *block.spans) if block.level else block.spans)
    return text, block, [q for q in known if not q.level]


def _after(spans: tuple[Span, ...], skip: int) -> tuple[Span, ...]:
    out: list[Span] = []
    for span in spans:
        if skip >= len(span.text):
            skip -= len(span.text)
            continue
        out.append(Span(span.text[skip:], span.bold, span.italic, span.code, span.link, span.raw))
        skip = 0
    return normalised(out)


def _starts(blocks: list[Block]) -> list[Block]:
    """Each numbered list's first item starts it at 1 (as export.docx writes them)."""
    out: list[Block] = []
    for block in blocks:
        if block.kind == "item" and block.ordered:
            previous = out[-1] if out else None
            continuing = previous is not None and (
                (previous.kind == "item" and (previous.level > block.level
                 or (previous.level == block.level and previous.ordered)))
                or (previous.kind == "paragraph" and previous.level >= block.level)
            )  # fmt: skip
            if not continuing:
                block = Block(block.kind, block.spans, block.level, True, start=1)
        out.append(block)
    return out
