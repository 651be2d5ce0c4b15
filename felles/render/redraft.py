"""A draft with a new body (`felles grundlag import`): front matter kept, `updated` bumped.

The front matter is kept as the author wrote it, byte for byte (comments, quoting,
order), apart from the value on its `updated:` line; the body is replaced. The caller
gives the text with line feeds and puts the file's own line endings back.
"""

from __future__ import annotations

import difflib
import re
from datetime import date
from typing import Final

# The two sides of `grundlag import`'s diff.
TEXT: Final = {"before": "{name} (før)", "after": "{name} (fra Word)"}
_UPDATED: Final = re.compile(
    r"^(updated:[ \t]*)(['\"]?)\d{4}-\d{2}-\d{2}\2([ \t]*(?:#.*)?)$", re.MULTILINE
)


def front_matter_end(text: str, body: str) -> int:
    """Where the body begins in the file's text (the body is the text's tail)."""
    return len(text) - len(body) if body and text.endswith(body) else len(text)


def with_body(text: str, body: str, new_body: str, updated: date) -> str | None:
    """The file `text` (line feeds only; whose body is `body`) with `new_body` and `updated`
    set; None when the front matter has no one `updated: YYYY-MM-DD` line to set."""
    plain = text[: front_matter_end(text, body)]
    found = list(_UPDATED.finditer(plain))
    if len(found) != 1:
        return None
    match = found[0]
    head = (
        plain[: match.start()]
        + f"{match.group(1)}{match.group(2)}{updated.isoformat()}{match.group(2)}{match.group(3)}"
        + plain[match.end() :]
    )
    if new_body and head and not head.endswith("\n"):
        head += "\n"  # front matter that ends without a line feed: the body on a line of its own
    return head + new_body


def diff(old: str, new: str, name: str) -> list[str]:
    """The change from `old` to `new` as unified diff lines ('-' before, '+' after)."""
    return [
        line.rstrip("\n")
        for line in difflib.unified_diff(
            old.replace("\r\n", "\n").splitlines(keepends=True),
            new.replace("\r\n", "\n").splitlines(keepends=True),
            fromfile=TEXT["before"].format(name=name),
            tofile=TEXT["after"].format(name=name),
            n=2,
        )
    ]
