"""Findings as text, JSON or GitHub workflow commands: one reporter a format, from a dict.

`REPORTERS[format](findings, summary)` gives the lines to print; `summary` (the
counts and the accepted warnings, in Danish) ends the text and GitHub reports and
is left out of JSON. Machine formats are plain writes: never wrapped, coloured or
highlighted, so `path:line:col` and `::error` lines survive any terminal width.

Every finding is one line in every format, whatever its path or message holds: in
text and GitHub output a line break (\r, \n, U+0085, U+2028, U+2029 …) shows as
'⏎' and any other control character as its escape (`\x1b`), so no title can
start a line of its own (a fake finding, a fake `::error`) or move the terminal's
cursor.

GitHub format: one workflow command per finding, data and properties escaped
(`%`, CR, LF; in properties also `:` and `,`), paths with `/` on every platform;
then the plain list and the summary between `::stop-commands::<random token>` and
`::<token>::`, so that nothing in them is read as a workflow command.

JSON format (stable): a list of objects, one per finding that counts, sorted by
path and line:
    {"path": "content/groups.yaml", "line": 12, "column": 9, "code": "E303",
     "severity": "error" | "warning", "message": "…"}
`path` has '/' between its parts on every platform. `line` and `column` are 1-based, or
null when the finding concerns a whole file.
Strings are JSON-escaped as they are. Accepted warnings (`# felles: tillad …`) are
not in the list: like `--strict`, a program reading the list sees only what counts.
"""

from __future__ import annotations

import json
import os
import re
import secrets
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Final

from felles.findings import Finding
from felles.words import count

LINE_BREAK: Final = "⏎"
_BREAKS: Final = re.compile(r"\r\n|[\r\n\v\f\x1c\x1d\x1e\x85\u2028\u2029]")
# C0 and C1 controls (tab allowed), and the bidirectional overrides that reorder a line.
_CONTROL: Final = re.compile(
    r"[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f\u202a-\u202e\u2066-\u2069]"
)


@dataclass(frozen=True)
class Summary:
    leaders: int
    groups: int
    goals: int
    themes: int
    phases: int
    activities: int
    errors: int
    warnings: int
    drafts: int = 0
    accepted: Sequence[tuple[Finding, str]] = field(default=())  # (warning, reason)

    def content_line(self) -> str:
        line = (
            f"{count(self.leaders, 'leder', 'ledere')} i "
            f"{count(self.groups, 'sparringsgruppe', 'sparringsgrupper')}, "
            f"{count(self.goals, 'læringsmål', 'læringsmål')}, "
            f"{count(self.themes, 'tema', 'temaer')}, {count(self.phases, 'fase', 'faser')}, "
            f"{count(self.activities, 'aktivitet', 'aktiviteter')}"
        )
        if self.drafts:
            line += f", {count(self.drafts, 'ledelsesgrundlag', 'ledelsesgrundlag')}"
        return line + "."

    def result_line(self) -> str:
        errors = "ingen fejl" if not self.errors else count(self.errors, "fejl", "fejl")
        warnings = (
            count(self.warnings, "advarsel", "advarsler") if self.warnings else "ingen advarsler"
        )
        return f"{errors.capitalize()}, {warnings}."

    def lines(self) -> list[str]:
        return [self.content_line(), self.result_line(), *self.accepted_lines()]

    def accepted_lines(self) -> list[str]:
        """'1 advarsel er tilladt:' and each accepted warning with its place and reason."""
        return accepted_lines(self.accepted)


def accepted_lines(accepted: Sequence[tuple[Finding, str]]) -> list[str]:
    if not accepted:
        return []
    head = count(len(accepted), "advarsel er tilladt:", "advarsler er tilladt:")
    return [
        head,
        *(f"  {f.location}: {f.code} {f.message} – tilladt: {reason}" for f, reason in accepted),
    ]


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


def text(findings: Iterable[Finding], summary: Sequence[str] = ()) -> list[str]:
    return [line_of(finding) for finding in findings] + [printable(s) for s in summary]


def as_json(
    findings: Iterable[Finding], summary: Sequence[str] = (), *, sep: str = os.sep
) -> list[str]:
    """One JSON document (the summary is for people and stays out of it); paths with '/'
    on every platform, as the programs that read it expect."""
    document = json.dumps(
        [
            {
                "path": posix(f.path, sep),
                "line": f.line,
                "column": f.col,
                "code": f.code,
                "severity": f.severity,
                "message": f.message,
            }
            for f in findings
        ],
        ensure_ascii=False,
        indent=2,
    )
    return [document]


def _escape_data(value: str) -> str:
    value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return printable(value)  # the line breaks GitHub does not decode, and control characters


def _escape_property(value: str) -> str:
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")


def posix(path: str, sep: str = os.sep) -> str:
    """A path with '/' between its parts, as GitHub wants it on every platform."""
    return path.replace(sep, "/") if sep != "/" else path


def github(
    findings: Iterable[Finding], summary: Sequence[str] = (), *, sep: str = os.sep
) -> list[str]:
    """One workflow command per finding, then the plain list and the summary with workflow
    commands stopped: GitHub shows only the first 10 annotations of each kind."""
    findings = list(findings)
    lines = []
    for f in findings:
        props = [f"file={_escape_property(posix(f.path, sep))}"]
        if f.line is not None:
            props += [f"line={f.line}", f"col={f.col or 1}"]
        props.append(f"title={_escape_property(f.code)}")
        lines.append(f"::{f.severity} {','.join(props)}::{_escape_data(f.message)}")
    token = secrets.token_hex(16)
    plain = [line_of(f, posix(f.path, sep)) for f in findings] + [printable(s) for s in summary]
    return [*lines, f"::stop-commands::{token}", *plain, f"::{token}::"]


Reporter = Callable[[Iterable[Finding], Sequence[str]], list[str]]
REPORTERS: Final[dict[str, Reporter]] = {"text": text, "json": as_json, "github": github}
