"""The structure of a Markdown body: its `## ` sections and the words a leader wrote.

A section counts as empty while it holds nothing of the leader's own: only quote
lines (`> …`, the guiding questions), HTML comments, headings and blank lines.
Headings match regardless of numbering, case, æøå spelling and spacing.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from felles.names import match_key

_HEADING = re.compile(r"^ {0,3}(#{1,6})[ \t]+(.*?)[ \t#]*$")
_FENCE = re.compile(r"^ {0,3}(```|~~~)")
_OPEN = re.compile(r"<!--")
_CLOSE = re.compile(r"-->")
_TICKS = re.compile(r"`+")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
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


def _comment_spans(text: str) -> list[tuple[int, int]]:
    """Where the HTML comments are: (start, end) offsets.

    A comment is `<!--` up to the next `-->`, except in code (a fenced block, an inline
    code span) or escaped (`\\<!--`). One that is never closed (no `-->` before the
    next `<!--` or the end) ends where its line ends: a stray `<!--`, typed as text or
    forgotten, hides nothing after its own line. Linear in the text (bisect, no rescans)."""
    if "<!--" not in text:
        return []
    code = _Ranges(_code_ranges(text))
    openings = [m.start() for m in _OPEN.finditer(text)]
    closings = [m.start() for m in _CLOSE.finditer(text)]
    found: list[tuple[int, int]] = []
    after = 0
    for n, start in enumerate(openings):
        if start < after or code.holds(start) or _escaped(text, start):
            continue
        k = bisect.bisect_left(closings, start + 4)
        end = closings[k] if k < len(closings) else -1
        again = openings[n + 1] if n + 1 < len(openings) else -1  # never inside this one
        if end < 0 or 0 <= again < end:
            line_end = text.find("\n", start)
            end = len(text) if line_end < 0 else line_end
        else:
            end += 3
        found.append((start, end))
        after = end
    return found


def _escaped(text: str, at: int) -> bool:
    backslashes = 0
    while at - backslashes > 0 and text[at - backslashes - 1] == "\\":
        backslashes += 1
    return backslashes % 2 == 1


class _Ranges:
    """Sorted, non-overlapping (start, end) ranges; `holds` by bisection."""

    def __init__(self, ranges: list[tuple[int, int]]) -> None:
        self.ranges = sorted(ranges)
        self.starts = [start for start, _ in self.ranges]

    def holds(self, at: int) -> bool:
        k = bisect.bisect_right(self.starts, at) - 1
        return k >= 0 and self.ranges[k][0] <= at < self.ranges[k][1]


def _code_ranges(text: str) -> list[tuple[int, int]]:
    """Fenced code blocks and inline code spans (a backtick run closed by the next run as
    long in the same paragraph), as offsets."""
    ranges: list[tuple[int, int]] = []
    if "`" not in text and "~~~" not in text:
        return ranges  # no code at all (most drafts): nothing to walk
    offset, fence = 0, ""
    fence_start = 0
    for line in text.split("\n"):
        match = _FENCE.match(line)
        if fence and match and line.strip().startswith(fence):
            ranges.append((fence_start, offset + len(line)))
            fence = ""
        elif not fence and match:
            fence, fence_start = match.group(1), offset
        offset += len(line) + 1
    if fence:
        ranges.append((fence_start, len(text)))
    fences = _Ranges(ranges)
    blanks = [m.start() for m in _BLANK_LINE.finditer(text)]
    runs: dict[tuple[int, int], list[tuple[int, int]]] = {}  # (paragraph, length) → runs
    for m in _TICKS.finditer(text):
        if not fences.holds(m.start()):
            key = (bisect.bisect_right(blanks, m.start()), len(m.group()))
            runs.setdefault(key, []).append((m.start(), m.end()))
    spans: list[tuple[int, int]] = []
    for same in runs.values():
        spans += [(same[k][0], same[k + 1][1]) for k in range(0, len(same) - 1, 2)]
    # A run inside an earlier span is not an opening: keep the spans that start first.
    kept: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if not kept or start >= kept[-1][1]:
            kept.append((start, end))
    return ranges + kept


def _blank_comments(text: str) -> str:
    """HTML comments removed, their lines kept, so line numbers stay true."""
    spans = _comment_spans(text)
    if not spans:
        return text
    out, last = [], 0
    for start, end in spans:
        out += [text[last:start], "\n" * text.count("\n", start, end)]
        last = end
    out.append(text[last:])
    return "".join(out)


def without_comments(text: str) -> str:
    """The text with its HTML comments (`<!-- … -->`, notes to the author) blanked out,
    line numbers kept: what a reader of the rendered text is meant to see."""
    return _blank_comments(text)


def comments(text: str) -> list[tuple[int, int, str]]:
    """Every HTML comment: (first line, line after its last, its text), lines 0-based."""
    found = []
    for start, end in _comment_spans(text):
        first = text.count("\n", 0, start)
        found.append((first, first + text.count("\n", start, end) + 1, text[start:end]))
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
