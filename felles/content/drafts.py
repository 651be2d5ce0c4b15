"""Where a leader's ledelsesgrundlag draft lives, and its status read in passing.

A draft is `<content>/ledelsesgrundlag/<slug>.md`: front matter (`model.DraftMeta`)
and a Markdown body (`markdown.py` finds its sections).
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

from felles import paths
from felles.content.kinds import DRAFT
from felles.errors import ReadError, UsageError
from felles.names import slug


def drafts_dir(content_dir: Path) -> Path:
    assert DRAFT.folder is not None
    return content_dir / DRAFT.folder


def draft_path(content_dir: Path, leader: str) -> Path:
    """`<content>/ledelsesgrundlag/<slug>.md` for a leader's name (Danish slug rule)."""
    return drafts_dir(content_dir) / f"{slug(leader)}.md"


UNREADABLE: Final = "ugyldig"  # a draft that exists but cannot be read as one


def read_status(path: Path) -> str | None:
    """The status in a draft's front matter: None if there is no draft, UNREADABLE if the
    file is there but its front matter cannot be read or names no status."""
    if not paths.exists(path):
        return None
    from felles.content.reader import read_front_matter  # YAML only when there is a draft

    try:
        status = read_front_matter(path).data.get("status")
    except ReadError:
        return UNREADABLE
    return status if isinstance(status, str) else UNREADABLE


def safe_draft_path(content_dir: Path, leader: str) -> Path:
    """`draft_path`, refused (UsageError U022) unless it is a plain file name inside the folder."""
    folder = drafts_dir(content_dir)
    path = draft_path(content_dir, leader)
    # The leaf is not resolved: an existing file or symlink there is refused as existing.
    parent, root = paths.resolve(path.parent), paths.resolve(folder)
    inside = parent is not None and root is not None and (parent / path.name).is_relative_to(root)
    if not slug(leader) or path.parent != folder or not inside:
        raise UsageError("U022", {"name": leader, "folder": str(folder)})
    return path
