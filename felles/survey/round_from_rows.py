"""The round to store, from the CSV's rows (survey/tally.py says what a round keeps): the
rows taken apart into lists of values and counts, never the rows' order.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING

from felles.survey.relation_counter import RelationCounter
from felles.survey.tally import Partner, RoundData, canonical

if TYPE_CHECKING:
    from felles.survey.responses import Responses


def from_responses(
    round_id: str,
    responses: Responses,
    leaders: Mapping[str, int],
    partner: Partner | None,
    today: date,
    order: Sequence[tuple[str, str]] = (),
) -> RoundData:
    """The round to store: the CSV's rows taken apart into lists and counts, in `order`
    (the questionnaire's; anything not in it after, sorted), never the rows' order."""
    data = RoundData(
        round_id, today.isoformat(), len(leaders), responses.example, len(responses.rows)
    )
    values: dict[tuple[str, str], list[int]] = {}
    counter = RelationCounter(partner)
    number = {name: i for i, name in enumerate(leaders)}
    for response in responses.rows:
        me = number[response.respondent]
        group = leaders[response.respondent]
        for column, value in response.answers.items():
            target = column.target
            if target is None:
                values.setdefault((column.section, column.item), []).append(value)
            else:
                counter.add(me, number[target], column.item, value, leaders[target] == group)
    counter.fill(data)
    data.items = canonical({**data.items, **values}, order)
    return data
