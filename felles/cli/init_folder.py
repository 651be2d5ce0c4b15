"""The hidden temporary folder `felles init` makes the repository in, beside the target,
and its renaming into place: a refused commit, a full disk or Ctrl-C leaves no half-made
folder, and a rerun works (it removes what a killed run left)."""

from __future__ import annotations

import contextlib
import shutil
from pathlib import Path
from typing import Final

# The temporary folder beside the target: hidden, and named for the target it becomes.
TEMP_PREFIX: Final = ".{name}.felles-init-"


def missing_parents(folder: Path) -> list[Path]:
    """The folders above `folder` that do not exist yet, innermost first."""
    missing = []
    for parent in folder.absolute().parents:
        if parent.exists():
            break
        missing.append(parent)
    return missing


def clean_leftovers(target: Path) -> None:
    """Temporary folders of an earlier `felles init` of this target that was killed."""
    prefix = TEMP_PREFIX.format(name=target.name)
    with contextlib.suppress(OSError):
        for found in target.parent.iterdir():
            if found.name.startswith(prefix) and found.is_dir() and not found.is_symlink():
                shutil.rmtree(found, ignore_errors=True)


def into_place(temp: Path, target: Path) -> None:
    """Rename the finished folder to `target`; into an empty folder that exists (perhaps the
    one a shell stands in: `felles init .`), its entries are renamed, all or none."""
    if not target.is_dir():
        temp.replace(target)
        return
    moved: list[Path] = []
    try:
        for entry in sorted(temp.iterdir()):
            entry.replace(target / entry.name)
            moved.append(entry)
    except OSError:
        for entry in moved:  # back where they were, so the cleanup takes them
            with contextlib.suppress(OSError):
                (target / entry.name).replace(entry)
        raise
    temp.rmdir()


def remove(temp: Path, created: list[Path]) -> None:
    """The temporary folder and the parents made for it."""
    shutil.rmtree(temp, ignore_errors=True)
    for parent in created:
        with contextlib.suppress(OSError):
            parent.rmdir()


def shown(path: str, *, temp_name: str, folder: Path) -> str:
    """A path inside the temporary folder, as it is now inside `folder`."""
    parts = Path(path).parts
    for index, part in enumerate(parts):
        if part.startswith(temp_name):
            return str(Path(folder, *parts[index + 1 :]))
    return path
