"""Links in Markdown outputs: only http, https and mailto stay links (`controls.link_allowed`).

A Markdown output keeps the author's own lines (`prose.to_markdown`) and the content's
values (`templates.markdown_value`), and whatever renders it later (MkDocs, marked,
pandoc, GitHub) decides what is a link, each by its own rules. So the syntax that makes
a link is broken wherever the address after it may not stay one: `](` of an inline link
or image becomes `]\\(`, and `]:` of a reference definition `]\\:`. A backslash before
punctuation is CommonMark's (and every renderer's) escape: the reader sees the same
characters, now plain text. Raw HTML (`<a href>`) and autolinks (`<javascript:…>`) never
get this far: their `<` is written `&lt;`.
"""

from __future__ import annotations

import re
from typing import Final

from felles.controls import link_allowed

_OPENING: Final = re.compile(r"\][(:]")
_SPACE: Final = " \t"


def unlinked(text: str) -> str:
    """`text` with every inline link, image and reference definition whose address is not
    http, https or mailto made plain text."""
    if "]" not in text:
        return text
    out: list[str] = []
    last = 0
    for found in _OPENING.finditer(text):
        if link_allowed(_address(text, found.end())):
            continue
        out.append(text[last : found.start() + 1])
        out.append("\\")
        last = found.start() + 1
    out.append(text[last:])
    return "".join(out)


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
