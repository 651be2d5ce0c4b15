"""The site's sparring groups: each group's members, how many of their drafts stand at each
status (never a word of a draft), and the group's own dates."""

from __future__ import annotations

from datetime import date
from typing import Any

from felles.content.load import Content


def groups_context(content: Content, today: date) -> dict[str, Any]:
    """Each sparring group's members, how many of their drafts stand at each status, and the
    group's own dates (render/session_marks.py)."""
    from felles.plan import progress
    from felles.render import session_marks

    rows = progress.progress(content, {}, today)
    by_group: dict[int, list[progress.Row]] = {}
    for row in rows:  # once over the leaders, not once per group
        by_group.setdefault(row.group, []).append(row)
    own_dates = session_marks.group_dates(content, today)
    groups = []
    for group in content.groups:
        counts = progress.totals(by_group.get(group.number, []))
        groups.append(
            {
                "number": group.number,
                "members": [member.name for member in group.members],
                "areas": {member.name: member.area for member in group.members},
                "counts": [(status, count) for status, count in counts.items() if count],
                "dates": own_dates.get(group.number, []),
            }
        )
    totals = progress.totals(rows)
    return {
        "groups": groups,
        "totals": [(status, count) for status, count in totals.items() if count],
        "published": totals["udgivet"],
        "leaders": len(rows),
    }
