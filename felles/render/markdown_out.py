"""Blocks (`content.blocks`) written as Markdown, and a new body merged into the old one.

`write` gives the Markdown of a list of blocks as felles writes it: `#` headings, `-`
and `1.` lists (nested by two or three spaces under their parent's marker), `**bold**`,
`*italic*`, `` `code` ``, `[text](address)`, guiding questions as `> …`, notes and
verbatim blocks as they were written. Text is escaped so that it reads back as the
same text: it never becomes a heading, a list, emphasis or HTML by accident.

`merge` is what `felles grundlag import` writes: the blocks that came back from Word
unchanged keep the author's own lines (their wrapping, their `*` or `-`, the blank
lines between them), and only what changed is written anew, so the draft's history in
git shows what the leader changed and nothing else.
"""

from __future__ import annotations

import difflib
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from felles.content.blocks import Block, Span
from felles.content.inline_spans import normalised

_ESCAPE: Final = re.compile(r"([\\`*_\[\]<>~|])")
_ENTITY: Final = re.compile(r"&(?=#?[A-Za-z0-9]+;)")
_LINE_START: Final = re.compile(r"^( *)(?:([#>+=-])|\d+([.)]))")


@dataclass(frozen=True)
class Piece:
    text: str
    first: Block
    last: Block


def inline(spans: Sequence[Span], *, line: bool = True) -> str:
    """`spans` as Markdown that reads back as the same spans.

    Where CommonMark cannot say it (emphasis that begins or ends with a punctuation mark
    right against a letter, as in 'ord*.*', or marks changing inside a word), the
    emphasis of as few spans as needed is dropped, first those at punctuation, never
    their text. Emphasis on whole words, as Word users set it, always stays."""
    current = list(spans)
    text = _inline(current, line=line)
    if _reads_back(text, current, line):
        return text
    order = sorted(range(len(current)), key=lambda n: not _touchy(current, n))
    for n in order:
        span = current[n]
        if span.code or not (span.bold or span.italic):
            continue
        current[n] = Span(span.text, link=span.link, raw=span.raw)
        text = _inline(current, line=line)
        if _reads_back(text, normalised(current), line):
            return text
    return _inline(current, line=line)


def _touchy(spans: Sequence[Span], n: int) -> bool:
    """Does the n-th span's emphasis begin or end at punctuation against a neighbour?"""
    span = spans[n]
    if not (span.bold or span.italic):
        return False
    before = spans[n - 1].text[-1:] if n else ""
    after = spans[n + 1].text[:1] if n + 1 < len(spans) else ""
    first, last = span.text[:1], span.text[-1:]
    return (not first.isalnum() and before.strip() != "") or (
        not last.isalnum() and after.strip() != ""
    )


def _reads_back(text: str, spans: Sequence[Span], line: bool) -> bool:
    from felles.content.markdown_blocks import parse

    source = text if line else "# " + text
    found = parse(source)
    return len(found) == 1 and found[0].spans == tuple(spans)


def _inline(spans: Sequence[Span], *, line: bool = True) -> str:
    """The spans as one line of Markdown (a hard line break as a backslash and a newline).

    `line`: the text starts a line, where '# x', '- x' or '1. x' would make a heading or
    a list; not for a heading's own text."""
    out: list[str] = []
    index = 0
    while index < len(spans):
        link = spans[index].link
        end = index
        while end < len(spans) and spans[end].link == link:
            end += 1
        text = _emphasis(spans[index:end])
        out.append(f"[{text}]({_address(link)})" if link is not None else text)
        index = end
    text = "".join(out)
    if not line:  # a heading's text: a '#' run at its end would close the heading
        closing = re.search(r"(?:^| )(#+) *$", text)
        if closing:
            text = text[: closing.start(1)] + "\\" + text[closing.start(1) :]
    starts = text.split("\n")  # every line of a hard line break starts a line too
    return "\\\n".join(_line_start(part) if line or n else part for n, part in enumerate(starts))


def _line_start(text: str) -> str:
    """'# x' → '\\# x', '1. x' → '1\\. x': a character that would start a block, escaped."""
    match = _LINE_START.match(text)
    if match is None:
        return text
    at = match.start(2) if match.group(2) else match.start(3)
    return text[:at] + "\\" + text[at:]


def _emphasis(spans: Sequence[Span]) -> str:
    """Bold runs outermost, italic runs inside them."""
    out: list[str] = []
    index = 0
    while index < len(spans):
        bold = spans[index].bold and not spans[index].code
        end = index
        while end < len(spans) and (spans[end].bold and not spans[end].code) == bold:
            end += 1
        inner = _italic(spans[index:end])
        out.append(f"**{inner}**" if bold else inner)
        index = end
    return "".join(out)


def _italic(spans: Sequence[Span]) -> str:
    out: list[str] = []
    index = 0
    while index < len(spans):
        italic = spans[index].italic and not spans[index].code
        end = index
        while end < len(spans) and (spans[end].italic and not spans[end].code) == italic:
            end += 1
        text = "".join(_plain(span) for span in spans[index:end])
        out.append(f"*{text}*" if italic else text)
        index = end
    return "".join(out)


