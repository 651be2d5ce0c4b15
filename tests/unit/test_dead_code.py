"""No dead code in felles: vulture finds nothing that tests/vulture_whitelist.py does not
explain (a name something reads that vulture cannot follow)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def vulture(*paths: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "vulture", *map(str, paths), "--min-confidence", "60"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )


def test_vulture_finds_no_unused_code_in_felles() -> None:
    done = vulture(ROOT / "felles", ROOT / "tests" / "vulture_whitelist.py")
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout == ""


def test_vulture_would_find_an_unused_function(tmp_path: Path) -> None:
    module = tmp_path / "module.py"
    module.write_text("def used():\n    return 1\n\n\nused()\n\n\ndef forgotten():\n    return 2\n")
    done = vulture(module)
    assert "unused function 'forgotten'" in done.stdout and "'used'" not in done.stdout
