"""The tests run the code of this checkout, never a copy of felles installed beside it.

The README's test command installs felles (`pip install ".[test]"`, not editable): without
care, a test that starts felles as a process would run that installed copy, and a change
to the checkout would pass unseen. The marker is the checkout's own `felles/__init__.py`.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import felles

ROOT = Path(__file__).resolve().parents[2]
MARKER = (ROOT / "felles" / "__init__.py").resolve()


def test_felles_in_this_process_is_the_checkout() -> None:
    assert Path(felles.__file__).resolve() == MARKER


def test_felles_in_a_child_process_is_the_checkout(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", "import felles; print(felles.__file__)"],
        cwd=tmp_path,  # not the checkout: the path must come from the environment
        capture_output=True,
        text=True,
        check=True,
    )
    assert Path(done.stdout.strip()).resolve() == MARKER


def test_a_deliberate_change_to_the_checkout_reaches_a_child_felles(tmp_path: Path) -> None:
    # What `python -m felles` runs is read from the checkout: its version is the checkout's.
    done = subprocess.run(
        [sys.executable, "-m", "felles", "--version"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert felles.__version__ in done.stdout + done.stderr
    source = subprocess.run(
        [
            sys.executable,
            "-c",
            "import felles.content.reader; print(felles.content.reader.__file__)",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    )
    assert Path(source.stdout.strip()).resolve().is_relative_to(ROOT)
