"""`felles validate --explain KODE`: what a code means and how it is fixed, from the codes'
table (felles/codes); an unknown code is U004 with the ranges of the known ones.
"""

from __future__ import annotations

from typing import Final

from felles.errors import UsageError

# The heading above a code's example.
TEXT: Final = {"fix": "Sådan retter du det:"}


def explanation(code: str) -> list[str]:
    """What a code means and how to fix it; U004 for an unknown code.

    The message is shown with stand-ins for its particulars (NAVN, DATO), never `{name}`.
    """
    from felles.codes import CODES, render
    from felles.codes.code_placeholders import words

    key = code.strip().upper()
    entry = CODES.get(key)
    if entry is None:
        raise UsageError("U004", {"code": code, "known": _ranges(sorted(CODES))})
    lines = [f"{key}: {render(key, words(key))}", "", entry.explain]
    if entry.example:
        lines += [
            "",
            TEXT["fix"],
            *(f"    {line}" for line in entry.example.splitlines()),
        ]
    return lines


def _ranges(codes: list[str]) -> str:
    """'E101–E117, W301–W302, U001' from a sorted list of codes."""
    runs: list[list[str]] = []
    for code in codes:
        last = runs[-1][-1] if runs else ""
        if (
            last[:2] == code[:2]
            and last[2:].isdigit()
            and code[2:].isdigit()
            and int(code[2:]) == int(last[2:]) + 1
        ):
            runs[-1].append(code)
        else:
            runs.append([code])
    return ", ".join(run[0] if len(run) == 1 else f"{run[0]}–{run[-1]}" for run in runs)
