"""The rule `felles pair` writes its pairs file by (`<content>/pairs/<activity-id>.yaml`).

It is the one file felles writes into a content folder on purpose, whole or not at all
(felles/atomic.py), so it keeps its own rule beside the `-o` rule of cli/output.py:

- never into the programme packaged with felles (U021, which suggests `felles init`);
- never through a symlink, neither the file nor the pairs/ folder (E703);
- never over a file that is not a pairs file `felles pair` wrote for this activity
  (E319: its header is felles' mark, render/pairs_file.is_ours), not even with `--replace`;
- an existing pairing is replaced only when asked to (E317).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import TYPE_CHECKING, Final

from felles import paths
from felles.errors import FellesError, UsageError, os_reason

if TYPE_CHECKING:
    from felles.content.load import Content

# Why the pairs file cannot be written (U039), in Danish.
REASON: Final = {
    "folder": "pairs er en fil, ikke en mappe",
    "dir": "det er en mappe",
}


def write(
    loaded: Content, path: Path, text: str, activity: str, title: str, *, replace: bool
) -> None:
    """The pairs file written by the rule of the module docstring; `replace` (--replace,
    --update) lets it replace the activity's own pairs file."""
    from felles import atomic

    shown = loaded.display(path)
    folder = path.parent
    try:
        entry = paths.lstat(folder)
        if entry is None:
            folder.mkdir()
        elif stat.S_ISLNK(entry.st_mode):
            raise FellesError("E703", {"path": loaded.display(folder)})
        elif not stat.S_ISDIR(entry.st_mode):
            raise UsageError("U039", {"path": shown, "reason": REASON["folder"]})
        entry = paths.lstat(path)
        if entry is None:
            atomic.create_new(path, text)
            return
        if stat.S_ISLNK(entry.st_mode):
            raise FellesError("E703", {"path": shown})
        if stat.S_ISDIR(entry.st_mode):
            raise UsageError("U039", {"path": shown, "reason": REASON["dir"]})
        if not _ours(path, activity):
            raise FellesError("E319", {"path": shown, "title": title})
        if not replace:
            raise FellesError("E317", {"path": shown, "title": title})
        atomic.replace(path, text)
    except FileExistsError:  # made by someone else a moment ago
        raise FellesError("E317", {"path": shown, "title": title}) from None
    except OSError as error:  # read-only content, no permission, disk full, name too long
        raise UsageError(
            "U039", {"path": shown, "reason": os_reason(error, writing=True)}
        ) from None


def _ours(path: Path, activity: str) -> bool:
    """Is `path` a regular file whose header says `felles pair` wrote it for `activity`?"""
    from felles.render.pairs_file import HEAD_BYTES, is_ours

    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags | getattr(os, "O_BINARY", 0))
    except OSError:
        return False
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(fd).st_mode):  # a FIFO or device: nobody's pairs
            return False
        head = handle.read(HEAD_BYTES).decode("utf-8", "replace").lstrip("\ufeff")
    return is_ours(head, activity)
