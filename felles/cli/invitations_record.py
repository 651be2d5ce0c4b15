"""The sent record (invitations.yaml) of `felles invite --send`: written whole after each
message the server accepted (felles/atomic.py), never through a symlink, and a lock on the
content folder for a run's whole read-modify-write, so two runs never send the same
invitation twice.
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Final

from felles import paths
from felles.errors import FellesError

if TYPE_CHECKING:
    from felles.content.invitations_model import Invitations

# Why the record cannot be written (E348).
TEXT: Final = {
    "link": "den er et symbolsk link",
    "special": "den er ikke en almindelig fil",
    "read_only": "mappen kan ikke skrives i",
}


@contextlib.contextmanager
def locked(folder: Path, shown: str) -> Iterator[None]:
    """Hold the content folder's lock (E347 when another run holds it)."""
    try:
        import fcntl
    except ImportError:  # Windows: no advisory locks on folders
        yield
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise FellesError("E347", {"path": shown}) from None
        yield
    finally:
        os.close(fd)  # closing releases the lock


def write_record(path: Path, shown: str, invitations: Invitations) -> None:
    """invitations.yaml written whole, never through a symlink or over a folder (E348)."""
    from felles import atomic
    from felles.errors import os_reason
    from felles.render.invitations import yaml_text

    entry = paths.lstat(path)
    if entry is not None and not stat.S_ISREG(entry.st_mode):
        reason = TEXT["link" if stat.S_ISLNK(entry.st_mode) else "special"]
        raise FellesError("E348", {"path": shown, "reason": reason})
    try:
        atomic.replace(path, yaml_text(invitations))
    except OSError as error:
        raise FellesError("E348", {"path": shown, "reason": os_reason(error)}) from None


def writable(path: Path, shown: str, invitations: Invitations) -> None:
    """E348 unless the record can be written: an existing one is written again as it is,
    for a new one the folder must take a file."""
    if paths.lstat(path) is not None:
        write_record(path, shown, invitations)
    elif not os.access(path.parent, os.W_OK | os.X_OK):
        raise FellesError("E348", {"path": shown, "reason": TEXT["read_only"]})
