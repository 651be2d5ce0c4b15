"""`felles grundlag status --format json` (stable):

    {"leaders": [{"leader", "group", "status", "words", "changed", "path"}],
     "totals": {status: count}, "published": n, "total": n, "orphans": [display paths],
     "groups": [{"group", "workshops": [{"id", "title", "status", "start", "when"}]}]}

where a workshop's status is "afholdt", "planlagt" or "ikke fastlagt" at the group's own
date.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, Final

from felles.plan.progress import Row, totals
from felles.render.finding_lines import posix
from felles.render.grundlag_status import Workshops
from felles.span_words import describe_span

# The workshop states in JSON, as `felles next` words them.
STATES: Final = {"held": "afholdt", "planned": "planlagt", "undated": "ikke fastlagt"}


def as_json(
    rows: list[Row],
    orphans: list[str],
    display: Callable[[Path], str],
    workshops: Workshops | None = None,
) -> str:
    counts = totals(rows)
    data: dict[str, Any] = {
        "leaders": [
            {
                "leader": row.leader,
                "group": row.group,
                "status": row.status,
                "words": row.words,
                "changed": row.changed.isoformat() if row.changed else None,
                "path": posix(display(row.path)) if row.path else None,
            }
            for row in rows
        ],
        "totals": counts,
        "published": counts["udgivet"],
        "total": len(rows),
        "orphans": orphans,
        "groups": [
            {
                "group": group,
                "workshops": [
                    {
                        "id": o.activity.id,
                        "title": o.title,
                        "status": STATES[state],
                        "start": o.start.text,
                        "when": describe_span(o.start, o.end),
                    }
                    for o, state in found
                ],
            }
            for group, found in (workshops or {}).items()
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=2)
