"""`felles grundlag status` as plain lines and as JSON (the Rich table is in the CLI).

JSON (stable): {"leaders": [{"leader", "group", "status", "words", "changed", "path"}],
"totals": {status: count}, "published": n, "total": n, "orphans": [display paths]}.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, Final

from felles.dates import short_day
from felles.plan.progress import Row, totals

TEXT: Final = {
    "group": "Sparringsgruppe {group}",
    "totals": "I alt: {totals}.",
    "progress": "{published} af {total} udgivet.",
    "orphans": "{count} ledelsesgrundlag hører ikke til en leder i groups.yaml: {paths} "
    "(se »felles grundlag check«).",
    "words": "{words} ord",
    "changed": "ændret {day}",
}
HEADERS: Final = ("Leder", "Status", "Ord", "Sidst ændret")


def cells(row: Row) -> tuple[str, str, str, str]:
    """Leader, status, words ('120 ord') and the day it last changed, as shown."""
    words = "" if row.words is None else TEXT["words"].format(words=row.words)
    day = "" if row.changed is None else short_day(row.changed)
    return row.leader, row.status, words, day


def lines(rows: list[Row]) -> list[str]:
    result: list[str] = []
    width = max((len(row.leader) for row in rows), default=0)
    current = None
    for row in rows:
        if row.group != current:
            if result:
                result.append("")
            result.append(TEXT["group"].format(group=row.group))
            current = row.group
        leader, state, words, day = cells(row)
        changed = TEXT["changed"].format(day=day) if day else ""
        line = f"  {leader:<{width}}  {state:<12}  {words:>8}  {changed}"
        result.append(line.rstrip())
    return result


def footer(rows: list[Row], orphans: list[str]) -> list[str]:
    counts = totals(rows)
    parts = ", ".join(f"{key} {count}" for key, count in counts.items() if count)
    result = ["", TEXT["totals"].format(totals=parts or "0")]
    result.append(TEXT["progress"].format(published=counts["udgivet"], total=len(rows)))
    if orphans:
        paths = ", ".join(orphans[:5]) + (", …" if len(orphans) > 5 else "")
        result.append(TEXT["orphans"].format(count=len(orphans), paths=paths))
    return result


def as_json(rows: list[Row], orphans: list[str], display: Callable[[Path], str]) -> str:
    counts = totals(rows)
    data: dict[str, Any] = {
        "leaders": [
            {
                "leader": row.leader,
                "group": row.group,
                "status": row.status,
                "words": row.words,
                "changed": row.changed.isoformat() if row.changed else None,
                "path": display(row.path) if row.path else None,
            }
            for row in rows
        ],
        "totals": counts,
        "published": counts["udgivet"],
        "total": len(rows),
        "orphans": orphans,
    }
    return json.dumps(data, ensure_ascii=False, indent=2)
