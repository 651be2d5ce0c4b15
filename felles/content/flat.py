"""The common case read without libyaml: a flat mapping of simple `key: value` lines.

A ledelsesgrundlag's front matter is six lines like `leader: "Søren Aakjær"` and
`group: 1`. At 10,000 drafts, feeding each through libyaml's events costs more than
everything else `felles validate` does with them; these lines need no parser. `parse`
takes a text only if every line is blank or `key: value` with a double-quoted text
(no backslash or quote inside) or a plain value of letters, digits and a few marks,
and builds exactly what `reader.parse_yaml` builds from it (the same values, the
same positions; tests/unit/content/test_flat.py checks this with hypothesis). Anything
else — a comment, an indent, a list, a duplicate key, a tab, an odd character — is
None, and the full reader takes the text and its findings.
"""

from __future__ import annotations

import re
from typing import Any, Final

from felles.content.document import Positions

_WORDISH: Final = r"[\w.,/()+–-]"
# key: "text"  |  key: plain words (a space or colon only between word characters)
_LINE: Final = re.compile(
    r'([A-Za-z_][A-Za-z0-9_]*): (?:"([^"\\\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff]*)"'
    rf"|([^\W_](?:{_WORDISH}|[ :](?={_WORDISH}))*))\Z"
)
_NULLS: Final = frozenset({"~", "null", "Null", "NULL"})
_BOOLS: Final = {"true": True, "True": True, "TRUE": True}
_BOOLS.update({"false": False, "False": False, "FALSE": False})
_INT = re.compile(r"(?:0|[1-9][0-9]{0,17})\Z")


def parse(text: str, line_offset: int = 0) -> tuple[dict[str, Any], Positions] | None:
    """The mapping and its positions, or None when the text is not this simple."""
    data: dict[str, Any] = {}
    positions: Positions = {}
    for number, line in enumerate(text.split("\n"), start=1 + line_offset):
        if not line:
            continue
        match = _LINE.match(line)
        if match is None:
            return None
        key, quoted, plain = match.groups()
        if key in data:
            return None  # the full reader names the duplicate (E105)
        data[key] = quoted if quoted is not None else _plain(plain)
        positions[(key,)] = (number, 1)
        if () not in positions:
            positions[()] = (number, 1)
    return (data, positions) if data else None


def _plain(value: str) -> Any:
    if value in _NULLS:
        return None
    if value in _BOOLS:
        return _BOOLS[value]
    return int(value) if _INT.match(value) else value
