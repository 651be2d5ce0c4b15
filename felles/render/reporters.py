"""Findings as text, JSON or GitHub workflow commands: one reporter a format, from a dict.

`REPORTERS[format](findings, summary)` gives the lines to print; `summary` (the
counts and the accepted warnings, in Danish) ends the text and GitHub reports and
is left out of JSON. Machine formats are plain writes: never wrapped, coloured or
highlighted, so `path:line:col` and `::error` lines survive any terminal width.

Every finding is one line in every format, whatever its path or message holds (in text
and GitHub output: finding_lines). The summary is findings_summary's.

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
import secrets
from collections.abc import Callable, Iterable, Sequence
from typing import Final

from felles.findings import Finding
from felles.render.finding_lines import line_of, posix, printable


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
