"""Every leader's progress with the ledelsesgrundlag: the status of their draft, and counts.

`progress` gives one row per leader in the order of groups.yaml: the draft's
status, the words the leader wrote, and when the file last changed (see
`plan.git`); a file that exists but does not read is BROKEN, no file is MISSING.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Final

from felles import paths
from felles.content.drafts import UNREADABLE, draft_path
from felles.content.load import Content, Draft
from felles.content.markdown import body_words
from felles.content.model import STATUSES

MISSING: Final = "mangler"
BROKEN: Final = UNREADABLE
ARCHIVED: Final = "arkiveret"  # the draft of a leader who has left (plan/roster.py)


@dataclass(frozen=True)
class Row:
    leader: str
    group: int
    status: str  # a model status, MISSING or BROKEN
    words: int | None
    changed: date | None
    path: Path | None


def progress(content: Content, changed: dict[Path, date], today: date | None = None) -> list[Row]:
    """Every leader in the order of groups.yaml, with their draft's state. With `today`, a
    leader who has left by then has their draft ARCHIVED, and without one no row at all."""
    from felles.plan.roster import left_by

    by_leader: dict[str, Draft] = {}
    for draft in content.drafts:
        by_leader.setdefault(draft.meta.leader, draft)
    rows = []
    for leader, group in content.leaders().items():
        own = by_leader.get(leader)
        if today is not None and left_by(content, leader, today) is not None:
            if own is not None:
                path = own.doc.path
                words = body_words(own.doc.body)
                rows.append(Row(leader, group, ARCHIVED, words, changed.get(path), path))
            continue
        if own is not None:
            path = own.doc.path
            rows.append(
                Row(
                    leader,
                    group,
                    own.meta.status,
                    body_words(own.doc.body),
                    changed.get(path),
                    path,
                )
            )
            continue
        path = draft_path(content.dir.path, leader)
        if paths.is_file(path):
            rows.append(Row(leader, group, BROKEN, None, changed.get(path), path))
        else:
            rows.append(Row(leader, group, MISSING, None, None, None))
    return rows


def totals(rows: Iterable[Row]) -> dict[str, int]:
    """Leaders per status, every status in the process's order, then BROKEN and MISSING."""
    counts = dict.fromkeys((*STATUSES, BROKEN, MISSING, ARCHIVED), 0)
    for row in rows:
        counts[row.status] = counts.get(row.status, 0) + 1
    return counts


def orphans(content: Content) -> list[str]:
    """Drafts whose leader is not in groups.yaml (display paths)."""
    leaders = content.leaders()
    return [draft.display for draft in content.drafts if draft.meta.leader not in leaders]
