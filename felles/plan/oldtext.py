"""Dates written in words or digits in the content's text: the old period after a move.

`felles move` changes the dates of the programme (`when`, `period` …), never its prose.
A title like "Møde i Strategisk Ledelsesforum d. 8. juni 2018", a purpose, an agenda
item or a phase text may still name the old period (`old_mentions.mentions` lists every
such place, `prose_scan` reads a file's prose). `found_in` finds the dates in one text
(the validate rule W327 uses it too): a day ("8. juni 2018", "8.–9. november 2018",
"22. feb."), a month with a year ("juni 2018", "nov. 2018"), a season with a year
("sommeren 2018"), a date in digits ("2018-06-08") or a year of the old period ("2019").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from felles.danish_days import MONTHS

if TYPE_CHECKING:
    pass

_SHORT: Final = (
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "okt",
    "nov",
    "dec",
)
_MONTH: Final = "(?:" + "|".join((*MONTHS, *_SHORT)) + r")\b\.?"
_YEAR: Final = r"(?:1[89]|2[0-9])[0-9]{2}"
_SEASON: Final = r"(?:foråret|sommeren|efteråret|vinteren|starten af|slutningen af|begyndelsen af)"
_SPACE: Final = r"[ \t\u00a0]+"
PATTERN: Final = re.compile(
    "|".join(
        (
            # 8. juni 2018, 8.–9. november 2018, 22. feb.
            rf"\b[0-9]{{1,2}}\.(?:\s*[–-]\s*[0-9]{{1,2}}\.)?{_SPACE}{_MONTH}(?:{_SPACE}{_YEAR}\b)?",
            rf"\b{_SEASON}{_SPACE}{_YEAR}\b",  # sommeren 2018
            rf"\b{_MONTH}{_SPACE}{_YEAR}\b",  # juni 2018, nov. 2018
            rf"\b{_YEAR}-[0-9]{{2}}(?:-[0-9]{{2}})?\b",  # 2018-06-08
            rf"\b{_YEAR}\b",  # 2019
        )
    ),
    re.IGNORECASE,
)


def found_in(text: str, years: frozenset[int] | None = None) -> list[str]:
    """The dates named in `text`. With `years`, only those of the old period: a date with a
    year outside them is left out, and a bare year counts only when it is one of them; a
    day without a year ("8. juni") always counts."""
    found = []
    for match in PATTERN.finditer(text):
        words = match.group(0)
        named = [int(y) for y in re.findall(r"[0-9]{4}", words)]
        if years is not None and named and not any(y in years for y in named):
            continue
        if years is None and re.fullmatch(_YEAR, words):
            continue
        found.append(" ".join(words.split()))
    return found
