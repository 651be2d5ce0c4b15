"""Golden files in tests/golden/: regenerate with FELLES_UPDATE_GOLDEN=1 and review the diff.

With the variable set, a golden that differs is written anew and its test fails ("golden
updated: review the diff"), so a regenerated file is never compared with itself and never
passes unseen; run the tests again without the variable once the diff is reviewed.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

GOLDEN = Path(__file__).resolve().parents[1] / "golden"
UPDATE = os.environ.get("FELLES_UPDATE_GOLDEN") == "1"


def golden(name: str, actual: str) -> None:
    path = GOLDEN / name
    expected = path.read_bytes().decode("utf-8") if path.exists() else None
    # Compare text, not line endings: git may change those on checkout.
    same = expected is not None and actual.replace("\r\n", "\n") == expected.replace("\r\n", "\n")
    if UPDATE and not same:
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(actual.encode("utf-8"))
        pytest.fail(f"golden updated: review the diff of {path.name} (git diff tests/golden)")
    assert expected is not None, f"no golden file {path.name}: make it with FELLES_UPDATE_GOLDEN=1"
    assert actual.replace("\r\n", "\n") == expected.replace("\r\n", "\n")
