"""answers.sqlite3 read from its bytes (`deserialize`, never opened on disk): the rounds'
ids, every round's figures, and whether the file is schema 1 (felles before 0.2), which
is converted on reading (database_legacy.py).
"""

from __future__ import annotations

import json
import sqlite3

from felles.survey.database import (
    LEGACY_TABLES,
    SCHEMA_VERSION,
    SECTIONS,
    TABLES,
    Damaged,
    Stored,
    checked_count,
    checked_text,
    meta_values,
    opened,
    table_names,
)
from felles.survey.database_legacy import legacy_rounds
from felles.survey.tally import NetworkCounts, Partner, RoundData


def round_ids(data: bytes) -> list[str]:
    """The rounds in the file, in import order, of either schema."""
    with opened(data) as db:
        if table_names(db) not in (TABLES, LEGACY_TABLES):
            raise Damaged("not ours")
        return [
            checked_text(row[0])
            for row in db.execute("SELECT id FROM rounds ORDER BY imported, id")
        ]


def load(data: bytes, partner: Partner | None) -> Stored:
    """Every round in the file; Damaged when it is not ours. Schema 1 is converted with
    `partner` (survey.yaml's partner question)."""
    with opened(data) as db:
        tables = table_names(db)
        meta = meta_values(db)
        programme = meta.get("programme")
        if tables == TABLES and meta.get("schema") == SCHEMA_VERSION:
            return Stored(programme, _rounds(db))
        if tables == LEGACY_TABLES:
            return Stored(programme, legacy_rounds(db, partner), legacy=True)
        raise Damaged("not ours")


def is_legacy(data: bytes) -> bool:
    with opened(data) as db:
        return table_names(db) == LEGACY_TABLES


def _rounds(db: sqlite3.Connection) -> list[RoundData]:
    found = {}
    for round_id, imported, population, example, respondents in db.execute(
        "SELECT id, imported, population, example, respondents FROM rounds"
    ):
        found[round_id] = RoundData(
            checked_text(round_id),
            checked_text(imported),
            checked_count(population),
            bool(checked_count(example)),
            checked_count(respondents),
        )
    for round_id, section, item, raters, answers in db.execute(
        "SELECT round, section, item, raters, answers FROM items"
    ):
        data = found[round_id]
        if section not in SECTIONS:
            raise Damaged("section")
        values = json.loads(checked_text(answers))
        if not isinstance(values, list) or not all(type(v) is int for v in values):
            raise Damaged("values")
        data.items[(section, checked_text(item))] = values
        if section == "relation":
            data.raters[checked_text(item)] = checked_count(raters)
    for round_id, *counts in db.execute(
        "SELECT round, question, partner_from, answered, ties, outside, pairs, mutual FROM network"
    ):
        question, partner_from, *numbers = counts
        if type(partner_from) is not int:
            raise Damaged("partner_from")
        found[round_id].network = NetworkCounts(
            checked_text(question), partner_from, *(checked_count(n) for n in numbers)
        )
    return list(found.values())
