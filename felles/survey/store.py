"""The survey's data folder: one file of anonymous figures, never anything per person.

`answers.sqlite3` holds, per round, what `tally.RoundData` holds: the values given to
each question in a random order, the network as counts, and the round's population,
response count and import date. No name, leader id or pseudonym is stored anywhere,
so there is no key to keep apart (`keys.sqlite3` of an older felles is deleted by
`felles survey purge --keys-only` and by the next import).

The file is written whole or not at all (built in memory, `files.write`), and read
by its bytes (`files.read`, never through a symlink): an import killed at any moment
leaves the previous file as it was, and `purge` deletes without reading anything.
The folder is refused inside a git work tree or the content folder: personal data
never go into the content repository.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from felles import atomic, paths
from felles.errors import FellesError, UsageError
from felles.survey import database, files, lock
from felles.survey.files import ANSWERS, KEYS, SIDE_FILES, data_dir
from felles.survey.responses import Responses
from felles.survey.tally import Partner, RoundData, from_responses

__all__ = ["ANSWERS", "KEYS", "DataFolder", "Partner", "Purged", "RoundData", "data_dir"]

DAMAGED = "filen er ødelagt eller er ikke spørgeskemadata fra felles"
EMPTY = "filen er tom"
INTERRUPTED = (
    "en afbrudt import fra en ældre felles har efterladt {name}, så filen kan være halvt "
    "skrevet; slet data med »felles survey purge«"
)


def git_work_tree(folder: Path) -> Path | None:
    """The git work tree that holds `folder` (existing or not), or None."""
    resolved = paths.resolve(folder)
    if resolved is None:
        return None
    for candidate in (resolved, *resolved.parents):
        if paths.exists(candidate / ".git"):
            return candidate
    return None


def check_place(folder: Path, content: Path) -> files.Scan:
    """Refuse a data folder inside git, inside the content, or full of other things."""
    if paths.resolve(folder) is None:
        raise files.not_a_folder(folder, "stien kan ikke følges (for lang, eller links i ring)")
    tree = git_work_tree(folder)
    if tree is not None:
        raise UsageError("U061", {"path": str(folder), "tree": str(tree)})
    if paths.inside(folder, content):
        raise UsageError("U062", {"path": str(folder)})
    found = files.scan(folder)
    if found.others and not found.ours:
        raise files.not_a_folder(folder, "mappen er ikke tom")
    return found


def has_data(folder: Path) -> bool:
    """Does the folder hold any file of the survey's? True, too, when it cannot be looked
    into (it may); False when it is not a folder at all."""
    try:
        return any(p.name != lock.LOCK for p in files.scan(folder).ours)
    except UsageError as error:
        return error.code == "U064"


@dataclass(frozen=True)
class DataFolder:
    """The data folder as `felles validate`'s retention rule asks about it (W601)."""

    path: Path

    def has_data(self) -> bool:
        return has_data(self.path)

    def rounds(self) -> list[str] | None:
        try:
            return rounds(self.path)
        except UsageError:
            return None


def _bytes(folder: Path) -> bytes | None:
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


def _decode(data: bytes, path: Path, partner: Partner | None) -> database.Stored:
    try:
        return database.load(data, partner)
    except database.Damaged:
        raise files.unusable(path, DAMAGED) from None


def _check_programme(stored: database.Stored, folder: Path, programme_id: str) -> None:
    """U066 if the folder holds another programme's data."""
    if stored.programme is not None and stored.programme != programme_id:
        raise UsageError(
            "U066", {"path": str(folder), "other": stored.programme, "programme": programme_id}
        )


@dataclass
class Imported:
    converted: bool = False  # the file of an older felles was converted to anonymous figures
    removed: list[Path] = field(default_factory=list)  # the older felles's key files


