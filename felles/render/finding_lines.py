"""A finding as one printable line, whatever its path or message holds: a line break
(\r, \n, U+0085, U+2028, U+2029 …) shows as '⏎' and any other control character as its
escape (`\x1b`), so no title can start a line of its own (a fake finding, a fake
`::error`) or move the terminal's cursor; and paths with `/` on every platform."""

from __future__ import annotations

import os
import re
from typing import Final

from felles.findings import Finding

LINE_BREAK: Final = "⏎"
_BREAKS: Final = re.compile(r"\r\n|[\r\n\v\f\x1c\x1d\x1e\x85\u2028\u2029]")
# C0 and C1 controls (tab allowed), and the bidirectional overrides that reorder a line.
_CONTROL: Final = re.compile(
    r"[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f\u202a-\u202e\u2066-\u2069]"
)


def printable(value: str) -> str:
    """`value` as one line: line breaks shown as '⏎', other control characters escaped."""
    value = _BREAKS.sub(LINE_BREAK, value)
    return _CONTROL.sub(_escaped, value)


def _escaped(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def line_of(finding: Finding, path: str | None = None) -> str:
    """`path:line:col: CODE message` on one line."""
    where = path if path is not None else finding.path
    location = where if finding.line is None else f"{where}:{finding.line}:{finding.col or 1}"
    return printable(f"{location}: {finding.code} {finding.message}")


def posix(path: str, sep: str = os.sep) -> str:
    """A path with '/' between its parts, as GitHub wants it on every platform."""
    return path.replace(sep, "/") if sep != "/" else path
