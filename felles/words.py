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


def group_numbers(numbers: list[int]) -> str:
    """'1–12' for a run without gaps, else '1, 2, 5'; 'ingen' for none."""
    ordered = sorted(numbers)
    if not ordered:
        return "ingen"
    if len(ordered) > 2 and ordered == list(range(ordered[0], ordered[-1] + 1)):
        return f"{ordered[0]}–{ordered[-1]}"
    return ", ".join(str(n) for n in ordered)
