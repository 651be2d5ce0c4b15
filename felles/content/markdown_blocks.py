"""A Markdown body parsed into blocks (content/blocks.py), each with the lines it stands on.

Markdown is parsed by markdown-it-py (CommonMark, tables, strikethrough) with HTML off;
an HTML comment is a note to the author, kept whole; a table, code or a rule is kept
whole as its Markdown (`verbatim`).
"""

from __future__ import annotations

import functools
from typing import Any

from felles.content.blocks import Block
from felles.content.inline_spans import spans_of
from felles.content.markdown import comments, without_comments


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
            self.add(Block("heading", spans_of(tokens[index + 1]), level), token)
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
        spans = spans_of(inline)
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
