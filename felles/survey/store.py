"""The survey's data folder: answers under pseudonyms, and the key kept apart.

Two SQLite files in one folder that only the owner can read:
- `answers.sqlite3`: per round, each respondent's answers under a random pseudonym;
- `keys.sqlite3`: which leader has which pseudonym. Delete it and the answers can no
  longer be traced back to anyone (`felles survey purge --keys-only`).

An import writes both files in one SQLite transaction (the key file is ATTACHed), so
a failed or interrupted import leaves nothing behind. The folder is refused inside a
git work tree or the content folder: personal data never go into the content
repository. Nothing here returns a name or a pseudonym: `RoundData` numbers the
respondents 0, 1, 2 … in a fresh random order.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import sqlite3
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Final

from felles.errors import UsageError
from felles.survey.responses import Responses

ANSWERS: Final = "answers.sqlite3"
KEYS: Final = "keys.sqlite3"
OURS: Final = (ANSWERS, KEYS)
SIDE_FILES: Final = ("-journal", "-wal", "-shm")
SCHEMA_VERSION: Final = "1"

_ANSWERS_SCHEMA: Final = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS rounds (
    id TEXT PRIMARY KEY, imported TEXT NOT NULL, population INTEGER NOT NULL,
    example INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS respondents (
    round TEXT NOT NULL, pseudonym TEXT NOT NULL, PRIMARY KEY (round, pseudonym));
CREATE TABLE IF NOT EXISTS answers (
    round TEXT NOT NULL, respondent TEXT NOT NULL, section TEXT NOT NULL,
    item TEXT NOT NULL, value INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS relations (
    round TEXT NOT NULL, respondent TEXT NOT NULL, question TEXT NOT NULL,
    target TEXT NOT NULL, same_group INTEGER NOT NULL, value INTEGER NOT NULL);
"""
_KEYS_SCHEMA: Final = """
CREATE TABLE IF NOT EXISTS keys.pseudonyms (
    round TEXT NOT NULL, name TEXT NOT NULL, pseudonym TEXT NOT NULL,
    PRIMARY KEY (round, name));
"""


@dataclass
class RoundData:
    """One round's answers, without names or pseudonyms (respondents are 0, 1, 2 …)."""

    id: str
    imported: str
    population: int
    example: bool
    respondents: int
    items: dict[tuple[str, str], list[int]] = field(default_factory=dict)  # (section, item)
    # (respondent, target, question, value, same group); targets are numbered like respondents,
    # and non-respondents continue the numbering.
    relations: list[tuple[int, int, str, int, bool]] = field(default_factory=list)


def data_dir(option: Path | None, environ: Mapping[str, str], programme_id: str) -> Path:
    """--data, else FELLES_DATA, else the user's data folder (platformdirs) per programme."""
    if option is not None:
        return option
    env_value = environ.get("FELLES_DATA", "").strip()
    if env_value:
        return Path(env_value)
    import platformdirs

    return platformdirs.user_data_path("felles", appauthor=False) / "survey" / programme_id


def git_work_tree(folder: Path) -> Path | None:
    """The git work tree that holds `folder` (existing or not), or None."""
    resolved = folder.resolve()
    for candidate in (resolved, *resolved.parents):
        if (candidate / ".git").exists():
            return candidate
    return None


def check_place(folder: Path, content: Path) -> None:
    """Refuse a data folder inside git, inside the content, or full of other things."""
    tree = git_work_tree(folder)
    if tree is not None:
        raise UsageError("U061", {"path": str(folder), "tree": str(tree)})
    if folder.resolve().is_relative_to(content.resolve()):
        raise UsageError("U062", {"path": str(folder)})
    if folder.exists() and not folder.is_dir():
        raise UsageError("U063", {"path": str(folder), "reason": "det er ikke en mappe"})
    if folder.is_dir() and not has_data(folder) and any(folder.iterdir()):
        raise UsageError("U063", {"path": str(folder), "reason": "mappen er ikke tom"})


def has_data(folder: Path) -> bool:
    return any((folder / name).exists() for name in OURS)


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


def _private_folder(folder: Path) -> None:
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    Path(folder).chmod(0o700)  # mkdir's mode is masked by umask, and the folder may exist


