"""Pairs for an activity done two by two (`who: par`): who visits whom.

`make` gives every leader one colleague to visit and one to be visited by: a
permutation of the leaders, found as a minimum-cost assignment (SciPy's
`linear_sum_assignment`) over random costs drawn from the seed, with every pair the
rules forbid priced out: oneself, one's own sparring group, one's own area (when both
leaders carry one in groups.yaml), and any pair recorded in another pairing file, in
either direction. The same leaders, history and seed give the same pairs.

Two leaders visiting each other would meet one colleague instead of two, so such
pairs are broken up where another solution exists (each round forbids one direction of
every mutual pair and solves again); what remains is returned, to be said. When the
rules cannot all be met, `Impossible` says which and why, never a pair that breaks one.

SciPy and NumPy are imported inside `make`: only `felles pair` pays for them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import date
from typing import TYPE_CHECKING, Any, Final, NamedTuple

from felles.content.load import Content, load_pairs
from felles.content.model import Activity
from felles.names import match_key
from felles.plan.participants import participants
from felles.plan.roster import absent
from felles.plan.schedule import occurrences
from felles.words import count, joined

if TYPE_CHECKING:
    from felles.content.load import Pairs

MAX_SEED: Final = 2**32 - 1  # NumPy's RandomState takes 0 … 2**32 - 1
ROUNDS: Final = 25  # rounds to break up mutual pairs

# User-facing words of this module (Danish), in one place.
TEXT: Final = {
    "none": "der er ingen ledere at parre",
    "one": "der skal være mindst to ledere, og der er kun én ({name})",
    "group": "sparringsgruppe {group} har {size} af de {total} ledere; ingen må besøge en i egen "
    "gruppe, så de {size} skal besøge og have besøg af de {others} uden for gruppen, "
    "og hver af dem kan kun besøge én og få ét besøg",
    "area": "området »{area}« har {size} af de {total} ledere; ingen må besøge en i eget "
    "område, og der er kun {others} uden for det",
    "stuck": "{names} kan ikke besøge nogen: alle andre er i samme gruppe eller samme "
    "område eller har allerede været parret med {them}",
    "least": "mindst {count} ville bryde reglerne ({why})",
    "why_group": "{n} i egen gruppe",
    "why_area": "{n} i eget område",
    "why_history": "{n} gentager et tidligere par",
    "visit": "besøg",
    "visits": "besøg",
}


class Visit(NamedTuple):
    """A leader's part in one pairing activity (pairs/<id>.yaml)."""

    title: str  # the activity's title
    visits: str | None  # whom the leader visits
    visited_by: str | None  # who visits the leader
    broken: str | None  # the pairs file, when it cannot be read
    when: str = ""  # 'marts – juni 2019', or the fixed day
    over: bool = False  # the activity is over: the visits are a record


class Leader(NamedTuple):
    name: str
    group: int
    area: str | None


class Made(NamedTuple):
    pairs: list[tuple[str, str]]  # (visitor, host), in the order of groups.yaml
    seed: int
    mutual: list[tuple[str, str]]  # pairs who visit each other: no other way was found


