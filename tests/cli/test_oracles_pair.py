"""`felles pair --seed` at the ends of the seeds NumPy takes: 0 and 2**32 − 1, and one past."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers.run import Cli

JOBBESOEG = "jobbesoeg-graensekrydsende-samarbejde"


@pytest.mark.parametrize(
    ("seed", "code"), [("0", 0), ("4294967295", 0), ("4294967296", 2), ("-1", 2)]
)
def test_the_seed_at_its_limits(cli: Cli, content: Path, seed: str, code: int) -> None:
    result = cli("pair", JOBBESOEG, "--seed", seed, "--dry-run", "--content", content)
    assert result.code == code, result.output
    if code == 0:
        assert f"(--seed {seed})" in result.out
    else:
        assert "4294967295" in result.err