def _private_file(path: Path) -> None:
    """Create the file owner-only before SQLite opens it (its journal inherits the mode)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, 0o600)
    os.close(fd)
    Path(path).chmod(0o600)


@contextlib.contextmanager
def _connect(folder: Path, *, create: bool) -> Iterator[sqlite3.Connection]:
    if create:
        _private_folder(folder)
        for name in OURS:
            _private_file(folder / name)
    connection = sqlite3.connect(folder / ANSWERS, isolation_level=None)
    try:
        connection.execute("PRAGMA journal_mode=DELETE")
        connection.execute("ATTACH DATABASE ? AS keys", (str(folder / KEYS),))
        yield connection
    finally:
        connection.close()


def open_error(folder: Path, error: Exception) -> UsageError:
    reason = getattr(error, "strerror", None) or str(error) or type(error).__name__
    return UsageError("U064", {"path": str(folder), "reason": reason})


def import_round(
    folder: Path,
    programme_id: str,
    round_id: str,
    responses: Responses,
    leaders: Mapping[str, int],
    *,
    replace: bool,
    today: date,
) -> None:
    """Store one round under fresh pseudonyms, keys apart; all or nothing."""
    pseudonyms = {name: secrets.token_hex(8) for name in leaders}
    try:
        with _connect(folder, create=True) as db:
            db.executescript(_ANSWERS_SCHEMA + _KEYS_SCHEMA)  # idempotent; commits by itself
            db.execute("BEGIN IMMEDIATE")
            try:
                _check_programme(db, folder, programme_id)
                exists = db.execute("SELECT 1 FROM rounds WHERE id = ?", (round_id,)).fetchone()
                if exists and not replace:
                    raise UsageError("U065", {"round": round_id})
                _delete_round(db, round_id)
                db.execute(
                    "INSERT INTO rounds VALUES (?, ?, ?, ?)",
                    (round_id, today.isoformat(), len(leaders), int(responses.example)),
                )
                db.executemany(
                    "INSERT INTO keys.pseudonyms VALUES (?, ?, ?)",
                    [(round_id, name, code) for name, code in pseudonyms.items()],
                )
                for response in responses.rows:
                    me = pseudonyms[response.respondent]
                    db.execute("INSERT INTO respondents VALUES (?, ?)", (round_id, me))
                    db.executemany(
                        "INSERT INTO answers VALUES (?, ?, ?, ?, ?)",
                        [
                            (round_id, me, column.section, column.item, value)
                            for column, value in response.answers.items()
                            if column.target is None
                        ],
                    )
                    db.executemany(
                        "INSERT INTO relations VALUES (?, ?, ?, ?, ?, ?)",
                        [
                            (
                                round_id,
                                me,
                                column.item,
                                pseudonyms[column.target],
                                int(leaders[column.target] == leaders[response.respondent]),
                                value,
                            )
                            for column, value in response.answers.items()
                            if column.target is not None
                        ],
                    )
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise
    except (sqlite3.Error, OSError) as error:
        raise open_error(folder, error) from None


def _check_programme(
    db: sqlite3.Connection, folder: Path, programme_id: str, *, claim: bool = True
) -> None:
    """U066 if the folder holds another programme's data; `claim` marks a new folder ours."""
    row = db.execute("SELECT value FROM meta WHERE key = 'programme'").fetchone()
    if row is None and claim:
        db.executemany(
            "INSERT INTO meta VALUES (?, ?)",
            [("programme", programme_id), ("schema", SCHEMA_VERSION)],
        )
    elif row is not None and row[0] != programme_id:
        raise UsageError("U066", {"path": str(folder), "other": row[0], "programme": programme_id})


def _delete_round(db: sqlite3.Connection, round_id: str) -> None:
    for table in ("rounds", "respondents", "answers", "relations", "keys.pseudonyms"):
        column = "id" if table == "rounds" else "round"
        db.execute(f"DELETE FROM {table} WHERE {column} = ?", (round_id,))


@contextlib.contextmanager
def _read_only(folder: Path) -> Iterator[sqlite3.Connection]:
    """The answers, opened read-only; a damaged or unreadable file is U064."""
    try:
        uri = (folder / ANSWERS).resolve().as_uri() + "?mode=ro"
        with contextlib.closing(sqlite3.connect(uri, uri=True)) as db:
            yield db
    except sqlite3.Error as error:
        raise open_error(folder, error) from None


def rounds(folder: Path) -> list[str]:
    """The ids of the rounds stored in the folder (none if there is no data)."""
    if not (folder / ANSWERS).is_file():
        return []
    with _read_only(folder) as db:
        return [row[0] for row in db.execute("SELECT id FROM rounds ORDER BY imported, id")]


def load_round(folder: Path, programme_id: str, round_id: str) -> RoundData | None:
    """One round's answers, respondents renumbered at random; None if it was not imported."""
    if not (folder / ANSWERS).is_file():
        return None
    with _read_only(folder) as db:
        _check_programme(db, folder, programme_id, claim=False)
        head = db.execute(
            "SELECT imported, population, example FROM rounds WHERE id = ?", (round_id,)
        ).fetchone()
        if head is None:
            return None
        people = [
            row[0]
            for row in db.execute("SELECT pseudonym FROM respondents WHERE round = ?", (round_id,))
        ]
        secrets.SystemRandom().shuffle(people)
        number = {code: i for i, code in enumerate(people)}
        data = RoundData(round_id, head[0], head[1], bool(head[2]), len(people))
        for section, item, value in db.execute(
            "SELECT section, item, value FROM answers WHERE round = ?", (round_id,)
        ):
            data.items.setdefault((section, item), []).append(value)
        for source, target, question, value, same in db.execute(
            "SELECT respondent, target, question, value, same_group FROM relations WHERE round = ?",
            (round_id,),
        ):
            target_number = number.setdefault(target, len(number))
            data.relations.append((number[source], target_number, question, value, bool(same)))
        return data


@dataclass
class Purged:
    files: list[Path]
    rounds: list[str]


def purge(folder: Path, *, keys_only: bool = False) -> Purged:
    """Delete the survey's files (or only the key); remove the folder if it is left empty."""
    found = [] if keys_only else rounds(folder)
    names = (KEYS,) if keys_only else OURS
    deleted: list[Path] = []
    for name in names:
        for suffix in ("", *SIDE_FILES):
            path = folder / (name + suffix)
            if path.exists() or path.is_symlink():
                path.unlink()
                deleted.append(path)
    if not keys_only and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
    return Purged(deleted, found)
