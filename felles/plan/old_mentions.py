"""Every place in programme.yaml and the phases that still names the old period after
`felles move` (file, line, the words found, where), for the to-do the move and `felles
init --start` list; and the old period's years.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from felles.plan.prose_scan import scan

if TYPE_CHECKING:
    from felles.content.load import Content
    from felles.plan.rebase import Shift


class Mention(NamedTuple):
    path: str  # as the user sees it
    line: int
    found: str  # the words as written
    where: str  # 'titlen', 'formålet', 'dagsordenen', 'fasens tekst' …


def old_years(content: Content) -> frozenset[int]:
    """Every year the programme's dates touch (the old period, before a move)."""
    from felles.dates import parse_when

    texts: list[str] = []
    if content.programme is not None:
        texts += [content.programme.period.start, content.programme.period.end or ""]
    for phase in content.phases:
        texts += [phase.meta.period.start, phase.meta.period.end or ""]
        for activity in phase.meta.activities:
            texts += [activity.when, activity.end or ""]
    years: set[int] = set()
    for text in texts:
        try:
            when = parse_when(text)
        except ValueError:
            continue
        years.update(range(when.first.year, when.last.year + 1))
    if years:
        years.update(range(min(years), max(years) + 1))
    return frozenset(years)


def mentions(
    content: Content, shift: Shift | None = None, years: frozenset[int] | None = None
) -> list[Mention]:
    """Every place in programme.yaml and the phases that names a date of the old period
    (`years`: the old period's years, by default those of `content`'s dates)."""
    from felles.content.kinds import PROGRAMME

    if shift is not None and shift.months == 0 and shift.weeks == 0:
        return []
    if years is None:
        years = old_years(content)
    files = [content.dir.path / PROGRAMME.path, *(p.doc.path for p in content.phases)]
    found: list[Mention] = []
    for path in files:
        try:
            text = path.read_text(encoding="utf-8-sig")
        except OSError:
            continue
        shown = content.display(path)
        for line, words, where in scan(text, path.suffix == ".md", years):
            found.append(Mention(shown, line, words, where))
    return found
