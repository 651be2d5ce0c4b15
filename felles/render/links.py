"""Links in Markdown outputs: only http, https and mailto stay links (`controls.link_allowed`).

A Markdown output keeps the author's own lines (`prose.to_markdown`) and the content's
values (`template_values.markdown_value`), and whatever renders it later (MkDocs, marked,
pandoc, GitHub) decides what is a link, each by its own rules. So the syntax that makes
a link is broken wherever the address after it may not stay one: the `]` of an inline
link's or image's `](`, and of a reference definition's `]:`, is written as the entity
`&#93;`, so the bracket never closes. An entity is never Markdown syntax, in CommonMark
(markdown-it, marked, pandoc) and Python-Markdown (MkDocs) alike, and a browser shows
it as `]`: the reader sees the same characters, now plain text. (A backslash would not
do: Python-Markdown keeps `[r\\]: …` as a definition of the label `r\\`.) Raw HTML
(`<a href>`) and autolinks (`<javascript:…>`) never get this far: their `<` is written
`&lt;`.
"""

from __future__ import annotations

import re
from typing import Final

from felles.controls import link_allowed

_OPENING: Final = re.compile(r"\][(:]")
_SPACE: Final = " \t"
BRACKET: Final = "&#93;"


def unlinked(text: str) -> str:
    """`text` with every inline link, image and reference definition whose address is not
    http, https or mailto made plain text."""
    if "]" not in text:
        return text
    out: list[str] = []
    last = 0
    for found in _OPENING.finditer(text):
        if link_allowed(_address(text, found.end())) or _escaped(text, found.start()):
            continue
        out.append(text[last : found.start()])
        out.append(BRACKET)
        last = found.start() + 1
    out.append(text[last:])
    return "".join(out)


def _escaped(text: str, index: int) -> bool:
    """Is the character at `index` escaped already (an odd number of backslashes before)?"""
    before = len(text[:index]) - len(text[:index].rstrip("\\"))
    return before % 2 == 1


def _address(text: str, start: int) -> str:
    """The address that begins at `start` (after spaces), up to the next space or line end;
    empty when the line ends first (an address on the next line is never allowed)."""
    rest = text[start:].lstrip(_SPACE)
    end = len(rest)
    for index, char in enumerate(rest):
        if char.isspace():
            end = index
            break
    return rest[:end]
