"""The journal of a move (`JOURNAL` in the content folder: every file with its temporary
file and the SHA-256 of its old and its new bytes), and a killed move finished.

A move killed while it renames (cli/move_files.py, step 3) leaves the journal, and every
temporary file not yet renamed. `finish`, which every `felles move` and `felles init
--start` runs first, renames the rest where each file still has its old bytes, and says
so; a file that has neither its old nor its new bytes is reported (E352) and nothing is
touched. `felles validate` reports a journal left behind (W326).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from pathlib import Path
from typing import Final

from felles.content.kinds import MOVE_JOURNAL
from felles.errors import FellesError

TEXT: Final = {
    "finished": "En tidligere flytning blev afbrudt; den er nu gjort færdig ({count}).",
    "one": "fil gjort færdig",
    "many": "filer gjort færdige",
}
JOURNAL: Final = MOVE_JOURNAL


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def read_or_none(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:
        return None


def sync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def write_journal(path: Path, start: str, files: list[tuple[Path, Path, bytes, bytes]]) -> None:
    """The journal of a move to `start`: each file (real path, temporary file, old bytes,
    new bytes) by the SHA-256 of its bytes, fsynced."""
    entries = [
        {"path": str(real), "temp": str(temp), "old": digest(old), "new": digest(new)}
        for real, temp, old, new in files
    ]
    data = {"start": start, "files": entries}
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
    sync_folder(path.parent)


def finish(content: Path) -> str | None:
    """Finish a move a kill interrupted (module docstring): what to say, or None if there
    was none. E352 when a file has neither its old nor its new bytes."""
    journal = content / JOURNAL
    raw = read_or_none(journal)
    if raw is None:
        return None
    try:
        data = json.loads(raw.decode("utf-8"))
        entries = [(Path(e["path"]), Path(e["temp"]), e["old"], e["new"]) for e in data["files"]]
    except (ValueError, KeyError, TypeError):
        raise FellesError("E352", {"path": str(journal), "journal": str(journal)}) from None
    todo = []
    for path, temp, old, new in entries:
        now = read_or_none(path)
        current = digest(now) if now is not None else None
        if current == new:
            continue
        waiting = read_or_none(temp)
        if current != old or waiting is None or digest(waiting) != new:
            raise FellesError("E352", {"path": str(path), "journal": str(journal)})
        todo.append((path, temp))
    for path, temp in todo:
        temp.replace(path)
        sync_folder(path.parent)
    for _, temp, _, _ in entries:
        with contextlib.suppress(OSError):
            temp.unlink()
    journal.unlink()
    sync_folder(content)
    from felles.words import count

    return TEXT["finished"].format(count=count(len(todo), TEXT["one"], TEXT["many"]))
