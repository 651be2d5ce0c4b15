"""The result of running felles, and the types of the fixtures that run it."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from dataclasses import dataclass


@dataclass
class Result:
    code: int
    out: str
    err: str

    @property
    def output(self) -> str:
        return self.out + self.err


Cli = Callable[..., Result]
"""The `cli` fixture: felles in-process, cli("validate", "--content", path)."""

Process = Callable[..., subprocess.CompletedProcess[str]]
"""The `felles_process` fixture: felles as a separate process."""
