"""One content file as read: its data, where each key stands, and any Markdown body.

Apart from the reader, so that content read from the cache (`cache.py`) needs no YAML.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

Loc = tuple[str | int, ...]
Positions = dict[Loc, tuple[int, int]]


@dataclass
class Document:
    path: Path
    data: dict[str, Any]
    positions: Positions  # every key's and list item's 1-based (line, column)
    body: str = ""
    body_line: int = 1
    line_offset: int = 0
    # The YAML text as read (a Markdown file's front matter), for the rules that read
    # comments; None when the document came from the cache.
    source: str | None = None

    def where(self, loc: Loc) -> tuple[int, int]:
        """The position of `loc`, or of its nearest parent that has one."""
        while True:
            found = self.positions.get(loc)
            if found is not None:
                return found
            if not loc:
                return (self.line_offset + 1, 1)
            loc = loc[:-1]