def import_round(
    folder: Path,
    programme_id: str,
    round_id: str,
    responses: Responses,
    leaders: Mapping[str, int],
    partner: Partner | None,
    *,
    replace: bool,
    today: date,
    order: Sequence[tuple[str, str]] = (),
) -> Imported:
    """Store one round as anonymous figures beside the others; all or nothing, under the
    data folder's lock for the whole read-modify-write (`lock.py`). `order`: the
    questionnaire's (section, item) order, in which the figures are stored."""
    path = folder / ANSWERS
    new = from_responses(round_id, responses, leaders, partner, today, order)
    with lock.locked(folder, create=True) as held:
        assert held is not None  # create=True always holds it
        try:
            found = files.scan(folder)
            raw = _bytes(folder)
            stored = database.Stored(None) if raw is None else _decode(raw, path, partner)
            _check_programme(stored, folder, programme_id)
            old = stored.find(round_id)
            if old is not None and not replace:
                raise UsageError("U065", {"round": round_id})
            if old is not None:
                _refuse_few(old, new)
            rest = [r for r in stored.rounds if r.id != round_id]
            payload = database.dump(programme_id, [*rest, new])
            files.prepare(folder, found._replace(exists=True))
            atomic.sweep(folder)  # temporary files of killed writers only, never a live one
            files.write(path, payload)
        except BaseException:
            if held.created:
                held.remove()
                files.remove_if_empty(folder)
            raise
        result = Imported(converted=stored.legacy)
        if stored.legacy or any(files.is_key(p.name) for p in found.ours):
            # The key of an older felles named pseudonyms that are stored nowhere any more.
            result.removed, _ = files.delete([p for p in found.ours if files.is_key(p.name)])
    return result


def _refuse_few(old: RoundData, new: RoundData) -> None:
    """E630 when the re-import changes the answers of 1 to MIN_RESPONDENTS - 1 people."""
    from felles.survey.difference import changed
    from felles.survey.promise import MIN_RESPONDENTS

    count = changed(old, new)
    if 0 < count < MIN_RESPONDENTS:
        raise FellesError("E630", {"round": new.id, "minimum": MIN_RESPONDENTS})


def rounds(folder: Path) -> list[str]:
    """The ids of the rounds stored in the folder (none if there is no data)."""
    data = _bytes(folder)
    if data is None:
        return []
    try:
        return database.round_ids(data)
    except database.Damaged:
        raise files.unusable(folder / ANSWERS, DAMAGED) from None


def load_round(
    folder: Path, programme_id: str, round_id: str, partner: Partner | None
) -> RoundData | None:
    """One round's figures; None if it was not imported."""
    data = _bytes(folder)
    if data is None:
        return None
    stored = _decode(data, folder / ANSWERS, partner)
    _check_programme(stored, folder, programme_id)
    return stored.find(round_id)


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


def is_legacy(folder: Path) -> bool:
    """Does the folder hold answers an older felles stored under pseudonyms? (False when
    they cannot be read: `purge` deletes those.)"""
    try:
        data = _bytes(folder)
        return data is not None and database.is_legacy(data)
    except (UsageError, database.Damaged):
        return False


def purge_keys(folder: Path, partner: Partner | None) -> Purged:
    """Delete an older felles's name key; convert its answers (rows under pseudonyms) to
    anonymous figures when `partner` says how. This felles keeps no key at all."""
    with lock.locked(folder, create=False):
        return _purge_keys(folder, partner)


def _purge_keys(folder: Path, partner: Partner | None) -> Purged:
    deleted, failed = files.delete(key_files(folder))
    result = Purged(deleted, None, failed)
    try:
        data = _bytes(folder)
        if data is None or not database.is_legacy(data):
            return result  # no answers, or anonymous already
        if partner is not None:
            stored = _decode(data, folder / ANSWERS, partner)
            files.write(folder / ANSWERS, database.dump(stored.programme or "", stored.rounds))
            result.converted = True
            return result
    except (UsageError, database.Damaged):
        pass  # cannot be read: it may still hold pseudonyms
    result.still_linkable = True
    return result