class Impossible(Exception):
    """The rules cannot all be met; `reason` says which and why (Danish)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def leaders_for(content: Content, activity: Activity) -> list[Leader]:
    """The leaders taking part in `activity`, in the order of groups.yaml."""
    names = participants(activity, content).names
    return [
        Leader(member.name, group.number, member.area)
        for group in content.groups
        for member in group.members
        if names is None or member.name in names
    ]


def history(content: Content, activity_id: str) -> set[frozenset[str]]:
    """Every pair recorded for another pairing activity, either direction."""
    return {
        frozenset((pair.visitor, pair.host))
        for pairing in content.pairings
        if pairing.meta.activity != activity_id
        for pair in pairing.meta.pairs
    }


def make(leaders: list[Leader], earlier: set[frozenset[str]], seed: int) -> Made:
    """Every leader visits one colleague and hosts one, by the rules (module docstring)."""
    import numpy as np
    from scipy.optimize import linear_sum_assignment

    if len(leaders) < 2:
        raise Impossible(TEXT["one"].format(name=leaders[0].name) if leaders else TEXT["none"])
    forbidden, _ = _forbidden(leaders, earlier)
    costs = np.random.RandomState(seed).random_sample((len(leaders), len(leaders)))
    cost = np.where(forbidden, np.inf, costs)
    try:
        _, chosen = linear_sum_assignment(cost)
    except ValueError:  # SciPy: "cost matrix is infeasible"
        raise Impossible(_why(leaders, earlier, costs)) from None
    for _ in range(ROUNDS):
        mutual = [(i, int(j)) for i, j in enumerate(chosen) if i < j and chosen[j] == i]
        if not mutual:
            break
        trial = cost.copy()
        for i, j in mutual:
            trial[j, i] = np.inf
        try:
            _, chosen = linear_sum_assignment(trial)
        except ValueError:
            break  # keep the last solution: it meets every rule
        cost = trial
    pairs = [(leaders[i].name, leaders[int(j)].name) for i, j in enumerate(chosen)]
    mutual_pairs = [
        (leaders[i].name, leaders[int(j)].name)
        for i, j in enumerate(chosen)
        if i < j and chosen[j] == i
    ]
    return Made(pairs, seed, mutual_pairs)


def update(
    leaders: list[Leader],
    recorded: Iterable[tuple[str, str]],
    earlier: set[frozenset[str]],
    seed: int,
) -> Made:
    """The recorded pairs kept where they still follow the rules, and only the leaders who
    need it (joined, left, or whose partner left) paired anew, with the fewest changes.

    One minimum-cost assignment: a recorded visit that still follows the rules costs 0,
    any other allowed visit 1 plus a little from the seed, and a new visit opposite a
    recorded one a little more again, so that two leaders visit each other only where
    every other way needs more changes. Together the littles stay below 1: they never
    outweigh one kept visit.
    """
    import numpy as np
    from scipy.optimize import linear_sum_assignment

    if len(leaders) < 2:
        raise Impossible(TEXT["one"].format(name=leaders[0].name) if leaders else TEXT["none"])
    n = len(leaders)
    forbidden, _ = _forbidden(leaders, earlier)
    index = {leader.name: i for i, leader in enumerate(leaders)}
    noise = np.random.RandomState(seed).random_sample((n, n))
    cost = 1.0 + noise * (0.1 / n)
    kept = [(index[v], index[h]) for v, h in recorded if v in index and h in index]
    for i, j in kept:
        cost[j, i] += 0.5 / n
    for i, j in kept:
        cost[i, j] = 0.0
    cost = np.where(forbidden, np.inf, cost)
    try:
        _, chosen = linear_sum_assignment(cost)
    except ValueError:  # SciPy: "cost matrix is infeasible"
        raise Impossible(_why(leaders, earlier, noise)) from None
    pairs = [(leaders[i].name, leaders[int(j)].name) for i, j in enumerate(chosen)]
    mutual = [
        (leaders[i].name, leaders[int(j)].name)
        for i, j in enumerate(chosen)
        if i < j and chosen[j] == i
    ]
    return Made(pairs, seed, mutual)


def changes(
    before: Iterable[tuple[str, str]], after: Iterable[tuple[str, str]]
) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """The visits `after` drops from `before`, and the ones it adds."""
    old, new = list(before), list(after)
    return [p for p in old if p not in set(new)], [p for p in new if p not in set(old)]


def _forbidden(leaders: list[Leader], earlier: set[frozenset[str]]) -> tuple[Any, Any]:
    """The n×n matrix of pairs the rules forbid (visitor row, host column), and the one of
    pairs only history forbids."""
    import numpy as np

    n = len(leaders)
    groups = np.array([leader.group for leader in leaders])
    areas = np.array([_area_key(leader, i) for i, leader in enumerate(leaders)])
    forbidden = (groups[:, None] == groups[None, :]) | (areas[:, None] == areas[None, :])
    np.fill_diagonal(forbidden, True)
    repeated = np.zeros((n, n), dtype=bool)
    if earlier:
        index = {leader.name: i for i, leader in enumerate(leaders)}
        for pair in earlier:
            found = [index[name] for name in pair if name in index]
            if len(found) == 2:
                a, b = found
                repeated[a, b] = repeated[b, a] = True
    return forbidden | repeated, repeated


def _area_key(leader: Leader, position: int) -> str:
    """The leader's area as compared (case, æ/ø/å ignored); a leader without one has a key
    of their own, so that no other leader shares it."""
    if leader.area and leader.area.strip():
        return "area:" + match_key(leader.area)
    return f"none:{position}"


def _why(leaders: list[Leader], earlier: set[frozenset[str]], costs: Any) -> str:
    """Which rules cannot all be met, and why, in plain Danish."""
    forbidden, repeated = _forbidden(leaders, earlier)
    reasons = [*_too_many_alike(leaders)]
    stuck = [leaders[i].name for i in range(len(leaders)) if forbidden[i].all()]
    if stuck:
        them = "dem" if len(stuck) > 1 else "vedkommende"
        reasons.append(TEXT["stuck"].format(names=joined(stuck), them=them))
    reasons.append(_least_broken(leaders, forbidden, repeated, costs))
    return "; ".join(reasons)


def _too_many_alike(leaders: list[Leader]) -> Iterator[str]:
    """A sparring group, then an area, that holds more than half of the leaders."""
    total = len(leaders)
    for number, size in sorted(Counter(leader.group for leader in leaders).items()):
        if size > total - size:
            yield TEXT["group"].format(group=number, size=size, total=total, others=total - size)
    # Areas compare as the rule compares them (case and æ/ø/å aside), named as first written.
    spelled: dict[str, str] = {}
    for i, leader in enumerate(leaders):
        spelled.setdefault(_area_key(leader, i), (leader.area or "").strip())
    areas = Counter(_area_key(leader, i) for i, leader in enumerate(leaders))
    for key, size in sorted(areas.items()):
        if key.startswith("area:") and size > total - size:
            yield TEXT["area"].format(
                area=spelled[key], size=size, total=total, others=total - size
            )


def _least_broken(leaders: list[Leader], forbidden: Any, repeated: Any, costs: Any) -> str:
    """The fewest visits that would break a rule, and which rules they break."""
    import numpy as np
    from scipy.optimize import linear_sum_assignment

    # Forbidden pairs priced so that any solution using fewer of them is cheaper than
    # every one using more. Nobody visits themselves, whatever else gives: with two or
    # more leaders some assignment always avoids that.
    priced = np.where(forbidden, costs + len(leaders), costs)
    np.fill_diagonal(priced, np.inf)
    _, chosen = linear_sum_assignment(priced)
    broken = [(i, int(j)) for i, j in enumerate(chosen) if forbidden[i, j]]
    same_group = sum(1 for i, j in broken if leaders[i].group == leaders[j].group)
    same_area = sum(
        1
        for i, j in broken
        if leaders[i].group != leaders[j].group
        and _area_key(leaders[i], i) == _area_key(leaders[j], j)
    )
    again = sum(1 for i, j in broken if repeated[i, j])
    why = [
        TEXT[key].format(n=n)
        for key, n in (("why_group", same_group), ("why_area", same_area), ("why_history", again))
        if n
    ]
    return TEXT["least"].format(
        count=count(len(broken), TEXT["visit"], TEXT["visits"]), why=", ".join(why)
    )


# --- the pairs recorded in the content ------------------------------------------------


def pairing_of(content: Content, activity_id: str) -> Pairs | None:
    """The pairs file of an activity (the first, if the content has two)."""
    return next((p for p in content.pairings if p.meta.activity == activity_id), None)


def broken_files(content: Content) -> dict[str, str]:
    """Pairs files that could not be read: the activity id (the file's name) → display path."""
    from pathlib import PurePath

    from felles.content.kinds import PAIRS

    found: dict[str, str] = {}
    for finding in content.findings:
        path = PurePath(finding.path)
        if path.parent.name == PAIRS.folder and path.suffix == ".yaml":
            found.setdefault(path.stem, finding.path)
    return found


def visits_of(content: Content, leader: str, today: date) -> Iterator[Visit]:
    """The leader's visits in every pairing activity that has pairs, in time order (those
    that are over too: they are the record of whom the leader has met)."""
    from felles.span_words import describe_span, range_words

    load_pairs(content)  # once: a second call reads nothing
    broken = broken_files(content)
    for occurrence in occurrences(content):
        activity = occurrence.activity
        if activity.who != "par":
            continue
        if leader in absent(content, activity):
            continue  # not a member while it takes place (plan/roster.py)
        start, end = occurrence.start, occurrence.end
        when = describe_span(start, end) if start.fixed else range_words(start, end)
        over = occurrence.is_over(today)
        if activity.id in broken:
            yield Visit(activity.title, None, None, broken[activity.id], when, over)
            continue
        found = pairing_of(content, activity.id)
        if found is None:
            continue
        yield Visit(activity.title, *_partners(found.meta.pairs, leader), None, when, over)


def _partners(pairs: Iterable[Any], leader: str) -> tuple[str | None, str | None]:
    visits = next((p.host for p in pairs if p.visitor == leader), None)
    visited_by = next((p.visitor for p in pairs if p.host == leader), None)
    return visits, visited_by
