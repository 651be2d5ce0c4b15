"""One JSON object for each thing on the desk in `felles status --format json` that is not
already an item of `felles next`: an activity that needs a date, a draft behind, pairs."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from felles import span_words
from felles.render.drafts_behind_text import behind_line

if TYPE_CHECKING:
    from felles.plan.desk import Behind, Missing, PairsDue


def missing_json(missing: Missing) -> dict[str, Any]:
    o = missing.item.occurrence
    return {
        "id": o.activity.id,
        "title": o.title,
        "window": span_words.range_words(o.start, o.end),
        "who": o.activity.who,
        "groups_without_date": list(missing.groups),
    }


def behind_json(behind: Behind) -> dict[str, Any]:
    reasons: list[dict[str, Any]] = []
    if behind.workshop is not None:
        o = behind.workshop
        reasons.append(
            {
                "kind": "workshop",
                "workshop": {
                    "id": o.activity.id,
                    "title": o.title,
                    "when": span_words.describe_span(o.start, o.end),
                },
                "expected": behind.expected,
            }
        )
    if behind.deadline is not None:
        before = behind.deadline.before
        reasons.append(
            {
                "kind": "deadline",
                "day": behind.deadline.day.isoformat(),
                "before": None
                if before is None
                else {"id": before.activity.id, "title": before.title},
            }
        )
    return {
        "leader": behind.leader,
        "group": behind.group,
        "status": behind.status,
        "words": behind.words,
        "behind": reasons,
        "text": behind_line(behind, None),
    }


def pairs_json(due: PairsDue) -> dict[str, Any]:
    o = due.occurrence
    return {
        "id": o.activity.id,
        "title": o.title,
        "window": span_words.range_words(o.start, o.end),
        "pairs_made": not due.no_file and due.broken is None,
        "broken": due.broken,
        "without_visit": list(due.without_visit),
    }
