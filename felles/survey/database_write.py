"""answers.sqlite3 built: the whole database in an in-memory SQLite connection, returned as
`Connection.serialize()` bytes for `files.write` (schema 2: per round only what
`tally.RoundData` holds).
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from typing import Final

from felles.survey.database import (
    SCHEMA_VERSION,
)
from felles.survey.tally import RoundData

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
