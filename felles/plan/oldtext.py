"""Dates written in words or digits in the content's text: the old period after a move.

`felles move` changes the dates of the programme (`when`, `period` …), never its prose.
A title like "Møde i Strategisk Ledelsesforum d. 8. juni 2018", a purpose, an agenda
item or a phase text may still name the old period. `mentions` lists every such place
(file, line, the words found, where): a day ("8. juni 2018", "8.–9. november 2018",
"22. feb."), a month with a year ("juni 2018", "nov. 2018"), a season with a year
("sommeren 2018"), a date in digits ("2018-06-08") or a year of the old period ("2019").
Comments (YAML `#`, Markdown `<!-- -->`) and the date fields themselves are skipped.

`found_in` is the same search over one text (the validate rule W327 uses it).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Final, NamedTuple

from felles.danish_days import MONTHS

if TYPE_CHECKING:
    from felles.content.load import Content
    from felles.plan.rebase import Shift

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
# Front matter keys whose value is no prose, and what to call the others.
_DATE_KEYS: Final = frozenset({"when", "end", "start", "delete_after", "from", "until", "time"})
_KEY: Final = re.compile(r"^\s*(?:-\s+)?([A-Za-z_]+):")
_FLOW_DATE: Final = re.compile(
    r"\b(?:" + "|".join(sorted(_DATE_KEYS)) + r")\s*:\s*[\"']?[0-9][0-9 :-]*[\"']?"
)
WHERE: Final = {
    "title": "titlen",
    "purpose": "formålet",
    "preparation": "forberedelsen",
    "item": "dagsordenen",
    "summary": "resuméet",
    "body": "fasens tekst",
}
OTHER: Final = "teksten"


class Mention(NamedTuple):
    path: str  # as the user sees it
    line: int
    found: str  # the words as written
    where: str  # 'titlen', 'formålet', 'dagsordenen', 'fasens tekst' …


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


def old_years(content: Content) -> frozenset[int]:
    """Every year the programme's dates touch (the old period, before a move)."""
    from felles.dates import parse_when

    texts: list[str] = []
    if content.programme is not None:
        texts += [content.programme.period.start, content.programme.period.end or ""]
    for phase in content.phases:
        texts += [phase.meta.period.start, phase.meta.period.end or ""]
        for activity in phase.meta.activities:
            texts += [activity.when, activity.end or ""]
    years: set[int] = set()
    for text in texts:
        try:
            when = parse_when(text)
        except ValueError:
            continue
        years.update(range(when.first.year, when.last.year + 1))
    if years:
        years.update(range(min(years), max(years) + 1))
    return frozenset(years)


def mentions(
    content: Content, shift: Shift | None = None, years: frozenset[int] | None = None
) -> list[Mention]:
    """Every place in programme.yaml and the phases that names a date of the old period
    (`years`: the old period's years, by default those of `content`'s dates)."""
    from felles.content.kinds import PROGRAMME

    if shift is not None and shift.months == 0 and shift.weeks == 0:
        return []
    if years is None:
        years = old_years(content)
    files = [content.dir.path / PROGRAMME.path, *(p.doc.path for p in content.phases)]
    found: list[Mention] = []
    for path in files:
        try:
            text = path.read_text(encoding="utf-8-sig")
        except OSError:
            continue
        shown = content.display(path)
        for line, words, where in scan(text, path.suffix == ".md", years):
            found.append(Mention(shown, line, words, where))
    return found


def scan(text: str, markdown: bool, years: frozenset[int]) -> Iterator[tuple[int, str, str]]:
    """(line, words, where) of every date named in a programme file's prose."""
    in_front = not markdown
    fence = 0
    key = ""
    in_comment = False
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw
        if markdown and raw.rstrip() == "---":
            fence += 1
            in_front = fence == 1
            continue
        if in_front:
            stripped = line.lstrip()
            if stripped.startswith("#"):
                continue
            match = _KEY.match(line)
            if match:
                key = match.group(1)
                line = line[match.end() :]
            if key in _DATE_KEYS:
                continue
            line = re.sub(r"\s#.*$", "", line)  # a trailing comment
            line = _FLOW_DATE.sub("", line)  # {group: 1, when: "2018-08-21 09:00"}
            where = WHERE.get(key, OTHER)
        else:
            line, in_comment = _without_comments(line, in_comment)
            where = WHERE["body"]
        for words in found_in(line, years):
            yield number, words, where


def _without_comments(line: str, inside: bool) -> tuple[str, bool]:
    """The line without its Markdown comments, and whether a comment runs on."""
    kept = ""
    rest = line
    while rest:
        if inside:
            end = rest.find("-->")
            if end == -1:
                return kept, True
            rest, inside = rest[end + 3 :], False
        else:
            start = rest.find("<!--")
            if start == -1:
                return kept + rest, False
            kept, rest, inside = kept + rest[:start], rest[start + 4 :], True
    return kept, inside
