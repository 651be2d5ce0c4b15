"""Write files whole or not at all, and never overwrite one by accident.

Both functions write the whole text to a temporary file in the target's folder
(same file system), flush and fsync it, and only then make it visible under the
target's name in one step:

- `create_new` hard-links the temporary file to the target. `link()` fails if the
  name exists, even if another process creates it a moment earlier, so an
  existing file (or symlink) is never replaced. On a file system without hard
  links (FAT, some network shares) it falls back to `O_CREAT | O_EXCL`, which
  still never overwrites; a failed write there removes the file it began.
- `replace` renames the temporary file over the target (`os.replace`), keeping
  the old file's permission bits. The caller decides the line endings.

Temporary files are named `.<name>.<pid>.<random>.tmp` and are removed in every
case but one: a process killed mid-write (SIGKILL, power cut) cannot clean up. The
first write of a process into a folder therefore sweeps the folder's stale
temporary files of ours: those whose process is gone (POSIX), and any older than
STALE_AFTER (everywhere; on Windows, where a process id cannot be asked about
safely, age is the only sign). The content reader never reads them (only `*.md`
and the named YAML files are content), so `felles validate` does not trip over a
leftover either.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import stat
import sys
import time
from pathlib import Path
from typing import Final

# link() is refused for these reasons when the file system has no hard links. EINVAL:
# FAT/exFAT, some SMB shares, and Windows' "Incorrect function" (ERROR_INVALID_FUNCTION).
_NO_LINKS = frozenset(
    {errno.EPERM, errno.EOPNOTSUPP, errno.ENOTSUP, errno.EXDEV, errno.EMLINK, errno.EINVAL}
)
# Windows errors for "this file system has no hard links" (ERROR_INVALID_FUNCTION,
# ERROR_NOT_SUPPORTED), whatever errno they map to.
_NO_LINKS_WINDOWS = frozenset({1, 50})

STALE_AFTER: Final = 15 * 60  # seconds: no write of felles takes this long
# `.<name>.<pid>.<8 hex>.tmp`; felles 0.1 wrote `.<name>.<8 hex>.tmp` (no pid).
_TEMP: Final = re.compile(r"\A\..+?\.(?:(?P<pid>[0-9]{1,10})\.)?[0-9a-f]{8}\.tmp\Z", re.DOTALL)
_NAME_BYTES: Final = 100  # of the target's name in the temporary name: NAME_MAX is 255 bytes
_swept: set[str] = set()  # folders this process has swept already


def _bytes(content: str | bytes) -> bytes:
    return content.encode("utf-8") if isinstance(content, str) else content


def create_new(path: Path, content: str | bytes, *, mode: int = 0o666) -> None:
    """Create `path` holding `content` (text as UTF-8); FileExistsError if it exists, untouched.

    `mode` is masked by the umask as usual (0o600 makes a private file).
    """
    data = _bytes(content)
    if path.exists() or path.is_symlink():
        raise FileExistsError(errno.EEXIST, "file exists", str(path))
    temp = _write_temp(path, data, mode)
    try:
        try:
            os.link(temp, path)
        except FileExistsError:
            raise
        except OSError as error:
            if not _no_hard_links(error):
                raise
            _create_exclusive(path, data, mode)
        _sync_folder(path.parent)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()


def replace(path: Path, content: str | bytes, *, mode: int | None = None) -> None:
    """Replace (or create) `path` with `content` (text as UTF-8) in one step.

    The new file keeps the old one's permission bits, or gets `mode` (0o600: private)
    when it is given. A symlink at `path` is replaced itself, never followed.
    """
    data = _bytes(content)
    temp = _write_temp(path, data, 0o666 if mode is None else mode)
    try:
        if mode is not None:
            temp.chmod(mode)
        else:
            with contextlib.suppress(FileNotFoundError):
                temp.chmod(stat.S_IMODE(path.stat().st_mode))
        temp.replace(path)
        _sync_folder(path.parent)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()


def _no_hard_links(error: OSError) -> bool:
    return error.errno in _NO_LINKS or getattr(error, "winerror", None) in _NO_LINKS_WINDOWS


def _short(name: str) -> str:
    return name.encode("utf-8")[:_NAME_BYTES].decode("utf-8", "ignore")


def temp_name(name: str, pid: int, token: str) -> str:
    """The temporary file's name for a target called `name` (shortened to fit NAME_MAX)."""
    return f".{_short(name)}.{pid}.{token}.tmp"


def is_temp(name: str, of: str | None = None) -> bool:
    """Is `name` one of felles' temporary files (of this version or 0.1), for a target
    called `of` when it is given? The one test of a temporary file: a person's file that
    only looks like one (`.answers.sqlite3.backup.tmp`) is not."""
    if _TEMP.match(name) is None:
        return False
    return of is None or name.startswith(f".{_short(of)}.")


def sweep(folder: Path, *, now: float | None = None) -> list[Path]:
    """Remove the temporary files in `folder` that a killed writer left behind.

    A temporary file is stale when its process is gone (POSIX) or it is older than
    STALE_AFTER. Nothing else is touched: not a file of another name, not a symlink
    or folder that happens to match, not a live writer's file. Never raises.
    """
    now = time.time() if now is None else now
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        match = _TEMP.match(entry.name)
        if match is None:
            continue
        try:
            if not entry.is_file(follow_symlinks=False):
                continue
            old = now - entry.stat(follow_symlinks=False).st_mtime > STALE_AFTER
            pid = match.group("pid")
            if old or (pid is not None and not _alive(int(pid))):
                stale = Path(entry.path)
                stale.unlink()
                removed.append(stale)
        except OSError:
            continue
    return removed


def _alive(pid: int) -> bool:
    """Could process `pid` still be writing? True when it cannot be told (age decides)."""
    if pid == os.getpid():
        return True
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return True  # os.kill(pid, 0) would send CTRL_C_EVENT on Windows
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (OverflowError, ValueError):
        return False  # no process can have that id
    except OSError:
        return True  # EPERM: another user's live process
    try:  # a killed process not yet reaped (a zombie) writes nothing either
        status = Path(f"/proc/{pid}/stat").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return True
    fields = status.rpartition(")")[2].split()
    return not fields or fields[0] not in ("Z", "X")


def _sweep_once(folder: Path) -> None:
    key = str(folder.absolute())
    if key not in _swept:
        _swept.add(key)
        sweep(folder)


def _write_temp(path: Path, data: bytes, mode: int) -> Path:
    """A new, fsynced temporary file beside `path`, created with `mode` and the umask."""
    _sweep_once(path.parent)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    while True:
        temp = path.with_name(temp_name(path.name, os.getpid(), secrets.token_hex(4)))
        try:
            fd = os.open(temp, flags, mode)
            break
        except FileExistsError:
            continue
    _fill(fd, data, temp)
    return temp


def _create_exclusive(path: Path, data: bytes, mode: int) -> None:
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    _fill(os.open(path, flags, mode), data, path)


def _fill(fd: int, data: bytes, path: Path) -> None:
    """Write `data` to the new file `path` open as `fd` and fsync it; remove it on failure."""
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
        raise


def _sync_folder(folder: Path) -> None:
    """Make the new name durable; folders cannot be opened on Windows, which is fine."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
