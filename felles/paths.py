"""Questions about paths that never raise: a user's path may be anything.

`Path.exists()` and friends raise for a name too long for the file system
(ENAMETOOLONG), an unreadable parent folder (EACCES), an odd name (EINVAL); and
`Path.resolve()` raises RuntimeError (not OSError) on a symlink loop. Every
question felles asks about a path the user gave or the content holds goes through
here, so none of those reaches a user as a traceback.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import Final


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


class NotAFile(OSError):
    """The path is a folder, a device, a FIFO or a socket: nothing felles reads as a file."""

    def __init__(self, path: Path, folder: bool) -> None:
        super().__init__(f"{path}: not a regular file")
        self.folder = folder


class TooBig(OSError):
    """The file holds more than the reader's limit; `size` is its size (or, for a file that
    grew while it was read, what was read of it)."""

    def __init__(self, path: Path, size: int) -> None:
        super().__init__(errno.EFBIG, "file too large", str(path))
        self.size = size


_NOFOLLOW: Final = getattr(os, "O_NOFOLLOW", 0)


def read_bytes(path: Path, limit: int, *, follow_symlinks: bool = True) -> bytes:
    """The bytes of a regular file of at most `limit` bytes: felles' one safe file reader.

    Opened without blocking and checked on the open file itself: a FIFO or a device
    (/dev/zero) is refused at once, never read forever, even if it was swapped in
    after a check of the name. NotAFile for those; TooBig for a file over the limit
    (by its size before a byte is read, or by what it grew to while being read);
    OSError for the rest. Without `follow_symlinks` a symlink at `path` is not
    followed: ELOOP (EMLINK on some BSDs) as the system says it, also on Windows.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    if not follow_symlinks:
        if not _NOFOLLOW and is_symlink(path):  # Windows: no O_NOFOLLOW
            raise OSError(errno.ELOOP, "is a symbolic link", str(path))
        flags |= _NOFOLLOW
    fd = os.open(path, flags)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise NotAFile(path, stat.S_ISDIR(info.st_mode))
        if info.st_size > limit:
            raise TooBig(path, info.st_size)
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        # os.read straight from the descriptor (no buffered file object: ten thousand drafts
        # at scale), asking for the size the file says it has, until the end or limit + 1.
        size, chunks, total = info.st_size, [], 0
        while total <= limit:
            chunk = os.read(fd, min(limit + 1 - total, max(size + 1 - total, 1 << 16)))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > limit:  # it grew while being read
            raise TooBig(path, total)
        return b"".join(chunks)
    finally:
        os.close(fd)
