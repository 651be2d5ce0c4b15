"""The data folder's files, touched without following a symlink and without ever blocking.

- `read` opens a data file with O_NOFOLLOW (on Windows: refuses a symlink first) and
  O_NONBLOCK, and reads it only if fstat says it is a regular file: a symlink, a FIFO
  or a device in the data folder is refused, never followed or read forever.
- `write` replaces a data file in one step (`felles.atomic.replace`: a temporary file
  `.<name>.<random>.tmp` beside it, fsync, rename), owner-only (0600). A symlink in its
  place is replaced itself, never followed.
- `scan` lists felles' own entries (the databases, the side files an older felles's
  SQLite left, and leftover temporary files) without opening any of them; `delete`
  unlinks entries (a symlink itself, never its target).
- `prepare` makes the folder owner-only (0700) when felles creates it, or when it is a
  real folder (not a symlink) that is empty or holds felles' data; never through a link.

Every OSError becomes a UsageError with a Danish reason: U063 when the path cannot be
a data folder, U064 when its data cannot be used.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from collections.abc import Mapping
from pathlib import Path
from typing import Final, NamedTuple

from felles import paths
from felles.errors import UsageError, os_reason

ANSWERS: Final = "answers.sqlite3"
KEYS: Final = "keys.sqlite3"  # the name key of felles before 0.2; never written now
OURS: Final = (ANSWERS, KEYS)
LOCK: Final = ".felles.lock"  # the writers' lock (lock.py)
SIDE_FILES: Final = ("-journal", "-wal", "-shm")  # what SQLite on disk left beside a file
MAX_BYTES: Final = 1 << 30  # an answers file of 1 GiB is not ours
_NOFOLLOW: Final = getattr(os, "O_NOFOLLOW", 0)

SYMLINK: Final = "det er et symbolsk link, og felles følger ikke links til spørgeskemadata"
NOT_REGULAR: Final = "det er ikke en almindelig fil"
NOT_FOLDER: Final = "det er ikke en mappe"
TOO_BIG: Final = "filen er for stor til at være spørgeskemadata fra felles"
LINK_NOT_FOLDER: Final = "det er et symbolsk link, der ikke peger på en mappe"
BAD_NAME: Final = "navnet indeholder et tegn, filsystemet ikke tillader"


def unusable(path: Path, why: str) -> UsageError:
    """U064: the survey's data at `path` cannot be used."""
    return UsageError("U064", {"path": str(path), "reason": why})


def not_a_folder(folder: Path, why: str) -> UsageError:
    """U063: `folder` cannot be a data folder."""
    return UsageError("U063", {"path": str(folder), "reason": why})


def _error(path: Path, error: OSError) -> UsageError:
    """The error for a data file: the folder's when the path to it is the problem."""
    if error.errno == errno.ENOTDIR and paths.exists(path.parent) and not paths.is_dir(path.parent):
        return not_a_folder(path.parent, NOT_FOLDER)
    if error.errno in (errno.ENOTDIR, errno.ENAMETOOLONG):
        return not_a_folder(path.parent, os_reason(error))
    return unusable(path, os_reason(error))


def read(path: Path) -> bytes | None:
    """The bytes of the data file `path`; None if there is none. Never follows a symlink,
    never reads a FIFO or a device; U063/U064 when it cannot be read."""
    try:
        return paths.read_bytes(path, MAX_BYTES, follow_symlinks=False)
    except FileNotFoundError:
        return None
    except paths.NotAFile:
        raise unusable(path, NOT_REGULAR) from None
    except paths.TooBig:
        raise unusable(path, TOO_BIG) from None
    except OSError as error:
        if error.errno in (errno.ELOOP, errno.EMLINK) and paths.is_symlink(path):
            raise unusable(path, SYMLINK) from None
        raise _error(path, error) from None
    except ValueError:  # a NUL in the name
        raise _folder_error(path.parent, ValueError()) from None


def write(path: Path, data: bytes) -> None:
    """Replace the data file `path` with `data` in one step, owner-only."""
    from felles.atomic import replace

    try:
        replace(path, data, mode=0o600)
    except OSError as error:
        raise _error(path, error) from None


class Scan(NamedTuple):
    exists: bool  # something is at the folder's path
    symlink: bool  # the folder's path is a symlink (to a folder)
    ours: list[Path]  # felles' entries in it (sorted)
    others: bool  # it holds anything else


