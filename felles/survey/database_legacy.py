"""Schema 1 (felles before 0.2) read: its rows per respondent under pseudonyms taken apart
as an import does today, so the next write stores schema 2 and no pseudonym is kept.
"""

from __future__ import annotations

import sqlite3

from felles.survey.database import (
    Damaged,
    checked_count,
    checked_int,
    checked_text,
)
from felles.survey.relation_counter import RelationCounter
from felles.survey.tally import Partner, RoundData, canonical


def legacy_rounds(db: sqlite3.Connection, partner: Partner | None) -> list[RoundData]:
    """Schema 1's rows per respondent, taken apart as an import does today."""
    result = []
    for round_id, imported, population, example in db.execute(
        "SELECT id, imported, population, example FROM rounds"
    ):
        (respondents,) = db.execute(
            "SELECT count(*) FROM respondents WHERE round = ?", (round_id,)
        ).fetchone()
        data = RoundData(
            checked_text(round_id),
            checked_text(imported),
            checked_count(population),
            bool(example),
            respondents,
        )
        values: dict[tuple[str, str], list[int]] = {}
        for section, item, value in db.execute(
            "SELECT section, item, value FROM answers WHERE round = ?", (round_id,)
        ):
            if section not in ("statement", "external"):
                raise Damaged("section")
            values.setdefault((section, checked_text(item)), []).append(checked_int(value))
        data.items = canonical(values, ())
        counter = RelationCounter(partner)
        for source, target, question, value, same in db.execute(
            "SELECT respondent, target, question, value, same_group FROM relations WHERE round = ?",
            (round_id,),
        ):
            counter.add(
                checked_text(source),
                checked_text(target),
                checked_text(question),
                checked_int(value),
                bool(same),
            )
        counter.fill(data)
        result.append(data)
    return result
