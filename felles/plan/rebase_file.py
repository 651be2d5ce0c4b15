"""Every date of a programme file found and moved (plan/rebase.py's rule), changing only
the date's own characters.

`date_spans` finds every date in the programme files (programme.yaml's period, the
phases' periods, activities and sessions, survey.yaml's `delete_after`) as the text the
author wrote, and its place in the file, so `felles move` can change those characters
and nothing else: comments, quotes, indentation and line endings stay as written.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from felles.content.document import Loc
from felles.plan.rebase import Shift, moved
from felles.plan.session_window import keep_sessions_inside

# The keys that hold dates, wherever they stand in a programme file.
DATE_KEYS: Final = frozenset({"start", "end", "when", "delete_after", "from", "until"})
# The keys that end something: a year date becomes its last month when it moves by months.
END_KEYS: Final = frozenset({"end", "until"})
_DATE: Final = re.compile(r"[0-9]{4}(-[0-9]{2}(-[0-9]{2}( [0-9]{2}:[0-9]{2})?)?)?\Z")


@dataclass
class FileMove:
    """The dates of one file, and its text with them moved."""

    path: Path
    text: str
    changes: list[tuple[int, str, str]] = field(default_factory=list)  # (line, old, new)
    new_text: str = ""


def date_spans(data: Any, spans: dict[Loc, tuple[int, int]]) -> Iterator[tuple[Loc, str]]:
    """(location, date text) of every date in a file's data."""
    stack: list[tuple[Loc, Any]] = [((), data)]
    while stack:
        loc, value = stack.pop()
        if isinstance(value, dict):
            for key, item in value.items():
                if key in DATE_KEYS and isinstance(item, str) and _DATE.match(item.strip()):
                    if (*loc, key) in spans:
                        yield (*loc, key), item
                else:
                    stack.append(((*loc, key), item))
        elif isinstance(value, list):
            stack.extend(((*loc, index), item) for index, item in enumerate(value))


def move_file(
    path: Path,
    text: str,
    data: Any,
    spans: dict[Loc, tuple[int, int]],
    shift: Shift,
) -> FileMove:
    """The file's text with each date moved, changing only the date's own characters."""
    result = FileMove(path, text)
    edits = []
    found = list(date_spans(data, spans))
    new_values = {loc: moved(old.strip(), shift, end=loc[-1] in END_KEYS) for loc, old in found}
    keep_sessions_inside(new_values)
    for loc, old in found:
        first, last = spans[loc]
        written = text[first:last]
        new = new_values[loc]
        quote = written[0] if written[:1] in ("'", '"') else ""
        edits.append((first, last, f"{quote}{new}{quote}"))
        result.changes.append((text.count("\n", 0, first) + 1, old, new))
    new_text = text
    for first, last, replacement in sorted(edits, reverse=True):
        new_text = new_text[:first] + replacement + new_text[last:]
    result.new_text = new_text
    result.changes.sort()
    return result
