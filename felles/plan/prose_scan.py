"""The dates named in a programme file's prose, line by line, and where each stands (the
title, the purpose, the agenda, the phase's text …): comments (YAML `#`, Markdown
`<!-- -->`) and the date fields themselves are skipped (plan/oldtext.py finds the dates).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from felles.plan.oldtext import found_in

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
