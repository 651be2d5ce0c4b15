"""The collaboration network counted from linked relation answers, one at a time, keeping
no pair: how many answered the partner question, how many ties, how many outside one's
own sparring group, how many pairs answered and how many of them are mutual.
"""

from __future__ import annotations

from collections.abc import Hashable

from felles.survey.tally import NetworkCounts, Partner, RoundData


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
