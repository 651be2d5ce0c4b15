"""How wide a label's text is, and the ways to break it into lines.

Text width is estimated from Helvetica/Arial metrics (the page asks for Arial, or
Liberation Sans, which has the same metrics); the browser test checks the result in
Chromium.
"""

from __future__ import annotations

import re
from typing import Final

# Advance widths in 1/1000 em (Helvetica AFM); anything else counts as WIDE.
_WIDTHS: Final = {
    191: "'",
    222: "ijl’‘",
    278: " \xa0!,./:;ftI",
    333: '()-r”“"',
    500: "cksvxyzJ",
    556: "abdeghnopqu0123456789å?–",
    611: "øFTZL",
    667: "ABEKPSVXYÅ",
    722: "CDHNRUw",
    778: "GOQØ",
    833: "mM",
    889: "æ",
    944: "W",
    1000: "Æ—",
}
_WIDTH_OF: Final = {char: width / 1000 for width, chars in _WIDTHS.items() for char in chars}
_WIDE: Final = 0.6
_SPACES: Final = re.compile(r"[^\S\xa0]+")
_BOLD: Final = 1.1  # bold advances are up to a tenth wider


def text_width(text: str, size: float, *, bold: bool = False) -> float:
    """Estimated advance width of `text` at font size `size`."""
    em = sum(_WIDTH_OF.get(char, _WIDE) for char in text)
    return em * size * (_BOLD if bold else 1.0)


def wrappings(text: str) -> list[tuple[str, ...]]:
    """Every useful way to break `text` into lines at spaces: the narrowest for 1, 2, … lines."""
    words = _SPACES.split(text.strip())  # any white space but a no-break space breaks
    if not words:
        return [("",)]
    spans = sorted(
        {
            text_width(" ".join(words[i:j]), 1)
            for i in range(len(words))
            for j in range(i + 1, len(words) + 1)
        }
    )
    found: dict[int, tuple[str, ...]] = {}
    for limit in spans:
        lines = _greedy(words, limit)
        found.setdefault(len(lines), lines)
    return [found[n] for n in sorted(found)]


def _greedy(words: list[str], limit: float) -> tuple[str, ...]:
    lines: list[str] = []
    for word in words:
        if lines and text_width(f"{lines[-1]} {word}", 1) <= limit + 1e-9:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return tuple(lines)
