"""What a round keeps: only the figures the report needs, computed at import, unlinkable.

The answers of one leader are never kept together. At import the rows are taken apart:

- each statement, outward question and rating question keeps the list of values given,
  with no respondent beside them, sorted, and the questions stand in the questionnaire's
  order (`canonical`): the same answers in any row order give the same bytes;
- the collaboration network keeps counts only (how many answered the partner question,
  how many ties, how many outside one's own sparring group, how many pairs answered
  and how many of them are mutual), computed once from the linked rows here;
- the round keeps its population, response count, import date and example flag.

No name, leader id, pseudonym or row order survives: nobody holding the stored round
and groups.yaml can tell who gave which answer or who rated whom. `RoundData` is what
the store keeps and what `aggregate` reads.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

from felles.content import survey_model
from felles.survey.responses import Responses


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


class RelationCounter:
    """Counts the network from linked relation answers, one at a time, keeping no pair.

    `add` is called once per answer; respondents and colleagues are any hashable keys
    (row numbers at import, the pseudonyms of an older felles when converting).
    """

    def __init__(self, partner: Partner | None) -> None:
        self.partner = partner or Partner("", 0)  # no partner question: no network
        self.answered: set[Hashable] = set()
        self.ties: dict[Hashable, set[Hashable]] = {}  # respondent → colleagues named
        self.outside = 0
        self.ratings: dict[str, list[int]] = {}
        self.rated_by: dict[str, set[Hashable]] = {}

    def add(
        self, source: Hashable, target: Hashable, question: str, value: int, same: bool
    ) -> None:
        if question and question == self.partner.question:
            self.answered.add(source)
            if value >= self.partner.partner_from:
                self.ties.setdefault(source, set()).add(target)
                self.outside += not same
        else:
            self.ratings.setdefault(question, []).append(value)
            self.rated_by.setdefault(question, set()).add(source)

    def network(self) -> NetworkCounts | None:
        if not self.answered:
            return None
        ties = both_answered = mutual_ordered = 0
        for source, targets in self.ties.items():
            ties += len(targets)
            for target in targets:
                if target in self.answered:
                    both_answered += 1
                    mutual_ordered += source in self.ties.get(target, ())
        # A mutual pair is seen from both ends; a one-sided pair once.
        pairs = both_answered - mutual_ordered // 2
        return NetworkCounts(
            self.partner.question,
            self.partner.partner_from,
            len(self.answered),
            ties,
            self.outside,
            pairs,
            mutual_ordered // 2,
        )

    def fill(self, data: RoundData) -> None:
        """Put the network and the ratings into the round."""
        data.network = self.network()
        for question, values in self.ratings.items():
            data.items[("relation", question)] = values
            data.raters[question] = len(self.rated_by[question])


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
