"""Findings as text, JSON or GitHub workflow commands.

Machine formats are plain writes: never wrapped, coloured or highlighted, so
`path:line:col` and `::error` lines survive any terminal width.

JSON format (stable): a list of objects, one per finding, sorted by path and line:
    {"path": "content/groups.yaml", "line": 12, "column": 9, "code": "E303",
     "severity": "error" | "warning", "message": "…"}
`line` and `column` are 1-based, or null when the finding concerns a whole file.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass

from felles.findings import Finding


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
            f"{self.leaders} ledere i {self.groups} sparringsgrupper, {self.goals} læringsmål, "
            f"{self.themes} temaer, {self.phases} faser, {self.activities} aktiviteter"
        )
        if self.drafts:
            line += f", {self.drafts} ledelsesgrundlag"
        return line + "."

    def result_line(self) -> str:
        errors = "ingen fejl" if not self.errors else _count(self.errors, "fejl", "fejl")
        warnings = _count(self.warnings, "advarsel", "advarsler")
        return f"{errors.capitalize()}, {warnings}."


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def text(findings: Iterable[Finding]) -> list[str]:
    return [str(finding) for finding in findings]


def as_json(findings: Iterable[Finding]) -> str:
    return json.dumps(
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


def _escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(value: str) -> str:
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")


def github(findings: Iterable[Finding]) -> list[str]:
    """One workflow command per finding; GitHub shows only the first 10 of each kind."""
    lines = []
    for f in findings:
        props = [f"file={_escape_property(f.path)}"]
        if f.line is not None:
            props += [f"line={f.line}", f"col={f.col or 1}"]
        props.append(f"title={_escape_property(f.code)}")
        lines.append(f"::{f.severity} {','.join(props)}::{_escape_data(f.message)}")
    return lines
