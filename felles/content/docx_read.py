"""A Word document read back as the blocks of a draft's body (`felles grundlag import`).

The reverse of `export.docx`, and forgiving about what Word does to a document:
headings are the styles "Heading 1…6" (and "Title" a level-1 heading) whatever
language Word shows them in; a list item is any paragraph Word numbers (its own
numbering or its style's: "List Bullet", "List Number", a list made with Word's
buttons), bullet or numbered by the numbering's format, nested by its level; bold and
italic are Word's own (or the character styles "Strong" and "Emphasis"); runs that
Word split are joined; empty paragraphs are blank lines and are dropped. The
paragraph styles of the guiding questions, the notes and the kept Markdown come back
as what they were. A table becomes a Markdown table. Headers, footers, comments and
tracked changes are not part of the text.

python-docx is imported only here, when a document is read.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from typing import Any, Final

from felles.content.blocks import Block, Span, normalised
from felles.controls import link_allowed
from felles.errors import FellesError

# The styles export.docx gives what is not the leader's text (kept in step with it).
QUESTION: Final = "Spørgsmål fra skabelonen"
NOTE: Final = "Note fra skabelonen"
MARKDOWN: Final = "Markdown"
CODE: Final = "Kode"
_HEADING = re.compile(r"^(?:heading|overskrift) ([1-6])$", re.IGNORECASE)
_LEVEL_SUFFIX = re.compile(r" ([2-9])$")
_QUOTED_ITEM = re.compile(r"^( *)(- |\d+\. )")
MAX_BYTES: Final = 50 * 1024 * 1024


@dataclass(frozen=True)
class Read:
    blocks: list[Block]
    identifier: str  # the document property felles sets (empty for another's document)


def read(data: bytes, shown: str) -> Read:
    """The blocks of a .docx; FellesError E421 (naming `shown`) if it is not one."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as error:
        raise FellesError("E421", {"path": shown, "reason": _reason(error)}) from None
    except Exception as error:  # lxml's XMLSyntaxError and kin: a damaged document
        if type(error).__module__.startswith(("lxml", "docx")):
            raise FellesError("E421", {"path": shown, "reason": _reason(error)}) from None
        raise
    numbering = _Numbering(document)
    blocks: list[Block] = []
    for element in document.element.body.iterchildren():
        tag = element.tag.rsplit("}", 1)[-1]
        if tag == "p":
            from docx.text.paragraph import Paragraph

            block = _paragraph(Paragraph(element, document._body), numbering)
            if block is not None:
                blocks.append(block)
        elif tag == "tbl":
            from docx.table import Table

            table = _table(Table(element, document._body))
            if table is not None:
                blocks.append(table)
    return Read(_starts(blocks), document.core_properties.identifier or "")


def _reason(error: Exception) -> str:
    if isinstance(error, (zipfile.BadZipFile, KeyError)) or "Package not found" in str(error):
        return "filen er ikke et Word-dokument (.docx)"
    return "Word-dokumentet er ødelagt"


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


def _paragraph(paragraph: Any, numbering: _Numbering) -> Block | None:
    names = _style_names(paragraph)
    name = names[0] if names else ""
    if name == NOTE:
        return Block("note", raw="<!--" + _text(paragraph) + "-->")
    if name == MARKDOWN:
        return Block("verbatim", raw=_text(paragraph)) if _text(paragraph).strip() else None
    spans = _spans(paragraph)
    if not spans:
        return None
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


def _text(paragraph: Any) -> str:
    return "".join(run.text for run in _runs(paragraph)).replace("\t", " ")


def _runs(paragraph: Any) -> list[Any]:
    from docx.text.hyperlink import Hyperlink

    runs: list[Any] = []
    for item in paragraph.iter_inner_content():
        runs.extend(item.runs if isinstance(item, Hyperlink) else [item])
    return runs


def _spans(paragraph: Any) -> tuple[Span, ...]:
    from docx.text.hyperlink import Hyperlink

    out: list[Span] = []
    for item in paragraph.iter_inner_content():
        if isinstance(item, Hyperlink):
            address = item.address + (f"#{item.fragment}" if item.fragment else "")
            # Only http, https and mailto come back as links; any other is plain text.
            kept = address if address and link_allowed(address) else None
            out.extend(_run_span(run, kept) for run in item.runs)
        else:
            out.append(_run_span(item, None))
    return normalised(out)


def _run_span(run: Any, link: str | None) -> Span:
    style = run.style.name if run.style is not None else ""
    text = run.text.replace("\t", " ")
    if style == CODE:
        return Span(text, code=True, link=link)
    if style == MARKDOWN:
        return Span(text, raw=True, link=link)
    bold = run.bold is True or (run.bold is None and style in ("Strong", "Kraftig"))
    italic = run.italic is True or (run.italic is None and style in ("Emphasis", "Fremhævning"))
    return Span(text, bold=bold, italic=italic, link=link)


def _table(table: Any) -> Block | None:
    """A Word table as a Markdown table (its first row the header)."""
    rows = [
        [" ".join(cell.text.split()).replace("|", "\\|") for cell in row.cells]
        for row in table.rows
    ]
    rows = [row for row in rows if any(row)]
    if not rows:
        return None
    width = max(len(row) for row in rows)
    rows = [row + [""] * (width - len(row)) for row in rows]
    lines = ["| " + " | ".join(rows[0]) + " |", "|" + " --- |" * width]
    lines += ["| " + " | ".join(row) + " |" for row in rows[1:]]
    return Block("verbatim", raw="\n".join(lines))


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
