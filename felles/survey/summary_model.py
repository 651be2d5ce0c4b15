"""What a survey summary holds: each question's figures (None: suppressed, fewer than
MIN_RESPONDENTS), by learning goal, the network's figures, and the changes from one round
to another. Made by `aggregate`, `round_summary` and `round_compare`; shown by the reports.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Item:
    """One question's answers: distribution and mean over n respondents (None: suppressed)."""

    id: str
    text: str
    n: int
    mean: float | None
    distribution: list[tuple[str, int]] | None  # (answer in words, how many)
    spread: float | None = None  # the standard deviation, for comparisons
    theme: str | None = None
    answers: int = 0  # how many answers (more than n where one leader rates many colleagues)


@dataclass
class Goal:
    id: str
    title: str
    items: list[Item]


@dataclass
class Network:
    n: int
    density: float | None  # share of possible relations named as partners
    partners: float | None  # average number of partners per respondent
    outside_group: float | None  # share of partners outside one's own sparring group
    reciprocity: float | None  # share of partner pairs (both answered) naming each other
    experience: Item | None
    note: str | None = None  # the figures rest on another partner question than survey.yaml's


@dataclass
class Summary:
    round: str
    title: str
    example: bool
    imported: str
    population: int
    respondents: int
    goals: list[Goal]
    network: Network | None
    external: list[Item]
    proposal: bool = False  # the questions are felles' proposal (survey.yaml: status: forslag)

    @property
    def response_rate(self) -> float:
        return self.respondents / self.population if self.population else 0.0


@dataclass
class Change:
    label: str
    before: float | None
    after: float | None
    n_before: int
    n_after: int
    kind: str = "mean"  # mean | share | count
    note: str | None = None

    @property
    def delta(self) -> float | None:
        if self.before is None or self.after is None:
            return None
        return self.after - self.before


@dataclass
class Comparison:
    before: Summary
    after: Summary
    changes: list[Change] = field(default_factory=list)
