"""A move written as one unit: every file or none.

1. Each moved file's new text goes to a temporary file beside the file it replaces
   (beside a symlink's target, so the link stays a link), with the old file's mode and
   owner, fsynced. A folder that cannot take one (a read-only phases/) stops it all:
   the temporary files are removed and nothing has changed (U131).
2. A journal (cli/move_journal.py) lists every file and its temporary file, fsynced.
3. Every file is compared with the bytes that were read: one changed since (an edit
   saved while the move ran) stops it all before anything is renamed (E351). Then the
   temporary files are renamed over the files in order, and the journal is removed.

A move killed during step 3 is finished by the next (cli/move_journal.py).

The temporary files are named `.<name>.flytning.tmp`: not the pattern atomic.py sweeps,
so a half-done move is never swept away before it is finished.
"""

from __future__ import annotations

import contextlib
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from felles.cli.move_journal import JOURNAL, read_or_none, sync_folder, write_journal
from felles.errors import FellesError, UsageError, os_reason

SUFFIX: Final = ".flytning.tmp"
HARD_LINK: Final = (
    "Bemærk: {path} havde {links} hårde links; den flyttede fil er en ny fil, "
    "og de andre links viser stadig de gamle datoer."
)


@dataclass
class Planned:
    """One file of a move: where it is written (a symlink's target), what was read, and
    the new text."""

    path: Path  # as the content names it
    real: Path  # where the bytes live (the symlink's target)
    old: bytes
    new: bytes


def _temp(real: Path) -> Path:
    return real.with_name(f".{real.name}{SUFFIX}")


def _write_temp(plan: Planned) -> Path:
    """The new bytes beside the real file, with its mode and owner, fsynced."""
    temp = _temp(plan.real)
    info = plan.real.stat()
    with contextlib.suppress(FileNotFoundError):
        temp.unlink()  # our own leftover of a move killed before its journal
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    try:
        view = memoryview(plan.new)
        while view:
            view = view[os.write(fd, view) :]
        if hasattr(os, "fchown"):
            with contextlib.suppress(OSError):  # only root may give a file away
                os.fchown(fd, info.st_uid, info.st_gid)
        if hasattr(os, "fchmod"):
            os.fchmod(fd, stat.S_IMODE(info.st_mode))
        os.fsync(fd)
    finally:
        os.close(fd)
    return temp


def commit(content: Path, plans: list[Planned], start: str) -> list[str]:
    """Write every planned file, or none (module docstring); the notes to say."""
    notes: list[str] = []
    temps: list[Path] = []
    journal = content / JOURNAL
    try:
        for plan in plans:
            try:
                temps.append(_write_temp(plan))
            except OSError as error:
                folder = plan.real.parent
                raise UsageError(
                    "U131", {"folder": str(folder), "reason": os_reason(error)}
                ) from None
        for plan in plans:
            if read_or_none(plan.real) != plan.old:
                raise FellesError("E351", {"path": str(plan.path)})
        files = [(p.real, t, p.old, p.new) for p, t in zip(plans, temps, strict=True)]
        try:
            write_journal(journal, start, files)
        except OSError as error:
            raise UsageError("U131", {"folder": str(content), "reason": os_reason(error)}) from None
    except BaseException:
        for temp in temps:
            with contextlib.suppress(OSError):
                temp.unlink()
        raise
    for plan, temp in zip(plans, temps, strict=True):
        links = plan.real.stat().st_nlink
        temp.replace(plan.real)
        sync_folder(plan.real.parent)
        if links > 1:
            notes.append(HARD_LINK.format(path=plan.path, links=links))
    journal.unlink()
    sync_folder(content)
    return notes
