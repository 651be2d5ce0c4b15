"""Danish wording that every layer shares."""

from __future__ import annotations

from collections.abc import Sequence


def joined(items: Sequence[str], last: str = "og") -> str:
    """'A', 'A og B', 'A, B og C' (or with `last` = 'eller')."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {last} " + items[-1]


def count(n: int, one: str, many: str) -> str:
    """'1 advarsel', '3 advarsler'."""
    return f"{n} {one if n == 1 else many}"
