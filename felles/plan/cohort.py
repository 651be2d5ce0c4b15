"""The shipped programme's text made ready for a new cohort (`felles init --start`).

The seeds describe one cohort, from June 2018: titles and purposes name its days, the
phase texts name its months, and phase 1 tells how it went ("Sådan gik det"). After
the dates have moved (plan/rebase.py), `rewrite` rewrites a phase file's text:

- the history sections ("## Sådan gik det") are not carried into a new cohort;
- an activity's title, purpose, preparation or agenda item that names one of the old
  days loses the date ("Møde i Strategisk Ledelsesforum d. 8. juni 2018" → "Møde i
  Strategisk Ledelsesforum"); the seed's wording stays in a comment above it;
- a day of the old programme named in a phase text ("seminar 8.–9. november 2018")
  becomes the same activity's new day, a month of one ("seminaret i november 2018") its
  new month, and the period line under a phase's heading ("*Juni 2018 – november
  2018*") and the phase's period in words ("(marts – juni 2019)") the new period.

Comments and the rest stay as written: a year in running text may name the sources
("lysbillederne fra 2018"), and the seeds' own words quoted in a list ("Fælles seminar
8.-9. nov") stay the seeds' words. What names the old period is listed by
plan/oldtext.py as a to-do. Only the programme packaged with felles is rewritten: a
coordinator's own text is theirs, and is only listed.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Final

from felles.danish_days import MONTHS

HISTORY: Final = "## Sådan gik det"
# Keys whose text belongs to an activity.
_ACTIVITY_KEYS: Final = ("title", "purpose", "preparation", "item")
_MONTH_WORDS: Final = "|".join(MONTHS)
# A day of the old programme, in words that may run over a line break (folded YAML).
_DAY: Final = re.compile(
    r"(?P<lead>\s+(?:d\.|den)\s+|\s+)?"
    r"(?P<first>[0-9]{1,2})\.(?:\s*[–-]\s*(?P<last>[0-9]{1,2})\.)?\s+"
    rf"(?P<month>{_MONTH_WORDS})\s+(?P<year>[0-9]{{4}})\b",
    re.IGNORECASE,
)
_SHORT_MONTHS: Final = {
    **{name: n for n, name in enumerate(MONTHS, 1)},
    **{"jan": 1, "feb": 2, "febr": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8},
    **{"sep": 9, "sept": 9, "okt": 10, "nov": 11, "dec": 12},
}
_SHORT_WORDS: Final = "|".join(sorted(_SHORT_MONTHS, key=len, reverse=True))
_DAY_OR_MONTH: Final = re.compile(
    _DAY.pattern
    + rf"|\b(?P<mword>{_MONTH_WORDS})\s+(?P<myear>[0-9]{{4}})\b"
    # the seeds' short form: "8.-9. nov", "22. febr.", "30. august" (a year or none)
    + r"|\b(?P<sfirst>[0-9]{1,2})\.(?:\s*[–-]\s*(?P<slast>[0-9]{1,2})\.)?\s+"
    + rf"(?P<smonth>{_SHORT_WORDS})\b\.?(?:\s+(?P<syear>[0-9]{{4}})\b)?",
    re.IGNORECASE,
)
# "lysbillederne fra 2018": the sources' year, said of the first cohort instead.
_SOURCE_YEAR: Final = re.compile(r"\b(lysbillederne|kilderne) fra (?:19|20)[0-9]{2}\b")
_SOURCE_NOTE: Final = "<!-- Interpretation: a new cohort's dates; the seed's words: {line} -->\n"
_PERIOD_LINE: Final = re.compile(r"^\*(?P<period>[^*·]+?)(?P<rest>\s*·[^*]*)?\*\s*$")
_COMMENT: Final = "# Interpretation: a new cohort's text names no day of the seeds' cohort; "
_SEED: Final = "the seed's {key}: {text}"


def _day_of(match: re.Match[str]) -> date | None:
    try:
        month = MONTHS.index(match.group("month").lower()) + 1
        return date(int(match.group("year")), month, int(match.group("first")))
    except ValueError:
        return None


def _day_words(first: date, last: date | None) -> str:
    """'3. september 2027', '10.–11. februar 2028' or '30. september – 1. oktober 2027'."""
    if last is None or last == first:
        return f"{first.day}. {MONTHS[first.month - 1]} {first.year}"
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}.–{last.day}. {MONTHS[first.month - 1]} {first.year}"
    return (
        f"{first.day}. {MONTHS[first.month - 1]} – {last.day}. {MONTHS[last.month - 1]} {last.year}"
    )


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
        changed = _DAY.sub(lambda m: _drop(m, days), block)
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
    day = _day_of(match)
    return "" if day in days else match.group(0)


def _body(
    body: str,
    days: frozenset[date],
    weeks: int,
    period: str | None,
    old: str | None,
) -> str:
    """Old days in a phase text moved with their activities ("8.–9. november 2018"), a month
    of an old day with it ("seminaret i november 2018"), and the period line and the
    phase's old period in words ('marts – juni 2019') renewed. Comments (`<!-- -->`, the
    notes on the sources) and anything else stay as written."""
    hold, renewed = "\x00", period or ""
    shift = timedelta(weeks=weeks)
    months: dict[tuple[int, int], date] = {}
    for day in sorted(days):
        months.setdefault((day.year, day.month), day + shift)

    def moved(match: re.Match[str]) -> str:
        if match.group("smonth") is not None:
            return _short_day(match, days, shift)
        if match.group("mword") is not None:
            month = MONTHS.index(match.group("mword").lower()) + 1
            new = months.get((int(match.group("myear")), month))
            if new is None:
                return match.group(0)
            word = MONTHS[new.month - 1]
            if match.group("mword")[:1].isupper():
                word = word.capitalize()
            return f"{word} {new.year}"
        first = _day_of(match)
        if first is None or first not in days:
            return match.group(0)
        last = None
        if match.group("last"):
            last = first + timedelta(days=int(match.group("last")) - first.day)
        words = _day_words(first + shift, last + shift if last else None)
        return (match.group("lead") or "") + words

    parts = re.split(r"(<!--.*?-->)", body, flags=re.DOTALL)
    for index in range(0, len(parts), 2):  # the text between the comments
        text = parts[index]
        if old and period and not period.startswith("fra "):
            text = text.replace(old, hold)
        parts[index] = _DAY_OR_MONTH.sub(moved, text).replace(hold, renewed)
    lines = []
    originals = body.splitlines(keepends=True)
    for number, line in enumerate("".join(parts).splitlines(keepends=True)):
        if _SOURCE_YEAR.search(line):
            seed = originals[number].strip() if number < len(originals) else line.strip()
            lines.append(_SOURCE_NOTE.format(line=seed))
            line = _SOURCE_YEAR.sub(r"\1 fra det første hold, med det nye holds datoer", line)
        found = _PERIOD_LINE.match(line.rstrip("\n"))
        if period is not None and found is not None and _names_period(found.group("period")):
            rest = found.group("rest") or ""
            line = f"*{period[:1].upper()}{period[1:]}{rest}*\n"
            period = None  # only the first such line, under the heading
        lines.append(line)
    return "".join(lines)


def _short_day(match: re.Match[str], days: frozenset[date], shift: timedelta) -> str:
    """The seeds' short form of an old day ("8.-9. nov") as the new day, when exactly one
    day of the old programme fits it."""
    month = _SHORT_MONTHS[match.group("smonth").lower()]
    day, year = int(match.group("sfirst")), match.group("syear")
    fits = [
        d for d in days if (d.month, d.day) == (month, day) and (not year or d.year == int(year))
    ]
    if len(fits) != 1:
        return match.group(0)
    first = fits[0]
    last = first + timedelta(days=int(match.group("slast")) - day) if match.group("slast") else None
    return _day_words(first + shift, last + shift if last else None)


def _names_period(text: str) -> bool:
    return bool(re.search(r"[0-9]{4}", text))


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
    body = _body(without_history(body), days, weeks, period, old)
    return first + sep + _front_matter(front, days) + body
