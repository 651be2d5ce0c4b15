"""The result of running felles, and the types of the fixtures that run it."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path


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


HEAVY = ("typer", "click", "rich", "pydantic", "jinja2", "holidays", "scipy", "numpy")


def heavy_imports(args: list[str], content: Path, cwd: Path) -> str:
    """`felles ARGS --content CONTENT` through the console script's entry point in a fresh
    interpreter: its exit code and the heavy modules it imported ("0 []" on the fast path).
    The checkout comes first on PYTHONPATH (tests/conftest.py); the data folder is cwd's."""
    code = (
        "import sys; from felles.entry import run; "
        f"sys.argv = ['felles', *{args!r}, '--content', sys.argv[1]]; "
        "code = run(); "
        f"print(code, sorted(m for m in sys.modules if m.split('.')[0] in {HEAVY!r}))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(content)],
        capture_output=True,
        text=True,
        check=True,
        cwd=cwd,
        env=dict(os.environ, XDG_DATA_HOME=str(cwd / "data")),
    )
    return done.stdout.strip().splitlines()[-1]
