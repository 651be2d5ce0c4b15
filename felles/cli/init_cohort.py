"""`felles init --start` for a new cohort: the shipped programme's text rewritten
(plan/cohort.py) in the folder init is making, and what to review and still to do."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from datetime import date

    from felles.cli.move_plan import Moved
    from felles.content.load import Phase
    from felles.content.locate import ContentDir

TEXT: Final = {
    "review": "Skrevet om til det nye hold (gennemse det; kildens ordlyd står i en kommentar):",
    "review_line": "  {path}:{line}: {text}",
    "dropped": "  {path}:{line}: »{section}« er ikke taget med: det handler om det første hold",
    "no_todo": "Ingen tekst nævner længere den gamle periode.",
}


def new_cohort(cdir: ContentDir, moved: Moved, show: Callable[[Path], str]) -> list[str]:
    """The shipped programme's text made ready for a new cohort (plan/cohort.py), each
    phase file replaced whole. Sets what still names the old period (the to-do) and the
    text warnings of the result on `moved`; returns the lines rewritten, to review."""
    from felles.cli.content import load
    from felles.dates import parse_when

    days = frozenset(
        parse_when(old).first.date()
        for move in moved.files
        for _, old, _ in move.changes
        if parse_when(old).fixed
    )
    review: list[str] = []
    for phase in load(cdir).phases:
        review += _rewritten(phase, days, moved, show)
    _after_rewrite(cdir, moved)
    return review


def _rewritten(
    phase: Phase, days: frozenset[date], moved: Moved, show: Callable[[Path], str]
) -> list[str]:
    """Rewrite the phase's file for the new cohort; the lines to review."""
    from felles.atomic import replace
    from felles.plan.cohort import rewrite
    from felles.span_words import period_words

    period = phase.meta.period
    words = period_words(period.start, period.end)
    path = phase.doc.path
    text = path.read_text(encoding="utf-8")
    old = moved.periods.get(path)
    new = rewrite(text, days, moved.shift.weeks, words, old)
    if new == text:
        return []
    replace(path, new.encode("utf-8"))
    return _review(text.splitlines(), new.splitlines(), show(path))


def _review(before: list[str], after: list[str], shown: str) -> list[str]:
    """The lines rewritten, and the sections dropped, of the file `shown`."""
    import difflib

    review: list[str] = []
    matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "delete" or (tag == "replace" and j2 - j1 < i2 - i1 - 3):
            removed = next((line for line in before[i1:i2] if line.startswith("#")), None)
            section = removed or before[i1].strip()
            review.append(TEXT["dropped"].format(path=shown, line=j1 + 1, section=section))
        elif tag in ("replace", "insert"):
            review += [
                TEXT["review_line"].format(path=shown, line=j + 1, text=_short(after[j]))
                for j in range(j1, j2)
            ]
    return review


def _after_rewrite(cdir: ContentDir, moved: Moved) -> None:
    """On `moved`: the text warnings (W327) and the to-do of the rewritten content, and the
    landing activity's title as it is now."""
    from felles.cli.content import judge, load
    from felles.plan.old_mentions import mentions

    final = load(cdir)
    moved.created = [f for f in moved.created if f.code != "W327"]
    moved.created += [f for f in judge(final) if f.code == "W327"]
    moved.mentions = mentions(final, moved.shift, moved.years)
    if moved.landing is not None:
        own = next((a for _, _, a in final.activities() if a.id == moved.landing.id), None)
        moved.landing.title = own.title if own else moved.landing.title


def _short(line: str) -> str:
    text = line.strip()
    return text if len(text) <= 90 else text[:87] + "…"


def shown_paths(moved: Moved, show: Callable[[str], str]) -> None:
    """The findings and the to-do of a move made in the temporary folder, named as they are
    in the finished one."""
    moved.created = [dataclasses.replace(f, path=show(f.path)) for f in moved.created]
    moved.mentions = [m._replace(path=show(m.path)) for m in moved.mentions]