def is_ours(name: str) -> bool:
    from felles.atomic import is_temp

    if name == LOCK:
        return True
    for base in OURS:
        if name == base or name in (base + suffix for suffix in SIDE_FILES):
            return True
        if is_temp(name, of=base):
            return True  # a temporary file of felles.atomic, left by a killed import
    return False


def is_key(name: str) -> bool:
    return name.startswith((KEYS, f".{KEYS}."))


def scan(folder: Path) -> Scan:
    """What is in the data folder, without opening a file; U063/U064 if it cannot be looked
    into."""
    try:
        info = folder.lstat()
    except FileNotFoundError:
        return Scan(False, False, [], False)
    except (OSError, ValueError) as error:
        raise _folder_error(folder, error) from None
    symlink = stat.S_ISLNK(info.st_mode)
    if symlink:
        if not paths.is_dir(folder):
            raise not_a_folder(folder, LINK_NOT_FOLDER)
    elif not stat.S_ISDIR(info.st_mode):
        raise not_a_folder(folder, NOT_FOLDER)
    ours: list[Path] = []
    others = False
    try:
        with os.scandir(folder) as entries:
            for entry in entries:
                if is_ours(entry.name):
                    ours.append(folder / entry.name)
                else:
                    others = True
    except FileNotFoundError:
        # A purge removed the folder between the two looks: it is not there, as above.
        return Scan(False, False, [], False)
    except OSError as error:
        raise _folder_error(folder, error) from None
    return Scan(True, symlink, sorted(ours), others)


def _folder_error(folder: Path, error: OSError | ValueError) -> UsageError:
    if isinstance(error, ValueError):  # a NUL in the name
        return not_a_folder(folder, BAD_NAME)
    if error.errno in (errno.ENOTDIR, errno.ENAMETOOLONG, errno.ELOOP):
        return not_a_folder(folder, os_reason(error))
    return unusable(folder, os_reason(error))


def delete(entries: list[Path]) -> tuple[list[Path], list[tuple[Path, str]]]:
    """Unlink every entry (a symlink itself); the deleted ones, and those that could not be
    deleted with the reason."""
    deleted: list[Path] = []
    failed: list[tuple[Path, str]] = []
    for path in entries:
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        except OSError as error:
            failed.append((path, os_reason(_as_folder(path, error))))
        else:
            deleted.append(path)
    return deleted, failed


def _as_folder(path: Path, error: OSError) -> OSError:
    """EISDIR when a real folder is where a file was (macOS says EPERM for it)."""
    if paths.is_dir(path) and not paths.is_symlink(path):
        return IsADirectoryError(errno.EISDIR, "is a directory", str(path))
    return error


def prepare(folder: Path, found: Scan) -> bool:
    """Make sure the folder exists, owner-only unless it is a symlink; True if created."""
    created = not found.exists
    if created:
        try:
            folder.mkdir(mode=0o700, parents=True)
        except OSError as error:
            raise _folder_error(folder, error) from None
    if not found.symlink:
        _owner_only(folder)
    return created


def _owner_only(folder: Path) -> None:
    """chmod 0700 on the folder itself: opened with O_NOFOLLOW, so never through a link."""
    if os.name != "posix":
        return  # Windows: the user's own data folder is private by its ACL
    try:
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY | _NOFOLLOW)
    except OSError as error:
        raise _folder_error(folder, error) from None
    try:
        if stat.S_IMODE(os.fstat(fd).st_mode) != 0o700:
            os.fchmod(fd, 0o700)
    except OSError as error:
        raise _folder_error(folder, error) from None
    finally:
        os.close(fd)


def remove_if_empty(folder: Path) -> None:
    """Remove the data folder once nothing is left in it (never a symlink)."""
    if paths.is_symlink(folder):
        return
    with contextlib.suppress(OSError):
        folder.rmdir()


def data_dir(option: Path | None, environ: Mapping[str, str], programme_id: str) -> Path:
    """--data, else FELLES_DATA, else the user's data folder (platformdirs) per programme.

    Here rather than in `store`, so a command that only asks whether there are data
    (`felles status`) need not import the database."""
    if option is not None:
        return option
    env_value = environ.get("FELLES_DATA", "").strip()
    if env_value:
        return Path(env_value)
    import platformdirs

    return platformdirs.user_data_path("felles", appauthor=False) / "survey" / programme_id