def _plain(span: Span) -> str:
    if span.raw:
        return span.text
    if span.code:
        fence = "`" * (max((len(m) for m in re.findall(r"`+", span.text)), default=0) + 1)
        pad = " " if span.text.startswith(("`", " ")) or span.text.endswith(("`", " ")) else ""
        return f"{fence}{pad}{span.text}{pad}{fence}"
    return _ENTITY.sub("\\&", _ESCAPE.sub(r"\\\1", span.text))


def _address(link: str | None) -> str:
    link = link or ""
    if re.search(r"[\s()<>]", link):
        return "<" + link.replace("<", "%3C").replace(">", "%3E") + ">"
    return link


# --- blocks -------------------------------------------------------------------------


def pieces(blocks: Sequence[Block]) -> list[Piece]:
    """Each block's Markdown, indented and numbered for the lists it stands in."""
    out: list[Piece] = []
    lists: list[tuple[bool, int]] = []  # (ordered, next number) per open list level
    for block in blocks:
        indent, text = "", ""
        if block.kind == "item":
            del lists[block.level :]
            while len(lists) < block.level - 1:
                lists.append((False, 1))
            if len(lists) == block.level and lists[-1][0] != block.ordered:
                lists.pop()
            if len(lists) < block.level:
                lists.append((block.ordered, block.start or 1))
            ordered, number = lists[-1]
            lists[-1] = (ordered, number + 1)
            indent = "".join(_width(o, n) for o, n in lists[:-1])
            marker = f"{number}. " if ordered else "- "
            text = indent + marker + _indented(inline(block.spans), indent + " " * len(marker))
        elif block.kind == "paragraph" and block.level:
            del lists[block.level :]
            indent = "".join(_width(o, n - 1) for o, n in lists)
            text = indent + _indented(inline(block.spans), indent)
        else:
            if block.kind != "note":
                lists.clear()
            text = _block(block)
        out.append(Piece(text, block, block))
    return out


def _width(ordered: bool, number: int) -> str:
    return " " * (len(f"{number}. ") if ordered else 2)


def _indented(text: str, indent: str) -> str:
    return text.replace("\n", "\n" + indent)


def _block(block: Block) -> str:
    if block.kind == "heading":
        return "#" * block.level + " " + inline(block.spans, line=False)
    if block.kind == "quote":
        marker = ""
        if block.level:
            marker = "  " * (block.level - 1) + ("1. " if block.ordered else "- ")
        return "> " + marker + _indented(inline(block.spans), "> ")
    if block.kind in ("note", "verbatim"):
        return block.raw
    return inline(block.spans)


def _separator(before: Block, after: Block) -> str:
    """A single newline inside a tight list (or a quote's list), a blank line elsewhere."""
    if after.kind == "item" and before.kind in ("item", "paragraph") and before.level:
        new_list = after.level == 1 and before.level == 1 and before.ordered != after.ordered
        return "\n\n" if new_list and before.kind == "item" else "\n"
    if before.kind == after.kind == "quote" and after.level:
        return "\n"
    if before.kind == after.kind == "quote":
        return "\n>\n"
    return "\n\n"


def join(parts: Sequence[Piece]) -> str:
    if not parts:
        return ""
    text = parts[0].text
    for before, after in itertools.pairwise(parts):
        text += _separator(before.last, after.first) + after.text
    return text + "\n"


def write(blocks: Sequence[Block]) -> str:
    """The blocks as a Markdown body, felles' way."""
    return join(pieces(blocks))


def merge(old_body: str, old: Sequence[Block], new: Sequence[Block]) -> str:
    """The new blocks as a body, keeping the old body's own lines for every run of blocks
    that is unchanged (what lies between two kept blocks is kept too)."""
    lines = old_body.split("\n")
    written = pieces(new)
    parts: list[Piece] = []
    matcher = difflib.SequenceMatcher(a=list(old), b=list(new), autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            # A list item whose neighbour before it changed (an item above it deleted or
            # added) has lost the list its indentation was written for: written anew, as
            # are the items that follow it in the run, so the nesting reads as Word shows it.
            before_old = old[i1 - 1] if i1 else None
            before_new = new[j1 - 1] if j1 else None
            fresh = 0
            if before_old != before_new:
                while fresh < j2 - j1 and new[j1 + fresh].kind == "item":
                    fresh += 1
            parts.extend(written[j1 : j1 + fresh])
            if fresh < j2 - j1:
                first, end = old[i1 + fresh].lines[0], old[i2 - 1].lines[1]
                text = "\n".join(lines[first:end]).rstrip("\n")
                parts.append(Piece(text, new[j1 + fresh], new[j2 - 1]))
        else:
            parts.extend(written[j1:j2])
    lead = ""
    if old and parts and parts[0].first is new[0] and matcher.get_opcodes()[0][0] == "equal":
        lead = "\n".join(lines[: old[0].lines[0]])  # what stood before the first block
        lead = lead + "\n" if lead else ""
    return lead + join(parts) if parts else ""
