"""Findings as text, JSON or GitHub workflow commands: one reporter a format, from a dict.

`REPORTERS[format](findings, summary)` gives the lines to print; `summary` (the
counts, in Danish) ends the text and GitHub reports and is left out of JSON.
Machine formats are plain writes: never wrapped, coloured or highlighted, so
`path:line:col` and `::error` lines survive any terminal width.

JSON format (stable): a list of objects, one per finding, sorted by path and line:
    {"path": "content/groups.yaml", "line": 12, "column": 9, "code": "E303",
     "severity": "error" | "warning", "message": "…"}
`line` and `column` are 1-based, or null when the finding concerns a whole file.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Final

from felles.findings import Finding
from felles.words import count


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
        warnings = count(self.warnings, "advarsel", "advarsler")
        return f"{errors.capitalize()}, {warnings}."

    def lines(self) -> list[str]:
        return [self.content_line(), self.result_line()]


def text(findings: Iterable[Finding], summary: Sequence[str] = ()) -> list[str]:
    return [str(finding) for finding in findings] + list(summary)


def as_json(findings: Iterable[Finding], summary: Sequence[str] = ()) -> list[str]:
    """One JSON document (the summary is for people and stays out of it)."""
    document = json.dumps(
        [
            {
                "path": f.path,
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
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(value: str) -> str:
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")


def github(findings: Iterable[Finding], summary: Sequence[str] = ()) -> list[str]:
    """One workflow command per finding, then the plain list and the summary: GitHub shows
    only the first 10 annotations of each kind."""
    findings = list(findings)
    lines = []
    for f in findings:
        props = [f"file={_escape_property(f.path)}"]
        if f.line is not None:
            props += [f"line={f.line}", f"col={f.col or 1}"]
        props.append(f"title={_escape_property(f.code)}")
        lines.append(f"::{f.severity} {','.join(props)}::{_escape_data(f.message)}")
    return lines + text(findings, summary)


Reporter = Callable[[Iterable[Finding], Sequence[str]], list[str]]
REPORTERS: Final[dict[str, Reporter]] = {"text": text, "json": as_json, "github": github}
