"""Questions about paths that never raise: a user's path may be anything.

`Path.exists()` and friends raise for a name too long for the file system
(ENAMETOOLONG), an unreadable parent folder (EACCES), an odd name (EINVAL); and
`Path.resolve()` raises RuntimeError (not OSError) on a symlink loop. Every
question felles asks about a path the user gave or the content holds goes through
here, so none of those reaches a user as a traceback.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path


def lstat(path: Path) -> os.stat_result | None:
    """The entry itself (a symlink is not followed); None if there is none or it cannot be
    asked about."""
    try:
        return path.lstat()
    except (OSError, ValueError):
        return None


def stat_of(path: Path) -> os.stat_result | None:
    """What the path points to (symlinks followed); None if nothing or unreachable."""
    try:
        return path.stat()
    except (OSError, ValueError, RuntimeError):
        return None


def exists(path: Path) -> bool:
    """Something is there, even a dangling or looping symlink."""
    return lstat(path) is not None


def is_file(path: Path) -> bool:
    found = stat_of(path)
    return found is not None and stat.S_ISREG(found.st_mode)


def is_dir(path: Path) -> bool:
    found = stat_of(path)
    return found is not None and stat.S_ISDIR(found.st_mode)


def is_symlink(path: Path) -> bool:
    found = lstat(path)
    return found is not None and stat.S_ISLNK(found.st_mode)


def resolve(path: Path) -> Path | None:
    """The absolute path with every symlink followed; None for a loop or an unusable name."""
    try:
        return path.resolve()
    except (OSError, RuntimeError, ValueError):
        return None


def inside(path: Path, folder: Path) -> bool:
    """Does `path` (resolved) lie in `folder` (resolved)? False when either cannot be resolved."""
    target, root = resolve(path), resolve(folder)
    return target is not None and root is not None and target.is_relative_to(root)
