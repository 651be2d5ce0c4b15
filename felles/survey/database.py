"""answers.sqlite3 as bytes: built in memory, read from memory, never opened on disk.

`dump` builds the whole database in an in-memory SQLite connection and returns
`Connection.serialize()`; `load` hands the file's bytes to `deserialize`. SQLite
therefore never sees the file: no journal, no lock, no half-written database, and a
path on a network share or a mapped drive is only ever read and written by Python.

Schema 2 (this felles) keeps per round only what `tally.RoundData` holds. Schema 1
(felles before 0.2) kept a row per respondent under pseudonyms; `load` converts such
a file on reading, and the next write stores it as schema 2.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Final

from felles.survey.tally import NetworkCounts, Partner, RelationCounter, RoundData, canonical

SCHEMA_VERSION: Final = "2"
_SCHEMA: Final = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE rounds (
    id TEXT PRIMARY KEY, imported TEXT NOT NULL, population INTEGER NOT NULL,
    example INTEGER NOT NULL, respondents INTEGER NOT NULL);
CREATE TABLE items (
    round TEXT NOT NULL, section TEXT NOT NULL, item TEXT NOT NULL,
    raters INTEGER, answers TEXT NOT NULL, PRIMARY KEY (round, section, item));
CREATE TABLE network (
    round TEXT PRIMARY KEY, question TEXT NOT NULL, partner_from INTEGER NOT NULL,
    answered INTEGER NOT NULL, ties INTEGER NOT NULL, outside INTEGER NOT NULL,
    pairs INTEGER NOT NULL, mutual INTEGER NOT NULL);
"""
_TABLES: Final = frozenset({"meta", "rounds", "items", "network"})
_LEGACY_TABLES: Final = frozenset({"meta", "rounds", "respondents", "answers", "relations"})
_SECTIONS: Final = frozenset({"statement", "external", "relation"})


class Damaged(Exception):
    """The bytes are not a survey database of felles (random bytes, empty, truncated …)."""


@dataclass
class Stored:
    programme: str | None
    rounds: list[RoundData] = field(default_factory=list)
    legacy: bool = False  # read from schema 1: it held pseudonyms

    def find(self, round_id: str) -> RoundData | None:
        return next((r for r in self.rounds if r.id == round_id), None)


def dump(programme: str, rounds: list[RoundData]) -> bytes:
    """The database file holding `rounds`: a function of the figures alone (the items in
    the order given, the questionnaire's; each one's values sorted), so the same figures
    give the same bytes."""
    with contextlib.closing(sqlite3.connect(":memory:")) as db:
        db.executescript(_SCHEMA)
        db.executemany(
            "INSERT INTO meta VALUES (?, ?)",
            [("programme", programme), ("schema", SCHEMA_VERSION)],
        )
        for data in _in_order(rounds):
            db.execute(
                "INSERT INTO rounds VALUES (?, ?, ?, ?, ?)",
                (data.id, data.imported, data.population, int(data.example), data.respondents),
            )
            db.executemany(
                "INSERT INTO items VALUES (?, ?, ?, ?, ?)",
                [
                    (
                        data.id,
                        section,
                        item,
                        data.raters.get(item) if section == "relation" else None,
                        json.dumps(sorted(values), separators=(",", ":")),
                    )
                    for (section, item), values in data.items.items()
                ],
            )
            net = data.network
            if net is not None:
                db.execute(
                    "INSERT INTO network VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        data.id,
                        net.question,
                        net.partner_from,
                        net.answered,
                        net.ties,
                        net.outside,
                        net.pairs,
                        net.mutual,
                    ),
                )
        db.commit()
        return db.serialize()


def _in_order(rounds: list[RoundData]) -> list[RoundData]:
    """The rounds in import order (the order `felles survey purge` lists them in)."""
    return sorted(rounds, key=lambda r: (r.imported, r.id))


@contextlib.contextmanager
def _opened(data: bytes) -> Iterator[sqlite3.Connection]:
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


