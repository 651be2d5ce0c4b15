"""Which ledelsesgrundlag the booklet holds (`felles export grundlag`), and which not and why.

A leader's draft is in the booklet when its status is one of those asked for (by
default only `udgivet`: what has been published) and the leader is in groups.yaml
(and in the one sparring group asked for). Everything else is counted by why it is
left out: another status, a draft that cannot be read, no draft yet, or a draft for
a leader who is not in groups.yaml. The leaders come in the order of groups.yaml.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final

from felles.content.load import Content, Draft
from felles.plan import progress

PUBLISHED: Final = "udgivet"


@dataclass(frozen=True)
class Entry:
    leader: str
    group: int
    draft: Draft


@dataclass
class Selection:
    statuses: tuple[str, ...]
    group: int | None
    entries: list[Entry] = field(default_factory=list)
    # Why the others are left out: each other status, progress.BROKEN, progress.MISSING,
    # with how many leaders (only the reasons that occur, in the process's order).
    left_out: dict[str, int] = field(default_factory=dict)
    orphans: int = 0  # drafts of leaders not in groups.yaml (in no group, so never shown)

    @property
    def review(self) -> bool:
        """More than the published: a booklet for review, and it must say so."""
        return self.statuses != (PUBLISHED,)

    def groups(self) -> list[tuple[int, list[Entry]]]:
        """The entries by sparring group, groups in the order they first appear."""
        by_group: dict[int, list[Entry]] = {}
        for entry in self.entries:
            by_group.setdefault(entry.group, []).append(entry)
        return list(by_group.items())


def select(content: Content, statuses: tuple[str, ...], group: int | None = None) -> Selection:
    """The drafts with one of `statuses` (in groups.yaml order), and the others counted."""
    drafts: dict[str, Draft] = {}
    for each in content.drafts:
        drafts.setdefault(each.meta.leader, each)
    chosen = Selection(statuses, group)
    left: dict[str, int] = {}
    for row in progress.progress(content, {}):
        if group is not None and row.group != group:
            continue
        draft = drafts.get(row.leader)
        if row.status in statuses and draft is not None:
            chosen.entries.append(Entry(row.leader, row.group, draft))
        else:
            left[row.status] = left.get(row.status, 0) + 1
    order = list(progress.totals([]))
    chosen.left_out = {status: left[status] for status in order if status in left}
    if group is None:
        chosen.orphans = len(progress.orphans(content))
    return chosen
