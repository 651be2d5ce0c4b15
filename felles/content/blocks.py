"""A Markdown body as a list of blocks: what a Word document can hold, and where each stands.

The leader's draft goes out to Word and comes back (`felles grundlag docx|import`)
through this model. A block is a heading, a paragraph, a list item (bullet or
numbered, nested by `level`), a guiding question (a quote, `> …`), a note to the
author (an HTML comment, kept whole) or anything else Markdown can say that Word
need not understand (a table, code, a rule: kept whole as its Markdown, `verbatim`).
Its text is a tuple of spans: plain, bold, italic, code, a link.

Each block knows the lines it came from (`lines`, not compared), so an import can keep
the author's own lines for every block that came back unchanged (`render.markdown_merge`).
Markdown is parsed by markdown-it-py (CommonMark, tables, strikethrough) with HTML off.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Any, Final, Literal

from felles.content.markdown import comments, without_comments

Kind = Literal["heading", "paragraph", "item", "quote", "note", "verbatim"]
_SPACE: Final = re.compile(r"[ \t\r\n]+")


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


def normalised(spans: list[Span]) -> tuple[Span, ...]:
    """Spans as a reader sees them: runs of white space one space, none at the ends,
    neighbours with the same marks joined, white space outside emphasis, no empty span."""
    out: list[Span] = []
    for span in spans:
        text = span.text if span.code or span.raw else _spaces(span.text)
        if not text:
            continue
        if not (span.code or span.raw) and (span.bold or span.italic) and text.strip() != text:
            lead, core, trail = _split_space(text)
            for piece in (Span(lead), _with(span, core), Span(trail)):
                _append(out, piece)
            continue
        _append(out, _with(span, text))
    return _trimmed(out)


def _spaces(text: str) -> str:
    lines = text.split("\n")  # a hard line break stays one
    return "\n".join(_SPACE.sub(" ", line) for line in lines)


def _split_space(text: str) -> tuple[str, str, str]:
    core = text.strip(" ")
    start = text.index(core) if core else len(text)
    return text[:start], core, text[start + len(core) :]


def _with(span: Span, text: str) -> Span:
    return Span(text, span.bold, span.italic, span.code, span.link, span.raw)


def _append(out: list[Span], span: Span) -> None:
    if not span.text:
        return
    if out and out[-1].marks() == span.marks() and not span.code:
        last = out.pop()
        text = last.text + span.text
        if not (span.raw or span.code):
            text = re.sub(r" {2,}", " ", text)
        out.append(_with(last, text))
    else:
        out.append(span)


def _trimmed(spans: list[Span]) -> tuple[Span, ...]:
    while spans and not spans[0].code and not spans[0].text.lstrip(" \n"):
        spans.pop(0)
    while spans and not spans[-1].code and not spans[-1].text.rstrip(" \n"):
        spans.pop()
    if spans and not spans[0].code:
        spans[0] = _with(spans[0], spans[0].text.lstrip(" \n"))
    if spans and not spans[-1].code:
        spans[-1] = _with(spans[-1], spans[-1].text.rstrip(" \n"))
    return tuple(spans)


# --- from Markdown --------------------------------------------------------------------


@functools.cache
def _parser() -> Any:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": False}).enable(["table", "strikethrough"])


def parse(body: str) -> list[Block]:
    """The blocks of a Markdown body, in order, each with the lines it stands on."""
    parser = _parser()
    lines = body.split("\n")
    blocks = [Block("note", raw=text, lines=(first, end)) for first, end, text in comments(body)]
    blocks += _Walker(lines).walk(parser.parse(without_comments(body)))
    return sorted(blocks, key=lambda block: block.lines)


class _Walker:
    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.lists: list[list[Any]] = []  # [ordered, first number, items seen] per open list
        self.quote = 0
        self.item_paragraphs: list[int] = []  # paragraphs seen in each open list item
        self.out: list[Block] = []

    def walk(self, tokens: list[Any]) -> list[Block]:
        index = 0
        while index < len(tokens):
            index = self.step(tokens, index)
        return self.out

    def step(self, tokens: list[Any], index: int) -> int:
        token = tokens[index]
        kind = token.type
        if kind in ("bullet_list_open", "ordered_list_open"):
            start = int(token.attrGet("start") or 1) if kind == "ordered_list_open" else None
            self.lists.append([kind == "ordered_list_open", start])
        elif kind in ("bullet_list_close", "ordered_list_close"):
            self.lists.pop()
        elif kind == "list_item_open":
            self.item_paragraphs.append(0)
        elif kind == "list_item_close":
            self.item_paragraphs.pop()
        elif kind == "blockquote_open":
            self.quote += 1
        elif kind == "blockquote_close":
            self.quote -= 1
        elif kind == "heading_open":
            level = int(token.tag[1:])
            self.add(Block("heading", _spans(tokens[index + 1]), level), token)
            return index + 3
        elif kind == "paragraph_open":
            self.paragraph(tokens[index + 1], token)
            return index + 3
        elif kind in ("fence", "code_block", "hr", "table_open", "html_block"):
            first, end = token.map
            raw = "\n".join(self.lines[first:end])
            self.add(Block("verbatim", raw=raw), token)
            if kind == "table_open":
                return _after(tokens, index, "table_close")
        return index + 1

    def paragraph(self, inline: Any, opening: Any) -> None:
        spans = _spans(inline)
        depth = len(self.lists)
        first = bool(self.item_paragraphs) and self.item_paragraphs[-1] == 0
        if self.item_paragraphs:
            self.item_paragraphs[-1] += 1
        if self.quote:
            ordered = bool(depth and first and self.lists[-1][0])
            self.add(Block("quote", spans, depth if first else 0, ordered), opening)
        elif depth and first:
            ordered, start = self.lists[-1][0], self.lists[-1][1]
            self.lists[-1][1] = None  # only the list's first item says where it starts
            self.add(Block("item", spans, depth, ordered, start=start), opening)
        else:
            self.add(Block("paragraph", spans, depth), opening)

    def add(self, block: Block, token: Any) -> None:
        first, end = token.map
        self.out.append(
            Block(block.kind, block.spans, block.level, block.ordered, block.raw, block.start,
                  (first, end))
        )  # fmt: skip


def _after(tokens: list[Any], index: int, closing: str) -> int:
    while tokens[index].type != closing:
        index += 1
    return index + 1


def _spans(inline: Any) -> tuple[Span, ...]:
    bold = italic = 0
    link: list[str] = []
    out: list[Span] = []
    for child in inline.children or []:
        kind = child.type
        marked = {"bold": bold > 0, "italic": italic > 0}
        href = link[-1] if link else None
        if kind == "text":
            out.append(Span(child.content, marked["bold"], marked["italic"], link=href))
        elif kind == "softbreak":
            out.append(Span(" ", marked["bold"], marked["italic"], link=href))
        elif kind == "hardbreak":
            out.append(Span("\n", marked["bold"], marked["italic"], link=href))
        elif kind == "code_inline":
            out.append(Span(child.content, code=True, link=href))
        elif kind in ("strong_open", "strong_close"):
            bold += 1 if kind == "strong_open" else -1
        elif kind in ("em_open", "em_close"):
            italic += 1 if kind == "em_open" else -1
        elif kind == "link_open":
            link.append(str(child.attrGet("href") or ""))
        elif kind == "link_close" and link:
            link.pop()
        elif kind == "image":
            source = str(child.attrGet("src") or "")
            out.append(Span(f"![{child.content}]({source})", raw=True))
        elif kind in ("s_open", "s_close"):
            out.append(Span("~~", raw=True))
    return normalised(out)
