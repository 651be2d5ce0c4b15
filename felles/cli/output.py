"""What a command writes: lines to stdout and notes to stderr, and files for `-o`.

Every file a command writes for `-o`/`--output` (agenda, ics, site, booklet, Word
document, survey form, template and report, schema) goes through `write_file`, one
rule for all:

1. Never into a content folder: not the one in use, not the programme packaged with
   felles (or its templates), not any folder that holds a programme.yaml above the
   target. An existing file there is refused (E407 for a leader's draft, E702 for any
   other), a new one too (U051).
2. Never in the place of a symlink (E703), a folder (the command's "cannot write"
   code, reason "det er en mappe"), a block device or socket (E704). A character
   device or a FIFO (`-o /dev/stdout`, `-o >(gzip > x.gz)`), or a symlink that leads
   to one, is written into as the shell's `>` would, never replaced; a FIFO nobody
   reads is an error at once instead of a hang.
3. An existing regular file is replaced only if felles wrote it: it carries felles'
   mark (`felles.render.signature`). Any other file is someone's own (E701), untouched
   byte for byte. A CSV template is never replaced (E624): answers get typed into it.
4. Writes are atomic (`felles.atomic`): a new file appears whole under its name or not
   at all (and never over a file that appeared a moment earlier), a replaced one is
   swapped in one step.

Every document gets felles' mark before it is written, to a file or to stdout alike
(`emit`), so a page saved with `>` can be replaced with `-o` later.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, Literal, TextIO, cast

from felles import paths
from felles.controls import harmless
from felles.errors import FellesError, UsageError, os_reason

if TYPE_CHECKING:
    from felles.content.locate import ContentDir

# The code of "cannot write" for each writer: all take {path} and {reason}.
Cannot = Literal["U039", "U041", "U050"]
# What a target is that cannot be written (E704), and a name that cannot be used.
TEXT: Final = {
    "block": "en blokenhed",
    "socket": "en socket",
    "special": "en særlig fil",
    "bad_name": "ugyldigt navn",
}


def wants_table(min_width: int) -> bool:
    """A table on a terminal wide enough for it; plain lines in a pipe, a file, with NO_COLOR
    or in a terminal so narrow that the table would cut its text short with '…'."""
    if not sys.stdout.isatty():
        return False
    import os
    import shutil

    return "NO_COLOR" not in os.environ and shutil.get_terminal_size().columns >= min_width


class Harmless:
    """A text stream that shows control characters from content harmlessly (U+FFFD,
    `felles.controls`): every line felles prints goes through one while a command runs
    (`boundary.guarded`), so no title, place, name or draft can steer the terminal."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        self.stream.write(harmless(text))
        return len(text)

    def __getattr__(self, name: str) -> Any:  # flush, isatty, fileno, buffer, encoding …
        return getattr(self.stream, name)


@contextlib.contextmanager
def harmless_streams() -> Iterator[None]:
    """sys.stdout and sys.stderr as `Harmless` streams for the duration of a command."""
    saved = sys.stdout, sys.stderr
    sys.stdout = cast(TextIO, Harmless(sys.stdout))
    sys.stderr = cast(TextIO, Harmless(sys.stderr))
    try:
        yield
    finally:
        sys.stdout, sys.stderr = saved


def terminal() -> TextIO:
    """The real standard output, for Rich, which writes its own escape sequences: every
    text handed to Rich goes through `harmless` first."""
    stream = sys.stdout
    return stream.stream if isinstance(stream, Harmless) else stream


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


def protected(content: Path | None = None) -> list[Path]:
    """The folders nothing is ever written into: the content in use and the packaged
    programme and templates (content folders above a target are found by the rule)."""
    from felles.content.locate import packaged

    found = [packaged("content"), packaged("templates")]
    return found if content is None else [content, *found]


def refuse_packaged(found: ContentDir) -> None:
    """U021: felles writes nothing into the programme packaged with it, however it is named
    (`felles pair`, `felles invite --send`)."""
    if found.source == "packaged" or any(paths.inside(found.path, p) for p in protected()):
        raise UsageError("U021", {"path": str(found.path)})


def emit(
    text: str,
    output: Path | None,
    *,
    form: str,
    command: str,
    protect: Iterable[Path],
    make_folders: bool = False,
) -> bool:
    """The document (with felles' mark) to stdout, or to the file `-o` names by the rule
    above (its folders made first with `make_folders`); True when a file was written."""
    from felles.render.signature import sign

    signed = sign(harmless(text), form, command)
    if output is None:
        sys.stdout.write(signed)
        return False
    write_file(output, signed, protect=protect, make_folders=make_folders)
    return True


