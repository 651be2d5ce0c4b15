"""The survey's data folder read: one file of anonymous figures, never anything per person.

`answers.sqlite3` holds, per round, what `tally.RoundData` holds: the values given to
each question in a random order, the network as counts, and the round's population,
response count and import date. No name, leader id or pseudonym is stored anywhere,
so there is no key to keep apart (`keys.sqlite3` of an older felles is deleted by
`felles survey purge --keys-only` and by the next import).

The file is read by its bytes (`files.read`, never through a symlink). Writing a round
is `round_import.py`, deleting `data_purge.py`, and where the folder may be
`data_place.py`.
"""

from __future__ import annotations

from pathlib import Path

from felles import paths
from felles.errors import UsageError
from felles.survey import database, database_read, files
from felles.survey.files import ANSWERS, KEYS, SIDE_FILES, data_dir
from felles.survey.tally import Partner, RoundData

__all__ = ["ANSWERS", "KEYS", "Partner", "RoundData", "data_dir"]

DAMAGED = "filen er ødelagt eller er ikke spørgeskemadata fra felles"
EMPTY = "filen er tom"
INTERRUPTED = (
    "en afbrudt import fra en ældre felles har efterladt {name}, så filen kan være halvt "
    "skrevet; slet data med »felles survey purge«"
)


def answers_bytes(folder: Path) -> bytes | None:
    """The answers file's bytes; U064 if an older felles's SQLite left it half-written."""
    path = folder / ANSWERS
    data = files.read(path)
    if data is None:
        return None
    for suffix in SIDE_FILES[:2]:  # -journal, -wal: SQLite would have to finish them first
        side = paths.lstat(folder / (ANSWERS + suffix))
        if side is not None and side.st_size > 0:
            raise files.unusable(path, INTERRUPTED.format(name=ANSWERS + suffix))
    if not data:
        raise files.unusable(path, EMPTY)
    return data


def decode(data: bytes, path: Path, partner: Partner | None) -> database.Stored:
    try:
        return database_read.load(data, partner)
    except database.Damaged:
        raise files.unusable(path, DAMAGED) from None


def check_programme(stored: database.Stored, folder: Path, programme_id: str) -> None:
    """U066 if the folder holds another programme's data."""
    if stored.programme is not None and stored.programme != programme_id:
        raise UsageError(
            "U066", {"path": str(folder), "other": stored.programme, "programme": programme_id}
        )


def rounds(folder: Path) -> list[str]:
    """The ids of the rounds stored in the folder (none if there is no data)."""
    data = answers_bytes(folder)
    if data is None:
        return []
    try:
        return database_read.round_ids(data)
    except database.Damaged:
        raise files.unusable(folder / ANSWERS, DAMAGED) from None


def load_round(
    folder: Path, programme_id: str, round_id: str, partner: Partner | None
) -> RoundData | None:
    """One round's figures; None if it was not imported."""
    data = answers_bytes(folder)
    if data is None:
        return None
    stored = decode(data, folder / ANSWERS, partner)
    check_programme(stored, folder, programme_id)
    return stored.find(round_id)


def is_legacy(folder: Path) -> bool:
    """Does the folder hold answers an older felles stored under pseudonyms? (False when
    they cannot be read: `purge` deletes those.)"""
    try:
        data = answers_bytes(folder)
        return data is not None and database_read.is_legacy(data)
    except (UsageError, database.Damaged):
        return False
