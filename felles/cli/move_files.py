"""A move written as one unit: every file or none.

1. Each moved file's new text goes to a temporary file beside the file it replaces
   (beside a symlink's target, so the link stays a link), with the old file's mode and
   owner, fsynced. A folder that cannot take one (a read-only phases/) stops it all:
   the temporary files are removed and nothing has changed (U131).
2. A journal (`JOURNAL` in the content folder) lists every file with its temporary
   file and the SHA-256 of its old and its new bytes, fsynced.
3. Every file is compared with the bytes that were read: one changed since (an edit
   saved while the move ran) stops it all before anything is renamed (E351). Then the
   temporary files are renamed over the files in order, and the journal is removed.

A move killed during step 3 leaves the journal, and every temporary file not yet
renamed. `finish`, which every `felles move` and `felles init --start` runs first,
renames the rest where each file still has its old bytes, and says so; a file that has
neither its old nor its new bytes is reported (E352) and nothing is touched.
`felles validate` reports a journal left behind (W326).

The temporary files are named `.<name>.flytning.tmp`: not the pattern atomic.py sweeps,
so a half-done move is never swept away before it is finished.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from felles.content.kinds import MOVE_JOURNAL
from felles.errors import FellesError, UsageError, os_reason

JOURNAL: Final = MOVE_JOURNAL
SUFFIX: Final = ".flytning.tmp"

TEXT: Final = {
    "finished": "En tidligere flytning blev afbrudt; den er nu gjort færdig ({count}).",
    "hard_link": "Bemærk: {path} havde {links} hårde links; den flyttede fil er en ny fil, "
    "og de andre links viser stadig de gamle datoer.",
}


@dataclass
class Planned:
    """One file of a move: where it is written (a symlink's target), what was read, and
    the new text."""

    path: Path  # as the content names it
    real: Path  # where the bytes live (the symlink's target)
    old: bytes
    new: bytes


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _temp(real: Path) -> Path:
    return real.with_name(f".{real.name}{SUFFIX}")


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:
        return None


def _sync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


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
            if _read(plan.real) != plan.old:
                raise FellesError("E351", {"path": str(plan.path)})
        entries = [
            {"path": str(p.real), "temp": str(t), "old": digest(p.old), "new": digest(p.new)}
            for p, t in zip(plans, temps, strict=True)
        ]
        try:
            _write_journal(journal, {"start": start, "files": entries})
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
        _sync_folder(plan.real.parent)
        if links > 1:
            notes.append(TEXT["hard_link"].format(path=plan.path, links=links))
    journal.unlink()
    _sync_folder(content)
    return notes


def _write_journal(path: Path, data: dict[str, object]) -> None:
    text = json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")
    temp = path.with_name(path.name + ".tmp")
    with contextlib.suppress(FileNotFoundError):
        temp.unlink()
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    try:
        os.write(fd, text)
        os.fsync(fd)
    finally:
        os.close(fd)
    temp.replace(path)
    _sync_folder(path.parent)


def finish(content: Path) -> str | None:
    """Finish a move a kill interrupted (module docstring): what to say, or None if there
    was none. E352 when a file has neither its old nor its new bytes."""
    journal = content / JOURNAL
    raw = _read(journal)
    if raw is None:
        return None
    try:
        data = json.loads(raw.decode("utf-8"))
        entries = [(Path(e["path"]), Path(e["temp"]), e["old"], e["new"]) for e in data["files"]]
    except (ValueError, KeyError, TypeError):
        raise FellesError("E352", {"path": str(journal), "journal": str(journal)}) from None
    todo = []
    for path, temp, old, new in entries:
        now = _read(path)
        current = digest(now) if now is not None else None
        if current == new:
            continue
        waiting = _read(temp)
        if current != old or waiting is None or digest(waiting) != new:
            raise FellesError("E352", {"path": str(path), "journal": str(journal)})
        todo.append((path, temp))
    for path, temp in todo:
        temp.replace(path)
        _sync_folder(path.parent)
    for _, temp, _, _ in entries:
        with contextlib.suppress(OSError):
            temp.unlink()
    journal.unlink()
    _sync_folder(content)
    from felles.words import count

    return TEXT["finished"].format(
        count=count(len(todo), "fil gjort færdig", "filer gjort færdige")
    )
