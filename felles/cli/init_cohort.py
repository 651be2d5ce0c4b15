"""`felles init --start` for a new cohort: the shipped programme's text rewritten
(plan/cohort.py) in the folder init is making, and what to review and still to do."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from felles.cli.move import Moved
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
    import difflib

    from felles.atomic import replace
    from felles.cli.content import judge, load
    from felles.dates import parse_when
    from felles.plan.cohort import rewrite
    from felles.plan.oldtext import mentions
    from felles.span_words import period_words

    days = frozenset(
        parse_when(old).first.date()
        for move in moved.files
        for _, old, _ in move.changes
        if parse_when(old).fixed
    )
    loaded = load(cdir)
    review: list[str] = []
    for phase in loaded.phases:
        period = phase.meta.period
        words = period_words(period.start, period.end)
        path = phase.doc.path
        text = path.read_text(encoding="utf-8")
        old = moved.periods.get(path)
        new = rewrite(text, days, moved.shift.weeks, words, old)
        if new == text:
            continue
        replace(path, new.encode("utf-8"))
        before, after = text.splitlines(), new.splitlines()
        matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag == "delete" or (tag == "replace" and j2 - j1 < i2 - i1 - 3):
                removed = next((line for line in before[i1:i2] if line.startswith("#")), None)
                section = removed or before[i1].strip()
                review.append(TEXT["dropped"].format(path=show(path), line=j1 + 1, section=section))
            elif tag in ("replace", "insert"):
                review += [
                    TEXT["review_line"].format(path=show(path), line=j + 1, text=_short(after[j]))
                    for j in range(j1, j2)
                ]
    final = load(cdir)
    moved.created = [f for f in moved.created if f.code != "W327"]
    moved.created += [f for f in judge(final) if f.code == "W327"]
    moved.mentions = mentions(final, moved.shift, moved.years)
    if moved.landing is not None:
        own = next((a for _, _, a in final.activities() if a.id == moved.landing.id), None)
        moved.landing.title = own.title if own else moved.landing.title
    return review


def _short(line: str) -> str:
    text = line.strip()
    return text if len(text) <= 90 else text[:87] + "…"


def shown_paths(moved: Moved, show: Callable[[str], str]) -> None:
    """The findings and the to-do of a move made in the temporary folder, named as they are
    in the finished one."""
    moved.created = [dataclasses.replace(f, path=show(f.path)) for f in moved.created]
    moved.mentions = [m._replace(path=show(m.path)) for m in moved.mentions]
