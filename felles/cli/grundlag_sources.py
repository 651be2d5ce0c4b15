"""What `grundlag docx` and `grundlag import` work from: the leader and draft a name means,
each leader's name by slug, and the Word document read from disk (at most 50 MB)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Final

from felles.errors import FellesError, os_reason

if TYPE_CHECKING:
    from felles.content.docx_read import Read
    from felles.content.load import Content, Draft

# Why a draft (E423) or a Word document (E421) cannot be read.
TEXT: Final = {
    "no_front_matter": "front matter kan ikke læses",
    "not_file": "det er ikke en fil",
    "too_big": "filen er over 50 MB",
}


def slug_of(name: str) -> str:
    from felles.names import slug

    return slug(name)


def names_by_slug(loaded: Content) -> dict[str, str]:
    """Each leader's name by slug."""
    return {slug_of(name): name for name in loaded.leaders()}


def read_document(document: Path, shown: str) -> Read:
    from felles.content.docx_read import read

    return read(_docx_bytes(document, shown), shown)


def leader_draft(loaded: Content, name: str) -> tuple[str, Draft]:
    """The leader `name` means, and their draft; E422 without one, E423 if it is broken."""
    from felles import paths
    from felles.content.drafts import draft_path
    from felles.plan.roster import find_leader

    leader = find_leader(loaded, name)
    draft = next((d for d in loaded.drafts if d.meta.leader == leader), None)
    if draft is not None:
        return leader, draft
    path = draft_path(loaded.dir.path, leader)
    if paths.exists(path):
        first = next((f for f in loaded.findings if f.path == loaded.display(path)), None)
        reason = first.message if first is not None else TEXT["no_front_matter"]
        raise FellesError("E423", {"path": loaded.display(path), "reason": reason})
    raise FellesError("E422", {"leader": leader})


def _docx_bytes(path: Path, shown: str) -> bytes:
    from felles.content.docx_read import MAX_BYTES
    from felles.paths import NotAFile, TooBig, read_bytes

    try:
        return read_bytes(path, MAX_BYTES)
    except NotAFile:
        raise FellesError("E421", {"path": shown, "reason": TEXT["not_file"]}) from None
    except TooBig:
        raise FellesError("E421", {"path": shown, "reason": TEXT["too_big"]}) from None
    except OSError as error:
        raise FellesError("E421", {"path": shown, "reason": os_reason(error)}) from None
