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

Temporary files are named `.<name>.<random>.tmp` and are removed in every case.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
from pathlib import Path

# link() is refused for these reasons when the file system has no hard links.
_NO_LINKS = frozenset({errno.EPERM, errno.EOPNOTSUPP, errno.ENOTSUP, errno.EXDEV, errno.EMLINK})


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
            if error.errno not in _NO_LINKS:
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


def _write_temp(path: Path, data: bytes, mode: int) -> Path:
    """A new, fsynced temporary file beside `path`, created with `mode` and the umask."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    while True:
        temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
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