def _tables(db: sqlite3.Connection) -> frozenset[str]:
    rows = db.execute("SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")
    found = list(rows)
    if any(kind not in ("table", "index") for kind, _ in found):
        raise Damaged("not ours")  # views and triggers are not ours: never run them
    return frozenset(name for kind, name in found if kind == "table")


def _meta(db: sqlite3.Connection) -> dict[str, str]:
    return {str(key): str(value) for key, value in db.execute("SELECT key, value FROM meta")}


def round_ids(data: bytes) -> list[str]:
    """The rounds in the file, in import order, of either schema."""
    with _opened(data) as db:
        if _tables(db) not in (_TABLES, _LEGACY_TABLES):
            raise Damaged("not ours")
        return [_text(row[0]) for row in db.execute("SELECT id FROM rounds ORDER BY imported, id")]


def load(data: bytes, partner: Partner | None) -> Stored:
    """Every round in the file; Damaged when it is not ours. Schema 1 is converted with
    `partner` (survey.yaml's partner question)."""
    with _opened(data) as db:
        tables = _tables(db)
        meta = _meta(db)
        programme = meta.get("programme")
        if tables == _TABLES and meta.get("schema") == SCHEMA_VERSION:
            return Stored(programme, _rounds(db))
        if tables == _LEGACY_TABLES:
            return Stored(programme, _legacy_rounds(db, partner), legacy=True)
        raise Damaged("not ours")


def is_legacy(data: bytes) -> bool:
    with _opened(data) as db:
        return _tables(db) == _LEGACY_TABLES


def _rounds(db: sqlite3.Connection) -> list[RoundData]:
    found = {}
    for round_id, imported, population, example, respondents in db.execute(
        "SELECT id, imported, population, example, respondents FROM rounds"
    ):
        found[round_id] = RoundData(
            _text(round_id),
            _text(imported),
            _count(population),
            bool(_count(example)),
            _count(respondents),
        )
    for round_id, section, item, raters, answers in db.execute(
        "SELECT round, section, item, raters, answers FROM items"
    ):
        data = found[round_id]
        if section not in _SECTIONS:
            raise Damaged("section")
        values = json.loads(_text(answers))
        if not isinstance(values, list) or not all(type(v) is int for v in values):
            raise Damaged("values")
        data.items[(section, _text(item))] = values
        if section == "relation":
            data.raters[_text(item)] = _count(raters)
    for round_id, *counts in db.execute(
        "SELECT round, question, partner_from, answered, ties, outside, pairs, mutual FROM network"
    ):
        question, partner_from, *numbers = counts
        if type(partner_from) is not int:
            raise Damaged("partner_from")
        found[round_id].network = NetworkCounts(
            _text(question), partner_from, *(_count(n) for n in numbers)
        )
    return list(found.values())


def _legacy_rounds(db: sqlite3.Connection, partner: Partner | None) -> list[RoundData]:
    """Schema 1's rows per respondent, taken apart as an import does today."""
    result = []
    for round_id, imported, population, example in db.execute(
        "SELECT id, imported, population, example FROM rounds"
    ):
        (respondents,) = db.execute(
            "SELECT count(*) FROM respondents WHERE round = ?", (round_id,)
        ).fetchone()
        data = RoundData(
            _text(round_id), _text(imported), _count(population), bool(example), respondents
        )
        values: dict[tuple[str, str], list[int]] = {}
        for section, item, value in db.execute(
            "SELECT section, item, value FROM answers WHERE round = ?", (round_id,)
        ):
            if section not in ("statement", "external"):
                raise Damaged("section")
            values.setdefault((section, _text(item)), []).append(_int(value))
        data.items = canonical(values, ())
        counter = RelationCounter(partner)
        for source, target, question, value, same in db.execute(
            "SELECT respondent, target, question, value, same_group FROM relations WHERE round = ?",
            (round_id,),
        ):
            counter.add(_text(source), _text(target), _text(question), _int(value), bool(same))
        counter.fill(data)
        result.append(data)
    return result


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise Damaged("text")
    return value


def _int(value: object) -> int:
    if type(value) is not int:
        raise Damaged("integer")
    return value


def _count(value: object) -> int:
    number = _int(value)
    if number < 0:
        raise Damaged("count")
    return number
