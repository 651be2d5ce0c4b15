"""The error boundary of every command: exit codes, Ctrl-C and signals, pipes, locales."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

import felles
from felles.content import load
from felles.errors import ExitCode
from tests.helpers.content import SHIPPED
from tests.helpers.run import Cli, Process

POSIX = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals and shells")


# --- the error boundary -----------------------------------------------------------


def test_unexpected_error_is_short_danish_and_exits_3(
    cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    secret = "Søren Aakjærs fortrolige udkast"

    def broken(*args: Any, **kwargs: Any) -> None:
        leaked = secret  # a local that must never be shown
        raise RuntimeError(leaked)

    monkeypatch.setattr(load, "load", broken)
    result = cli("validate", "--content", SHIPPED)
    assert result.code == ExitCode.UNEXPECTED == 3
    assert "uventet fejl (RuntimeError)" in result.err
    assert f"felles --version: felles {felles.__version__}" in result.err
    assert "(felles validate …)" in result.err and "de sidste linjer" in result.err
    # felles has no public home yet ([project.urls] is empty): no address is invented
    assert "http" not in result.err and "it-support" in result.err
    assert secret not in result.output and "Traceback" not in result.output


def test_the_bug_report_names_the_tracker_of_the_installed_metadata(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from felles.cli import boundary, source

    monkeypatch.setattr(
        source,
        "project_urls",
        lambda: {"source": "https://a.example", "issues": "https://b.example"},
    )
    [line] = boundary.report_lines("9.9", ["validate", "Søren"])
    assert line.startswith("Meld den gerne på https://b.example, og send versionen")
    assert "Søren" not in line
    monkeypatch.setattr(source, "project_urls", lambda: {"homepage": "https://a.example"})
    [line] = boundary.report_lines("9.9", ["validate"])
    assert "https" not in line and "til den, der har installeret felles" in line


def test_ctrl_c_exits_130_quietly(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(*args: Any, **kwargs: Any) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(load, "load", interrupted)
    result = cli("validate", "--content", SHIPPED)
    assert result.code == 130 and "Traceback" not in result.output


def test_a_ctrl_c_that_an_import_turned_into_a_runtime_error_exits_130_quietly(
    cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    # CPython's import lock can answer a Ctrl-C inside an import with its own RuntimeError
    # ("cannot release un-acquired lock"), the KeyboardInterrupt as its context.
    def interrupted_import(*args: Any, **kwargs: Any) -> None:
        try:
            raise KeyboardInterrupt
        except KeyboardInterrupt:
            raise RuntimeError("cannot release un-acquired lock") from None

    monkeypatch.setattr(load, "load", interrupted_import)
    result = cli("validate", "--content", SHIPPED)
    assert result.code == 130, result.err
    assert "uventet" not in result.err and "Traceback" not in result.output


def test_a_runtime_error_of_felles_own_is_still_a_bug(
    cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr(load, "load", broken)
    result = cli("validate", "--content", SHIPPED)
    assert result.code == 3 and "uventet fejl (RuntimeError)" in result.err


PACKAGE = str(Path(felles.__file__).parent)


@POSIX
@pytest.mark.parametrize("delay", [0.02, 0.1, 0.25, 0.5])
def test_real_sigint_at_any_moment_never_shows_a_traceback(delay: float) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "felles", "validate", "--content", str(SHIPPED)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )
    time.sleep(delay)
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=30)
    # Python's own start-up (before any felles code runs) may still be importing `site` or
    # `runpy`: it reports that itself, and no frame of it lies in felles.
    frames = [line for line in err.splitlines() if line.lstrip().startswith("File ")]
    python_itself = bool(frames) and not any(PACKAGE in line for line in frames)
    assert "Traceback" not in out + err or python_itself, err
    # 130 from felles; -SIGINT when Python itself stops quietly before or after felles runs.
    assert process.returncode in (0, 130, -signal.SIGINT) or python_itself, (
        process.returncode,
        err,
    )


@POSIX
def test_broken_pipe_exits_quietly(tmp_path: Path) -> None:
    content = tmp_path / "content"
    import shutil

    shutil.copytree(SHIPPED, content)
    phase = content / "phases" / "09-many.md"
    activities = "".join(
        # Thousands of warnings (outside the phase): exit 0, so only the pipe can fail it.
        f"  - id: a{i}\n    type: møde\n    title: M\n    when: 2019-03-0{1 + i % 9}\n"
        for i in range(3000)
    )
    phase.write_text(
        f"---\nid: many\nnumber: 9\ntitle: M\nperiod:\n  start: 2025-02\n"
        f"activities:\n{activities}---\n",
        encoding="utf-8",
    )
    felles = f"'{sys.executable}' -m felles validate --content '{content}'"
    shell = f"set -o pipefail; {felles} | head -1"
    result = subprocess.run(
        ["bash", "-c", shell],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=False,
    )
    assert result.stdout.count("\n") == 1 and ": W30" in result.stdout
    assert result.stderr == ""
    assert result.returncode == 0  # felles' own exit code (pipefail), not just head's


def test_head_closing_the_pipe_exits_quietly(tmp_path: Path) -> None:
    """Enough activities to fill the pipe, so `| head -1` really breaks it."""
    content = tmp_path / "content"
    (content / "phases").mkdir(parents=True)
    for name in ("programme.yaml", "learning_goals.yaml", "groups.yaml"):
        (content / name).write_bytes((SHIPPED / name).read_bytes())
    start = datetime(2018, 1, 1, 9, 0)
    activities = "".join(
        f"  - id: moede-{n}\n    type: møde\n    title: Møde nummer {n}\n"
        f"    when: {start + timedelta(days=n):%Y-%m-%d %H:%M}\n"
        for n in range(1500)
    )
    (content / "phases" / "01-mange.md").write_text(
        "---\nid: mange\nnumber: 1\ntitle: Mange møder\nperiod:\n  start: 2018-01\n"
        f"  end: 2022-12\nactivities:\n{activities}---\n# Mange møder\n",
        encoding="utf-8",
    )
    command = (
        f"'{sys.executable}' -m felles next 1500 --as-of 2018-01-01 "
        f"--content '{content}' | head -1; exit ${{PIPESTATUS[0]}}"
    )
    done = subprocess.run(
        ["bash", "-c", command],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )
    assert done.stderr == ""
    assert done.returncode == 0
    assert done.stdout == "man. 1. jan. 2018 kl. 09.00 · uge 1 · i dag · møde · Møde nummer 0\n"


# --- locales and consoles -------------------------------------------------------------


@pytest.mark.parametrize(
    "env",
    [
        {"LANG": "C", "LC_ALL": "C"},
        {"LANG": "C", "LC_ALL": "C", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0"},
        {"PYTHONIOENCODING": "cp1252"},
        {"PYTHONIOENCODING": "ascii"},
    ],
)
def test_any_locale_or_console_encoding(felles_process: Process, env: dict[str, str]) -> None:
    clean = {
        k: v
        for k, v in os.environ.items()
        if k not in ("LANG", "LC_ALL", "LC_CTYPE", "PYTHONIOENCODING", "PYTHONUTF8")
    }
    process = subprocess.run(
        [sys.executable, "-m", "felles", "validate", "--content", str(SHIPPED)],
        capture_output=True,
        env={**clean, **env},
        timeout=60,
        check=False,
    )
    assert process.returncode == 0, process.stderr
    assert b"Traceback" not in process.stderr
    # A redirected standard output is UTF-8 whatever the locale or the console's code page
    # says (tests/cli/test_windows.py runs every export that way).
    assert "læringsmål" in process.stdout.decode("utf-8")
