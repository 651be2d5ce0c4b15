"""A phase text (the body under the front matter) for a new cohort: a day of the old
programme named in it ("seminar 8.–9. november 2018") becomes the same activity's new
day, a month of one ("seminaret i november 2018") its new month, the period line under
the heading ("*Juni 2018 – november 2018*") and the phase's period in words ("(marts –
juni 2019)") the new period, and the sources' year is said of the first cohort.
Comments stay as written.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Final

from felles.danish_days import MONTHS
from felles.plan.cohort_days import DAY, MONTH_WORDS, SHORT_WORDS, day_of, day_words, short_day

_DAY_OR_MONTH: Final = re.compile(
    DAY.pattern
    + rf"|\b(?P<mword>{MONTH_WORDS})\s+(?P<myear>[0-9]{{4}})\b"
    # the seeds' short form: "8.-9. nov", "22. febr.", "30. august" (a year or none)
    + r"|\b(?P<sfirst>[0-9]{1,2})\.(?:\s*[–-]\s*(?P<slast>[0-9]{1,2})\.)?\s+"
    + rf"(?P<smonth>{SHORT_WORDS})\b\.?(?:\s+(?P<syear>[0-9]{{4}})\b)?",
    re.IGNORECASE,
)
# "lysbillederne fra 2018": the sources' year, said of the first cohort instead.
_SOURCE_YEAR: Final = re.compile(r"\b(lysbillederne|kilderne) fra (?:19|20)[0-9]{2}\b")
_SOURCE_NOTE: Final = "<!-- Interpretation: a new cohort's dates; the seed's words: {line} -->\n"
# What the sources' year becomes (a replacement for _SOURCE_YEAR: \1 is its first word).
TEXT: Final = {"first cohort": r"\1 fra det første hold, med det nye holds datoer"}
_PERIOD_LINE: Final = re.compile(r"^\*(?P<period>[^*·]+?)(?P<rest>\s*·[^*]*)?\*\s*$")


def renewed_body(
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
            return short_day(match, days, shift)
        if match.group("mword") is not None:
            month = MONTHS.index(match.group("mword").lower()) + 1
            new = months.get((int(match.group("myear")), month))
            if new is None:
                return match.group(0)
            word = MONTHS[new.month - 1]
            if match.group("mword")[:1].isupper():
                word = word.capitalize()
            return f"{word} {new.year}"
        first = day_of(match)
        if first is None or first not in days:
            return match.group(0)
        last = None
        if match.group("last"):
            last = first + timedelta(days=int(match.group("last")) - first.day)
        words = day_words(first + shift, last + shift if last else None)
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
            line = _SOURCE_YEAR.sub(TEXT["first cohort"], line)
        found = _PERIOD_LINE.match(line.rstrip("\n"))
        if period is not None and found is not None and _names_period(found.group("period")):
            rest = found.group("rest") or ""
            line = f"*{period[:1].upper()}{period[1:]}{rest}*\n"
            period = None  # only the first such line, under the heading
        lines.append(line)
    return "".join(lines)


def _names_period(text: str) -> bool:
    return bool(re.search(r"[0-9]{4}", text))
