"""Where the survey's data folder may be, and whether it holds data: refused inside a git
work tree or the content folder (personal data never go into the content repository),
and the folder as `felles validate`'s retention rule asks about it (W601).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Final

from felles import paths
from felles.errors import UsageError
from felles.survey import files, lock
from felles.survey.store import rounds

# Why a path cannot be the data folder (U063).
TEXT: Final = {
    "unresolved": "stien kan ikke følges (for lang, eller links i ring)",
    "not_empty": "mappen er ikke tom",
}


def git_work_tree(folder: Path) -> Path | None:
    """The git work tree that holds `folder` (existing or not), or None."""
    resolved = paths.resolve(folder)
    if resolved is None:
        return None
    for candidate in (resolved, *resolved.parents):
        if paths.exists(candidate / ".git"):
            return candidate
    return None


def check_place(folder: Path, content: Path) -> files.Scan:
    """Refuse a data folder inside git, inside the content, or full of other things."""
    if paths.resolve(folder) is None:
        raise files.not_a_folder(folder, TEXT["unresolved"])
    tree = git_work_tree(folder)
    if tree is not None:
        raise UsageError("U061", {"path": str(folder), "tree": str(tree)})
    if paths.inside(folder, content):
        raise UsageError("U062", {"path": str(folder)})
    found = files.scan(folder)
    if found.others and not found.ours:
        raise files.not_a_folder(folder, TEXT["not_empty"])
    return found


def has_data(folder: Path) -> bool:
    """Does the folder hold any file of the survey's? True, too, when it cannot be looked
    into (it may); False when it is not a folder at all."""
    try:
        return any(p.name != lock.LOCK for p in files.scan(folder).ours)
    except UsageError as error:
        return error.code == "U064"


@dataclass(frozen=True)
class DataFolder:
    """The data folder as `felles validate`'s retention rule asks about it (W601)."""

    path: Path

    def has_data(self) -> bool:
        return has_data(self.path)

    def rounds(self) -> list[str] | None:
        try:
            return rounds(self.path)
        except UsageError:
            return None
