"""Blocks (`content.blocks`) written as Markdown.

`write` gives the Markdown of a list of blocks as felles writes it: `#` headings, `-`
and `1.` lists (nested by two or three spaces under their parent's marker), guiding
questions as `> …`, notes and verbatim blocks as they were written, and each block's
text as markdown_inline writes it (escaped, so that it reads back as the same text).
`markdown_merge` merges a new body into the old one.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass

from felles.content.blocks import Block
from felles.render.markdown_inline import inline


@dataclass(frozen=True)
class Piece:
    text: str
    first: Block
    last: Block


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
