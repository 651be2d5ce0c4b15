"""What a round keeps: only the figures the report needs, computed at import, unlinkable.

The answers of one leader are never kept together. At import the rows are taken apart:

- each statement, outward question and rating question keeps the list of values given,
  with no respondent beside them, sorted, and the questions stand in the questionnaire's
  order (`canonical`): the same answers in any row order give the same bytes;
- the collaboration network keeps counts only (how many answered the partner question,
  how many ties, how many outside one's own sparring group, how many pairs answered
  and how many of them are mutual), computed once from the linked rows
  (`relation_counter`);
- the round keeps its population, response count, import date and example flag.

No name, leader id, pseudonym or row order survives: nobody holding the stored round
and groups.yaml can tell who gave which answer or who rated whom. `RoundData` is what
the store keeps and what `aggregate` reads; `round_from_rows` makes it at import.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from felles.content import survey_model


class Partner(NamedTuple):
    """The relation question that defines a collaboration partner, and from which value."""

    question: str
    partner_from: int


@dataclass
class NetworkCounts:
    """The collaboration network of one round, as counts (computed at import)."""

    question: str  # the partner question's id at import
    partner_from: int  # answers from this value on counted as a partner
    answered: int  # respondents who answered the partner question about anyone
    ties: int  # (respondent, colleague) answers from partner_from on
    outside: int  # of those, with a colleague outside the respondent's own sparring group
    pairs: int  # pairs of respondents with a tie in at least one direction
    mutual: int  # of those, pairs with a tie in both directions


@dataclass
class RoundData:
    """One round as stored: no names, no pseudonyms, no row per respondent."""

    id: str
    imported: str
    population: int
    example: bool
    respondents: int
    # (section, item) → the values given, sorted; section is "statement",
    # "external" or "relation" (the ratings of a relation question other than the
    # partner question: one value per colleague rated).
    items: dict[tuple[str, str], list[int]] = field(default_factory=dict)
    raters: dict[str, int] = field(default_factory=dict)  # relation question → raters
    network: NetworkCounts | None = None


def canonical(
    items: Mapping[tuple[str, str], list[int]], order: Sequence[tuple[str, str]]
) -> dict[tuple[str, str], list[int]]:
    """The items in the questionnaire's order (the rest sorted after), each one's values
    sorted: nothing in them depends on the order, timing or identity of the rows."""
    rank = {key: index for index, key in enumerate(order)}
    keys = sorted(items, key=lambda key: (rank.get(key, len(rank)), key))
    return {key: sorted(items[key]) for key in keys}


def partner_of(survey: survey_model.Survey) -> Partner | None:
    """The partner question of survey.yaml (None when it has none: E602 says so)."""
    question = next((q for q in survey.relations.questions if q.partner_from is not None), None)
    if question is None or question.partner_from is None:
        return None
    return Partner(question.id, question.partner_from)
