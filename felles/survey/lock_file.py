"""The data folder's lock file (`.felles.lock`, survey/lock.py): opened, never through a
symlink; locked with `flock` (POSIX) or `msvcrt.locking` (Windows), polled until a
deadline (U151); still the file at its path once locked; and let go on Windows.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import sys
import time
from pathlib import Path
from typing import Final

from felles.errors import UsageError, os_reason
from felles.survey import files
from felles.survey.files import LOCK

_POLL: Final = 0.02
_NOFOLLOW: Final = getattr(os, "O_NOFOLLOW", 0)


def open_lock(folder: Path) -> int | None:
    flags = os.O_RDWR | os.O_CREAT | _NOFOLLOW | getattr(os, "O_BINARY", 0)
    try:
        return os.open(folder / LOCK, flags, 0o600)
    except FileNotFoundError:
        return None
    except OSError as error:
        if error.errno == errno.ELOOP:  # a symlink in the lock's place: never followed
            raise files.unusable(folder / LOCK, files.SYMLINK) from None
        raise files.unusable(folder, os_reason(error)) from None


def acquire(fd: int, folder: Path, deadline: float) -> None:
    while not _try_lock(fd):
        if time.monotonic() > deadline:
            raise UsageError("U151", {"path": str(folder)})
        time.sleep(_POLL)


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    except OSError as error:
        if error.errno in (errno.EACCES, errno.EAGAIN):
            return False
        raise
    return True


def release_windows(fd: int) -> None:
    if sys.platform != "win32":
        return
    import msvcrt

    with contextlib.suppress(OSError):
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)


def still_there(fd: int, folder: Path) -> bool:
    """Is the file we locked still the lock file in the folder (not deleted by a purge)?"""
    try:
        now = os.lstat(folder / LOCK)
    except OSError:
        return False
    held = os.fstat(fd)
    return stat.S_ISREG(now.st_mode) and (now.st_dev, now.st_ino) == (held.st_dev, held.st_ino)
