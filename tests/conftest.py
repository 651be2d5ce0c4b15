"""Shared fixtures: the real CLI, in-process and as a process, on content copied to tmp_path."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

from felles.cli import main
from tests.helpers.run import Cli, Process, Result

# "deep" explores far more inputs (`pytest --hypothesis-profile=deep`), at random; run it
# before a release and after touching a parser or an escaper. "ci" is the same search every
# run (derandomized, no example database), so a red CI is the code's doing, not the dice's;
# it is chosen when the variable CI is set, as CI sets it. The default elsewhere is
# Hypothesis's own random search.
settings.register_profile("deep", max_examples=2000, deadline=None)
settings.register_profile("ci", derandomize=True, database=None, deadline=None)
if os.environ.get("CI"):
    settings.load_profile("ci")

# Every felles started as a process by a test runs this checkout's code, not a copy installed
# in the environment (the README's test command installs one with `pip install ".[test]"`):
# the checkout goes first on the path of every child process, as it does in this one.
ROOT = Path(__file__).resolve().parents[1]
os.environ["PYTHONPATH"] = os.pathsep.join(
    part for part in (str(ROOT), os.environ.get("PYTHONPATH", "")) if part
)


@pytest.fixture(autouse=True)
def _isolated(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> None:
    """No test sees the developer's environment or the repository's content by accident."""
    for name in ("FELLES_CONTENT", "FELLES_DATA", "GITHUB_ACTIONS", "NO_COLOR", "FORCE_COLOR"):
        monkeypatch.delenv(name, raising=False)
    # The survey's default data folder (platformdirs) lands in a temporary folder, never the
    # developer's own.
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("xdg-data")))
    # …and `felles next`'s content cache in one of its own.
    monkeypatch.delenv("FELLES_CACHE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("xdg-cache")))
    monkeypatch.chdir(tmp_path_factory.mktemp("cwd"))


@pytest.fixture
def content(tmp_path: Path) -> Path:
    """A fresh copy of the shipped content in tmp_path/content (tests/unit/conftest.py
    gives unit tests a small programme of their own instead)."""
    from tests.helpers.content import copy_shipped  # read only where it is used

    return copy_shipped(tmp_path / "content")


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Cli:
    """Run felles in-process, as a user would type it: cli("validate", "--content", path)."""

    def run(*args: str | Path) -> Result:
        capsys.readouterr()
        code = main([str(arg) for arg in args])
        captured = capsys.readouterr()
        return Result(int(code), captured.out, captured.err)

    return run


@pytest.fixture
def felles_process() -> Iterator[Process]:
    """Run felles as a separate process (for pipes, locales, signals)."""

    def run(
        *args: str | Path,
        cwd: Path | None = None,
        env: dict[str, str] | None = None,
        timeout: float = 60,
    ) -> subprocess.CompletedProcess[str]:
        full_env = {
            k: v for k, v in os.environ.items() if k not in ("FELLES_CONTENT", "GITHUB_ACTIONS")
        }
        full_env.update(env or {})
        return subprocess.run(
            [sys.executable, "-m", "felles", *map(str, args)],
            cwd=cwd,
            env=full_env,
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=timeout,
            check=False,
        )

    yield run
