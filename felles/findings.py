"""A finding: one problem in one place, with a stable code."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from felles.errors import FellesError


@dataclass(frozen=True)
class Finding:
    path: str
    line: int | None
    col: int | None
    code: str
    params: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def message(self) -> str:
        from felles.codes import render  # only when a finding is shown

        return render(self.code, self.params)

    @property
    def severity(self) -> str:
        return "warning" if self.code.startswith("W") else "error"

    @property
    def location(self) -> str:
        if self.line is None:
            return self.path
        return f"{self.path}:{self.line}:{self.col or 1}"

    def __str__(self) -> str:
        return f"{self.location}: {self.code} {self.message}"

    @classmethod
    def from_error(cls, path: str, error: FellesError) -> Finding:
        """A finding about a file that exists: at 1:1 when the error names no line, so an
        editor or GitHub can place it."""
        return cls(path, error.line or 1, error.col or 1, error.code, error.params)


def sort_key(finding: Finding) -> tuple[str, int, int, str]:
    return (finding.path, finding.line or 0, finding.col or 0, finding.code)
