"""`felles grundlag status` as plain lines (the Rich table is in the CLI; JSON is
grundlag_status_json's): one block per group with its workshops, one line per leader."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Final

from felles.danish_days import short_day
from felles.plan.leader import Held
from felles.plan.progress import ARCHIVED, Row, totals
from felles.plan.schedule import Occurrence
from felles.span_words import describe_span

Workshops = Mapping[int, Sequence[tuple[Occurrence, Held]]]

TEXT: Final = {
    "group": "Sparringsgruppe {group}",
    "totals": "I alt: {totals}.",
    "progress": "{published} af {total} udgivet.",
    "orphans": "{count} ledelsesgrundlag hører ikke til en leder i groups.yaml: {paths} "
    "(se »felles grundlag check«).",
    "words": "{words} ord",
    "changed": "ændret {day}",
    "workshops": "Workshops: {list}",
    "group_workshops": "Sparringsgruppe {group} · workshops: {list}",
    "held": "{n} afholdt {when}",
    "planned": "{n} planlagt {when}",
    "undated": "{n} dato ikke fastlagt",
}
HEADERS: Final = ("Leder", "Status", "Ord", "Sidst ændret")


def cells(row: Row) -> tuple[str, str, str, str]:
    """Leader, status, words ('120 ord') and the day it last changed, as shown."""
    words = "" if row.words is None else TEXT["words"].format(words=row.words)
    day = "" if row.changed is None else short_day(row.changed)
    return row.leader, row.status, words, day


def workshop_text(workshops: Sequence[tuple[Occurrence, Held]]) -> str:
    """'1 afholdt tirs. 21. aug. 2018 · 2 planlagt tors. 4. okt. 2018 · 3 dato ikke fastlagt'."""
    return " · ".join(
        TEXT[state].format(n=n, when=describe_span(o.start, o.end))
        for n, (o, state) in enumerate(workshops, 1)
    )


def lines(rows: list[Row], workshops: Workshops | None = None) -> list[str]:
    """One block per group (with its workshops, when given), one line per leader."""
    result: list[str] = []
    width = max((len(row.leader) for row in rows), default=0)
    current = None
    for row in rows:
        if row.group != current:
            if result:
                result.append("")
            result.append(TEXT["group"].format(group=row.group))
            if workshops and workshops.get(row.group):
                listed = workshop_text(workshops[row.group])
                result.append("  " + TEXT["workshops"].format(list=listed))
            current = row.group
        leader, state, words, day = cells(row)
        changed = TEXT["changed"].format(day=day) if day else ""
        line = f"  {leader:<{width}}  {state:<12}  {words:>8}  {changed}"
        result.append(line.rstrip())
    return result


def footer(rows: list[Row], orphans: list[str]) -> list[str]:
    counts = totals(rows)
    parts = ", ".join(f"{count} {key}" for key, count in counts.items() if count)
    result = ["", TEXT["totals"].format(totals=parts or "0")]
    total = len(rows) - counts.get(ARCHIVED, 0)  # the leaders who are still members
    result.append(TEXT["progress"].format(published=counts["udgivet"], total=total))
    if orphans:
        paths = ", ".join(orphans[:5]) + (", …" if len(orphans) > 5 else "")
        result.append(TEXT["orphans"].format(count=len(orphans), paths=paths))
    return result


def group_lines(workshops: Workshops) -> list[str]:
    """'Sparringsgruppe 1 · workshops: …' for each group (after the table on a terminal)."""
    return [
        TEXT["group_workshops"].format(group=group, list=workshop_text(found))
        for group, found in workshops.items()
        if found
    ]