def write_file(
    path: Path,
    data: str | bytes,
    *,
    protect: Iterable[Path],
    cannot: Cannot = "U039",
    make_folders: bool = False,
    never_replace: bool = False,
) -> None:
    """Write `data` (text as UTF-8) to `path` by the one rule (see the module docstring).

    FellesError (exit 1) when the file is someone's and stays as it is; UsageError
    `cannot` (exit 2) when it cannot be written at all.
    """
    from felles import atomic

    if isinstance(data, str):
        data = harmless(data)
    outside_content(path, protect)
    try:
        if make_folders:
            path.parent.mkdir(parents=True, exist_ok=True)
        found = paths.lstat(path)
        if found is None:
            try:
                atomic.create_new(path, data)
            except FileExistsError:  # someone else's file appeared a moment ago
                raise FellesError("E701", {"path": str(path)}) from None
            return
        mode = found.st_mode
        if stat.S_ISLNK(mode):
            leads_to = paths.stat_of(path)
            if leads_to is None or not _writable_into(leads_to.st_mode):
                raise FellesError("E703", {"path": str(path)})
            _write_into(path, data)
        elif stat.S_ISDIR(mode):
            raise IsADirectoryError(errno.EISDIR, "is a directory", str(path))
        elif _writable_into(mode):
            _write_into(path, data)
        elif not stat.S_ISREG(mode):
            raise FellesError("E704", {"path": str(path), "kind": _kind(mode)})
        elif never_replace:
            raise FellesError("E624", {}, path=str(path))
        elif not _ours(path):
            raise FellesError("E701", {"path": str(path)})
        else:
            atomic.replace(path, data)
    except OSError as error:
        raise UsageError(
            cannot, {"path": str(path), "reason": os_reason(error, writing=True)}
        ) from None
    except ValueError:  # a NUL in the name: the OS cannot even be asked
        raise UsageError(cannot, {"path": repr(str(path)), "reason": TEXT["bad_name"]}) from None


def outside_content(path: Path, protect: Iterable[Path]) -> None:
    """Refuse `path` if it lies in a content folder: E407 (a leader's draft), E702 (another
    file there), U051 (a new file there)."""
    content = _refused_folder(path, protect)
    if content is not None:
        _refuse_in_content(path, content)


def _refused_folder(path: Path, protect: Iterable[Path]) -> Path | None:
    """The content folder `path` would land in, if any (symlinked folders followed)."""
    parent = paths.resolve(path.parent)
    if parent is None:
        return None
    target = parent / path.name
    for folder in protect:
        root = paths.resolve(folder)
        if root is not None and target.is_relative_to(root):
            return folder
    from felles.content.locate import PROGRAMME_FILE

    for folder in (parent, *parent.parents):
        if paths.is_file(folder / PROGRAMME_FILE):
            return folder
    return None


def _refuse_in_content(path: Path, content: Path) -> None:
    from felles.content.kinds import DRAFT

    if not paths.exists(path):
        raise UsageError("U051", {"path": str(path), "content": str(content)})
    target = (paths.resolve(path.parent) or path.parent) / path.name
    root = paths.resolve(content) or content
    inside = target.relative_to(root).parts if target.is_relative_to(root) else ()
    if len(inside) == 2 and inside[0] == DRAFT.folder:
        raise FellesError("E407", {"path": str(path)})
    raise FellesError("E702", {"path": str(path), "content": str(content)})


def _writable_into(mode: int) -> bool:
    return stat.S_ISCHR(mode) or stat.S_ISFIFO(mode)


def _kind(mode: int) -> str:
    if stat.S_ISBLK(mode):
        return TEXT["block"]
    if stat.S_ISSOCK(mode):
        return TEXT["socket"]
    return TEXT["special"]


def _ours(path: Path) -> bool:
    """Did felles write the regular file at `path` (it carries felles' mark)?"""
    from felles.render.signature import LARGEST, is_ours

    try:  # a FIFO swapped in meanwhile is refused, never waited for
        return is_ours(paths.read_bytes(path, LARGEST, follow_symlinks=False))
    except OSError:  # gone, not a regular file, or too big to be one of ours
        return False


def _write_into(path: Path, data: str | bytes) -> None:
    """Write into a character device or FIFO, as `>` does; it stays what it is."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    flags = os.O_WRONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOCTTY", 0)
    flags |= getattr(os, "O_NONBLOCK", 0)  # a FIFO nobody reads: ENXIO, not a hang
    fd = os.open(path, flags)
    try:
        if not _writable_into(os.fstat(fd).st_mode):  # swapped for a file meanwhile
            raise FellesError("E701", {"path": str(path)})
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        view = memoryview(raw)
        while view:
            view = view[os.write(fd, view) :]
    finally:
        os.close(fd)
