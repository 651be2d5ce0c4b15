"""What a command writes: lines to stdout and notes to stderr, and files for `-o`."""

from __future__ import annotations

import errno
import sys
from pathlib import Path
from typing import Final

from felles.errors import FellesError, UsageError, os_reason

_LARGEST_PAGE: Final = 50 * 1024 * 1024  # a bigger index.html is not one of ours

# Why a folder cannot be written, in Danish (the OS says it in English).
REASONS: Final = {
    errno.EACCES: "ingen adgang",
    errno.EPERM: "ingen adgang",
    errno.ENOTDIR: "en del af stien er en fil, ikke en mappe",
    errno.EEXIST: "det er en fil, ikke en mappe",
    errno.EISDIR: "det er en mappe",
    errno.EROFS: "skrivebeskyttet drev",
    errno.ENOSPC: "der er ikke plads på drevet",
    errno.ENAMETOOLONG: "navnet er for langt",
}


def wants_table(min_width: int) -> bool:
    """A table on a terminal wide enough for it; plain lines in a pipe, a file, with NO_COLOR
    or in a terminal so narrow that the table would cut its text short with '…'."""
    if not sys.stdout.isatty():
        return False
    import os
    import shutil

    return "NO_COLOR" not in os.environ and shutil.get_terminal_size().columns >= min_width


def write(line: str = "") -> None:
    sys.stdout.write(line + "\n")


def say(line: str) -> None:
    """A note for the user on stderr (never mixed into machine output).

    If stderr is closed or full, the note is lost but the command goes on: its output
    and exit code still tell.
    """
    try:
        sys.stderr.write(line + "\n")
        sys.stderr.flush()
    except (OSError, ValueError):
        pass


def wants_html(output: Path | None) -> bool:
    """`-o something.html` without --format means HTML."""
    return output is not None and output.suffix.lower() in (".html", ".htm")


def write_generated(path: Path, text: str | bytes) -> None:
    """Replace a generated file in one step (overwriting is expected; a reader never sees
    half a file); U039 if it cannot be written."""
    from felles.atomic import replace

    try:
        replace(path, text)
    except OSError as error:
        raise UsageError("U039", {"path": str(path), "reason": os_reason(error)}) from None


def emit(text: str, output: Path | None) -> bool:
    """`text` to stdout, or to the file `-o` names; True when a file was written."""
    if output is None:
        sys.stdout.write(text)
        return False
    write_generated(output, text)
    return True


def write_page(path: Path, html: str, refuse: list[Path]) -> None:
    """Write the site's page to `path` in one step (folders made); never inside a folder of
    `refuse` (the content).

    UsageError U050 when the folder cannot be made or written, U051 inside a
    refused folder; FellesError E701 for an index.html that is not a page of ours.
    """
    from felles.atomic import replace

    target = path.resolve()
    for folder in refuse:
        if target.is_relative_to(folder.resolve()):
            raise UsageError("U051", {"path": str(path), "content": str(folder)})
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.is_dir():
            raise IsADirectoryError(errno.EISDIR, "is a directory", str(path))
        if (path.exists() or path.is_symlink()) and not _our_page(path):
            raise FellesError("E701", {"path": str(path)})
        replace(path, html)
    except OSError as error:
        reason = REASONS.get(error.errno or 0, os_reason(error))
        raise UsageError("U050", {"path": str(path), "reason": reason}) from None


def _our_page(path: Path) -> bool:
    """Is the existing file a page `felles export site` wrote (it ends with its marker)?"""
    from felles.export.site import MARKER

    if not path.is_file() or path.stat().st_size > _LARGEST_PAGE:
        return False
    return MARKER.partition(":")[0].encode() in path.read_bytes()[-4096:]
