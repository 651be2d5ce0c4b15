"""Golden files in tests/golden/: regenerate with FELLES_UPDATE_GOLDEN=1 and review the diff."""

from __future__ import annotations

import os
from pathlib import Path

GOLDEN = Path(__file__).resolve().parents[1] / "golden"
UPDATE = os.environ.get("FELLES_UPDATE_GOLDEN") == "1"


def golden(name: str, actual: str) -> None:
    path = GOLDEN / name
    if UPDATE:
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(actual.encode("utf-8"))
    expected = path.read_bytes().decode("utf-8")
    # Compare text, not line endings: git may change those on checkout.
    assert actual.replace("\r\n", "\n") == expected.replace("\r\n", "\n")
