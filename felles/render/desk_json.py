"""`felles status --format json`: the coordinator's desk.

Stable: every key always there, an empty list for an empty section:

    {"as_of": "2018-10-15",
     "next_14_days": [<an item as `felles next --format json` writes it>],
     "needs_date": [{"id", "title", "window", "who": "alle" | "grupper",
                     "groups_without_date": [4, …]}],
     "drafts_behind": [{"leader", "group", "status", "words", "behind": [
                        {"kind": "workshop", "workshop": {"id", "title", "when"},
                         "expected": "kvalificeret"} |
                        {"kind": "deadline", "day": "2018-11-07",
                         "before": {"id", "title"} | null}]}],
     "pairs": [{"id", "title", "window", "pairs_made": bool, "broken": path | null,
                "without_visit": [names]}],
     "survey": [{"round", "title", "opens", "phase"}],      # due, not imported
     "survey_opening": [{"round", "title", "opens": "2018-06-01", "phase"}],  # in 14 days
     "survey_data": [messages], "warnings": [{"path", "line", "code", "message"}]}
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from felles.plan.desk import Desk
from felles.render import desk_items_json, upcoming_item_json

if TYPE_CHECKING:
    from felles.findings import Finding


def as_json(
    desk: Desk,
    zone: str,
    warnings: Sequence[Finding],
    data: Sequence[Finding],
    display: Callable[[str], str] = str,
) -> str:
    import json
    from zoneinfo import ZoneInfo

    tz = ZoneInfo(zone)
    value = {
        "as_of": desk.today.isoformat(),
        "next_14_days": [upcoming_item_json.as_dict(item, tz, desk.today) for item in desk.soon],
        "needs_date": [desk_items_json.missing_json(m) for m in desk.missing],
        "drafts_behind": [desk_items_json.behind_json(b) for b in desk.behind],
        "pairs": [desk_items_json.pairs_json(p) for p in desk.pairs],
        "survey": [
            {
                "round": r.id,
                "title": r.title,
                "opens": r.opens.text,
                "phase": r.phase.meta.id,
            }
            for r in desk.rounds
        ],
        "survey_opening": [
            {
                "round": r.id,
                "title": r.title,
                "opens": r.opens.first.date().isoformat(),
                "phase": r.phase.meta.id,
            }
            for r in desk.opening
        ],
        "survey_data": [f.message for f in data],
        "warnings": [
            {"path": display(f.path), "line": f.line, "code": f.code, "message": f.message}
            for f in warnings
        ],
    }
    return json.dumps(value, ensure_ascii=False, indent=2)
