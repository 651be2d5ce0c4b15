"""Errors and exit codes: every known failure is a FellesError with structured fields."""

from __future__ import annotations

import errno
from dataclasses import dataclass, field
from enum import IntEnum
from typing import Any, Final

# Why a file operation failed, in Danish (the system says it in English): the one table
# of these words. Every reason felles shows for an OSError comes from `os_reason`.
_REASONS: Final = {
    errno.ENOENT: "filen eller mappen findes ikke",
    errno.EACCES: "ingen adgang",
    errno.EPERM: "ingen adgang",
    errno.ENOTDIR: "en del af stien er en fil, ikke en mappe",
    errno.EISDIR: "det er en mappe",
    errno.EEXIST: "findes allerede",
    errno.EROFS: "drevet er skrivebeskyttet",
    errno.ENOSPC: "der er ikke plads på drevet",
    errno.EDQUOT: "der er ikke plads på drevet (kvoten er brugt)",
    errno.ENAMETOOLONG: "navnet er for langt til filsystemet",
    errno.ELOOP: "et symbolsk link, der peger i ring",
    errno.EINVAL: "navnet kan ikke bruges her",
    errno.EBUSY: "filen er i brug",
    errno.ETXTBSY: "filen er i brug",
    errno.EIO: "fejl ved læsning eller skrivning på drevet",
    errno.ENXIO: "ingen læser i den anden ende",
    errno.EPIPE: "den anden ende lukkede undervejs",
}
# Writing a file (its folders made first): a missing entry is the folder it goes in, and an
# entry that exists where a folder must be made is a file.
_WRITING: Final = {
    errno.ENOENT: "mappen findes ikke",
    errno.EEXIST: "det er en fil, ikke en mappe",
}


def os_reason(error: OSError, *, writing: bool = False) -> str:
    """Why a file operation failed, in Danish where we know the reason ('ingen adgang');
    else the system's own words. `writing`: the error came from writing a file into a
    folder (made first if need be), which makes ENOENT and EEXIST more precise."""
    number = error.errno or 0
    found = (_WRITING.get(number) if writing else None) or _REASONS.get(number)
    return found or error.strerror or type(error).__name__


class ExitCode(IntEnum):
    """Exit codes of every felles command (documented in README.md and --help)."""

    OK = 0  # all fine (warnings only, without --strict)
    CONTENT = 1  # the content has errors, or a file would be overwritten
    USAGE = 2  # the command was used wrongly: unknown option, leader, date …
    UNEXPECTED = 3  # a bug in felles: please report it
    INTERRUPTED = 130  # stopped with Ctrl-C


@dataclass
class FellesError(Exception):
    """A known failure. `code` picks the Danish message in felles/codes/; `params` fill it."""

    code: str
    params: dict[str, Any] = field(default_factory=dict)
    path: str | None = None
    line: int | None = None
    col: int | None = None
    exit_code: ExitCode = ExitCode.CONTENT

    def __str__(self) -> str:
        from felles.codes import render

        return render(self.code, self.params)


class ReadError(FellesError):
    """A file could not be read as content (encoding, YAML, front matter)."""


class UsageError(FellesError):
    """The command was used wrongly (exit 2)."""

    def __init__(self, code: str, params: dict[str, Any] | None = None) -> None:
        super().__init__(code, params or {}, exit_code=ExitCode.USAGE)


def interrupted(error: BaseException) -> bool:
    """Is `error` a Ctrl-C, or what a Ctrl-C became? An interrupt that lands inside an
    import can surface as importlib's RuntimeError ("cannot release un-acquired lock"),
    with the KeyboardInterrupt as its context."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        if isinstance(current, KeyboardInterrupt):
            return True
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return False
