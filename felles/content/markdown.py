"""The structure of a Markdown body: its `## ` sections and the words a leader wrote.

A section counts as empty while it holds nothing of the leader's own: only quote
lines (`> …`, the guiding questions), HTML comments, headings and blank lines.
Headings match regardless of numbering, case, æøå spelling and spacing.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from felles.names import match_key

_HEADING = re.compile(r"^ {0,3}(#{1,6})[ \t]+(.*?)[ \t#]*$")
_FENCE = re.compile(r"^ {0,3}(```|~~~)")
_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.DOTALL)
_JINJA_COMMENT = re.compile(r"\{#.*?#\}", re.DOTALL)
_NUMBER = re.compile(r"^\d+[.)]\s*")
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")


@dataclass(frozen=True)
class Section:
    title: str
    line: int  # of the heading, in the file
    words: int  # the leader's own words under it


@functools.lru_cache(maxsize=4096)
def heading_key(title: str) -> str:
    """Headings match regardless of numbering, case, æøå spelling and spacing."""
    return match_key(_NUMBER.sub("", title.strip()))


def _lines(text: str) -> list[str]:
    """Lines as an editor counts them: only a line feed ends one (str.splitlines would also
    split at U+2028, U+0085 and form feeds, and the line numbers would drift)."""
    return [line.removesuffix("\r") for line in text.split("\n")]


def _blank_comments(text: str) -> str:
    """HTML comments removed, their lines kept, so line numbers stay true."""
    return _COMMENT.sub(lambda m: "\n" * m.group().count("\n"), text)


def without_comments(text: str) -> str:
    """The text with its HTML comments (`<!-- … -->`, notes to the author) blanked out,
    line numbers kept: what a reader of the rendered text is meant to see."""
    return _blank_comments(text)


def comments(text: str) -> list[tuple[int, int, str]]:
    """Every HTML comment: (first line, line after its last, its text), lines 0-based."""
    found = []
    for match in _COMMENT.finditer(text):
        first = text.count("\n", 0, match.start())
        found.append((first, first + match.group().count("\n") + 1, match.group()))
    return found


def _own_words(lines: Iterable[str]) -> int:
    count = 0
    fenced = False
    for line in lines:
        stripped = line.strip()
        if not stripped:
            continue
        first = stripped[0]
        if first in "`~" and _FENCE.match(line):
            fenced = not fenced
            continue
        if not fenced and (first == ">" or (first == "#" and _HEADING.match(line))):
            continue
        count += len(_WORD.findall(stripped))
    return count


def body_words(body: str) -> int:
    """Words the leader wrote: not headings, guiding questions (> …) or comments."""
    return _own_words(_lines(_blank_comments(body)))


def sections(
    body: str, first_line: int = 1, level: int = 2, *, count_words: bool = True
) -> list[Section]:
    """The `level` headings of a Markdown body, each with the words up to the next one (0
    for every section without `count_words`: a check that needs only the headings)."""
    lines = _lines(_blank_comments(body))
    found: list[tuple[str, int]] = []
    fenced = False
    for index, line in enumerate(lines):
        first = line.lstrip()[:1]
        if not first or first not in "#`~":
            continue
        if first != "#" and _FENCE.match(line):
            fenced = not fenced
            continue
        match = None if fenced else _HEADING.match(line)
        if match and len(match.group(1)) <= level:
            found.append((match.group(2) if len(match.group(1)) == level else "", index))
    result = []
    for n, (title, index) in enumerate(found):
        end = found[n + 1][1] if n + 1 < len(found) else len(lines)
        if title:
            words = _own_words(lines[index + 1 : end]) if count_words else 0
            result.append(Section(title, first_line + index, words))
    return result


def template_headings(source: str) -> list[str] | None:
    """The `## ` headings of a template's text; None if Jinja makes them (render it then)."""
    text = _JINJA_COMMENT.sub(lambda m: "\n" * m.group().count("\n"), source)
    if text.lstrip().startswith("---"):
        _, _, rest = text.lstrip().partition("\n")
        closing = re.search(r"^---[ \t]*$", rest, re.MULTILINE)
        text = rest[closing.end() :] if closing else rest
    titles = [section.title for section in sections(text)]
    if any("{{" in title or "{%" in title for title in titles):
        return None
    return titles
