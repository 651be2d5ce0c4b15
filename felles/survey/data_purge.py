"""The survey's data deleted (`felles survey purge`): every file of the survey's, whatever
state it is in, without needing to read one; or only the name key of an older felles
(`--keys-only`), its answers converted to anonymous figures when they can be.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from felles.errors import UsageError
from felles.survey import database, database_read, database_write, files, lock
from felles.survey.files import ANSWERS
from felles.survey.store import answers_bytes, decode, rounds
from felles.survey.tally import Partner


@dataclass
class Purged:
    files: list[Path]
    rounds: list[str] | None  # None: the data could not be read (deleted all the same)
    failed: list[tuple[Path, str]] = field(default_factory=list)
    converted: bool = False  # --keys-only: an older felles's answers made anonymous figures
    still_linkable: bool = False  # --keys-only: answers that may hold pseudonyms are left


def survey_files(folder: Path) -> list[Path]:
    """Every file of the survey's in the folder but its lock (U063/U064 if it cannot be
    looked into)."""
    return [p for p in files.scan(folder).ours if p.name != lock.LOCK]


def key_files(folder: Path) -> list[Path]:
    return [p for p in survey_files(folder) if files.is_key(p.name)]


def purge(folder: Path) -> Purged:
    """Delete every file of the survey's, whatever state it is in, without needing to read
    one; remove the folder if it is left empty. Under the lock: never amid an import."""
    with lock.locked(folder, create=False) as held:
        found = files.scan(folder)
        try:
            stored: list[str] | None = rounds(folder)
        except UsageError:
            stored = None
        deleted, failed = files.delete([p for p in found.ours if p.name != lock.LOCK])
        if held is not None and not failed:
            held.remove()  # a writer waiting for it starts over (lock.py)
        if not failed and not found.others:
            files.remove_if_empty(folder)
    return Purged(deleted, stored, failed)


def purge_keys(folder: Path, partner: Partner | None) -> Purged:
    """Delete an older felles's name key; convert its answers (rows under pseudonyms) to
    anonymous figures when `partner` says how. This felles keeps no key at all."""
    with lock.locked(folder, create=False):
        return _purge_keys(folder, partner)


def _purge_keys(folder: Path, partner: Partner | None) -> Purged:
    deleted, failed = files.delete(key_files(folder))
    result = Purged(deleted, None, failed)
    try:
        data = answers_bytes(folder)
        if data is None or not database_read.is_legacy(data):
            return result  # no answers, or anonymous already
        if partner is not None:
            stored = decode(data, folder / ANSWERS, partner)
            files.write(
                folder / ANSWERS, database_write.dump(stored.programme or "", stored.rounds)
            )
            result.converted = True
            return result
    except (UsageError, database.Damaged):
        pass  # cannot be read: it may still hold pseudonyms
    result.still_linkable = True
    return result
