"""One lock for every writer of the data folder: import, purge and purge --keys-only.

Each takes it for its whole read-modify-write, so two imports of different rounds at
the same moment store both (one after the other), and a purge never races an import.
The lock is `.felles.lock` in the data folder, held with `flock` (POSIX) or
`msvcrt.locking` (Windows); the kernel lets it go when its process ends, however it
ends, so a killed import never leaves the folder locked.

Every holder deletes the lock file before it lets go (a purge then removes the empty
folder), so the folder holds only the data between commands. A writer that was waiting
then holds a lock on a file no longer in the folder: after taking the lock, it checks
that the file at the path is still the one it locked, and starts over otherwise (making
the folder again if it writes). A lock file left by a killed process is taken over by
the next writer. Two imports into a
folder that does not exist yet both make it (`exist_ok`), then queue for the lock.

A reader (`survey report`) takes no lock: a data file is replaced in one step
(`files.write`), so it reads the state before a write or after it.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Final

from felles.errors import os_reason
from felles.survey import files
from felles.survey.lock_file import acquire, open_lock, release_windows, still_there

LOCK: Final = files.LOCK
WAIT: Final = 120.0  # seconds: no import or purge takes this long


class Held:
    """The lock, held: `created` tells whether this writer made the data folder."""

    def __init__(self, folder: Path, fd: int, created: bool) -> None:
        self.folder = folder
        self.fd = fd
        self.created = created

    def remove(self) -> None:
        """Delete the lock file (done when the lock is let go; a purge, or a failed first
        import, does it first to empty the folder)."""
        if sys.platform != "win32":  # Windows cannot delete a file that is open
            with contextlib.suppress(OSError):
                (self.folder / LOCK).unlink()


@contextlib.contextmanager
def locked(folder: Path, *, create: bool, wait: float = WAIT) -> Iterator[Held | None]:
    """Hold the data folder's lock for the block; None (nothing held) when the folder does
    not exist and `create` is false: there is nothing to write in it."""
    deadline = time.monotonic() + wait
    while True:
        created = _make(folder) if create else False
        if not create and not files.scan(folder).exists:
            yield None
            return
        fd = open_lock(folder)
        if fd is None:
            continue  # the folder went away meanwhile (a purge): start over
        try:
            acquire(fd, folder, deadline)
            if still_there(fd, folder):
                held = Held(folder, fd, created)
                try:
                    yield held
                finally:
                    held.remove()  # while still held: the folder keeps only the data
                    release_windows(fd)
                return
        finally:
            os.close(fd)


def _make(folder: Path) -> bool:
    """Make the folder (owner-only) unless it exists; True if this call made it."""
    try:
        folder.mkdir(mode=0o700, parents=True)
    except FileExistsError:
        return False
    except OSError as error:
        raise files.not_a_folder(folder, os_reason(error)) from None
    return True
