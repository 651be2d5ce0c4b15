"""answers.sqlite3 as bytes: built in memory, read from memory, never opened on disk.

`database_write.dump` builds the whole database in an in-memory SQLite connection and
returns `Connection.serialize()`; `database_read.load` hands the file's bytes to
`deserialize`. SQLite therefore never sees the file: no journal, no lock, no
half-written database, and a path on a network share or a mapped drive is only ever
read and written by Python.

Schema 2 (this felles) keeps per round only what `tally.RoundData` holds. Schema 1
(felles before 0.2) kept a row per respondent under pseudonyms; `load` converts such
a file on reading (database_legacy.py), and the next write stores it as schema 2.
Here: the schema's tables, the file opened from its bytes, and its values checked.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Final

from felles.survey.tally import RoundData

SCHEMA_VERSION: Final = "2"


TABLES: Final = frozenset({"meta", "rounds", "items", "network"})
LEGACY_TABLES: Final = frozenset({"meta", "rounds", "respondents", "answers", "relations"})
SECTIONS: Final = frozenset({"statement", "external", "relation"})


class Damaged(Exception):
    """The bytes are not a survey database of felles (random bytes, empty, truncated …)."""


@dataclass
class Stored:
    programme: str | None
    rounds: list[RoundData] = field(default_factory=list)
    legacy: bool = False  # read from schema 1: it held pseudonyms

    def find(self, round_id: str) -> RoundData | None:
        return next((r for r in self.rounds if r.id == round_id), None)


@contextlib.contextmanager
def opened(data: bytes) -> Iterator[sqlite3.Connection]:
    if not data:
        raise Damaged("tom")
    db = sqlite3.connect(":memory:")
    try:
        try:
            db.deserialize(data)
            db.execute("PRAGMA trusted_schema = OFF")
            check = db.execute("PRAGMA quick_check").fetchone()
        except (sqlite3.Error, MemoryError, OverflowError, ValueError) as error:
            raise Damaged(str(error)) from None
        if check is None or check[0] != "ok":
            raise Damaged("quick_check")
        yield db
    except (sqlite3.Error, ValueError, TypeError, KeyError) as error:
        raise Damaged(str(error)) from None
    finally:
        db.close()


def table_names(db: sqlite3.Connection) -> frozenset[str]:
    rows = db.execute("SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")
    found = list(rows)
    if any(kind not in ("table", "index") for kind, _ in found):
        raise Damaged("not ours")  # views and triggers are not ours: never run them
    return frozenset(name for kind, name in found if kind == "table")


def meta_values(db: sqlite3.Connection) -> dict[str, str]:
    return {str(key): str(value) for key, value in db.execute("SELECT key, value FROM meta")}


def checked_text(value: object) -> str:
    if not isinstance(value, str):
        raise Damaged("text")
    return value


def checked_int(value: object) -> int:
    if type(value) is not int:
        raise Damaged("integer")
    return value


def checked_count(value: object) -> int:
    number = checked_int(value)
    if number < 0:
        raise Damaged("count")
    return number
