"""The shipped programme's text made ready for a new cohort (`felles init --start`).

The seeds describe one cohort, from June 2018: titles and purposes name its days, the
phase texts name its months, and phase 1 tells how it went ("Sådan gik det"). After
the dates have moved (plan/rebase.py), `rewrite` rewrites a phase file's text:

- the history sections ("## Sådan gik det") are not carried into a new cohort;
- an activity's title, purpose, preparation or agenda item that names one of the old
  days loses the date ("Møde i Strategisk Ledelsesforum d. 8. juni 2018" → "Møde i
  Strategisk Ledelsesforum"); the seed's wording stays in a comment above it;
- a day of the old programme named in a phase text becomes the same activity's new day,
  a month of one its new month, and the phase's period the new one (plan/cohort_body.py).

Comments and the rest stay as written: a year in running text may name the sources
("lysbillederne fra 2018"), and the seeds' own words quoted in a list ("Fælles seminar
8.-9. nov") stay the seeds' words. What names the old period is listed by
plan/oldtext.py as a to-do. Only the programme packaged with felles is rewritten: a
coordinator's own text is theirs, and is only listed.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Final

from felles.plan.cohort_body import renewed_body
from felles.plan.cohort_days import DAY, day_of

HISTORY: Final = "## Sådan gik det"
# Keys whose text belongs to an activity.
_ACTIVITY_KEYS: Final = ("title", "purpose", "preparation", "item")
_COMMENT: Final = "# Interpretation: a new cohort's text names no day of the seeds' cohort; "
_SEED: Final = "the seed's {key}: {text}"


def without_history(body: str) -> str:
    """The body without its "Sådan gik det" sections (to the next heading of that level)."""
    lines = body.splitlines(keepends=True)
    kept: list[str] = []
    skipping = False
    for line in lines:
        if line.rstrip() == HISTORY:
            skipping = True
            continue
        if skipping and re.match(r"#{1,2} ", line):
            skipping = False
        if not skipping:
            kept.append(line)
    while len(kept) > 1 and not kept[-1].strip() and not kept[-2].strip():
        kept.pop()
    return "".join(kept)


def _front_matter(text: str, days: frozenset[date]) -> str:
    """Activity texts without the old days, each seed wording kept in a comment."""
    out: list[str] = []
    lines = text.splitlines(keepends=True)
    index = 0
    while index < len(lines):
        line = lines[index]
        match = re.match(r"^(?P<indent>\s*)(?:-\s+)?(?P<key>[a-z_]+):(?P<value>.*)$", line)
        if match is None or match.group("key") not in _ACTIVITY_KEYS:
            out.append(line)
            index += 1
            continue
        # The key's value: this line and the more indented lines that follow (folded text).
        end = index + 1
        column = len(match.group("indent"))
        while end < len(lines) and lines[end].strip() and _indent(lines[end]) > column + 1:
            end += 1
        block = "".join(lines[index:end])
        changed = DAY.sub(lambda m: _drop(m, days), block)
        if changed != block:
            seed = " ".join(block.split(":", 1)[1].split()).removeprefix(">-").strip()
            key = match.group("key")
            comment = match.group("indent") + _COMMENT + _SEED.format(key=key, text=seed)
            out.append(comment + "\n")
            changed = re.sub(r"[ \t]+\n", "\n", changed)
        out.append(changed)
        index = end
    return "".join(out)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _drop(match: re.Match[str], days: frozenset[date]) -> str:
    day = day_of(match)
    return "" if day in days else match.group(0)


def rewrite(
    text: str,
    days: frozenset[date],
    weeks: int,
    period: str | None,
    old: str | None = None,
) -> str:
    """A phase file's text (front matter and body) for a new cohort (module docstring):
    `days` are the old programme's days, moved by `weeks`; `period` the phase's new period
    in words ('september 2027 – februar 2028'), `old` the one before."""
    first, sep, rest = text.partition("\n")
    closing = re.search(r"^---[ \t]*\r?$", rest, re.MULTILINE)
    if first.rstrip() != "---" or closing is None:
        return text
    front, body = rest[: closing.start()], rest[closing.start() :]
    body = renewed_body(without_history(body), days, weeks, period, old)
    return first + sep + _front_matter(front, days) + body
