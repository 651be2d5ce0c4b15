"""What needs the coordinator on a day: the questions behind `felles status`.

Every part asks the queries the other commands ask, so `status` never disagrees with them:
what happens in the next 14 days and what still needs a date are `upcoming.upcoming()`
(the same function as `felles next` and the site), a group's workshops are
`leader.held()` (as `grundlag status`), the pairs are `plan/pairs.py`.

Behind with the ledelsesgrundlag is a rule over the content, not over ids: the group's
workshops (its `type: workshop` activities, in the programme's order, at its own dates)
each take the draft one status further (`leader.WORKSHOPS_DONE`: drøftet after the
first, kvalificeret after the second, trænet after the third). A leader whose group has
held workshop N and whose draft has not reached the status workshop N leads to (or who
has no draft) is behind. The milestone of the phase that holds the workshops (its
`type: milepæl` activity, "udkommer") is a deadline: the day before the first seminar
with a fixed day from the milestone's window on (or the milestone's own last day, if
earlier or if there is no such seminar). Once it has passed, every unpublished draft
is behind.

A survey round opens on the first day of its phase (`moment: start`) or of the last
month of its phase (`moment: slut`): within the next 14 days it is named as opening, and
from that day on it is due until its answers are imported.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Final, NamedTuple

from felles.content.load import Content, Phase
from felles.content.model import STATUSES
from felles.dates import When, parse_when
from felles.plan import leader, progress, upcoming
from felles.plan.schedule import Occurrence, occurrences

SOON_DAYS: Final = 14  # "De næste 14 dage", today included
MISSING_DAYS: Final = 42  # six weeks: a group activity whose window closes by then
WARN_DAYS: Final = 56  # eight weeks: the validate warnings shown
MANY: Final = 10_000  # every dated occurrence in the 14 days


class Missing(NamedTuple):
    """An activity that still needs a date from the coordinator."""

    item: upcoming.Item  # in the programme's view, with the groups' dates
    groups: tuple[int, ...]  # the groups without a day; () for an activity for all


class Behind(NamedTuple):
    """A leader whose draft is behind what the group has done, or past the deadline."""

    leader: str
    group: int
    status: str  # a draft status, progress.MISSING or progress.BROKEN
    words: int | None  # the words the leader wrote (0: the draft is empty)
    workshop: Occurrence | None  # the group's last held workshop the draft is behind
    expected: str | None  # the status that workshop leads to
    deadline: Deadline | None  # the "udkommer" deadline, when it has passed


class Deadline(NamedTuple):
    milestone: Occurrence
    day: date  # the last day to publish on
    before: Occurrence | None  # the seminar the drafts are due before


class PairsDue(NamedTuple):
    """A pairing activity whose window has opened, without pairs or with leaders left out."""

    occurrence: Occurrence
    no_file: bool
    broken: str | None  # the pairs file that cannot be read
    without_visit: tuple[str, ...]  # leaders who visit nobody or are visited by nobody


class Round(NamedTuple):
    """A survey round and the day it opens."""

    id: str
    title: str
    opens: When  # the first day of its phase (start) or of the phase's last month (slut)
    phase: Phase


class Desk(NamedTuple):
    today: date
    soon: list[upcoming.Item]
    missing: list[Missing]
    behind: list[Behind]
    pairs: list[PairsDue]
    rounds: list[Round]  # due and not imported
    opening: list[Round]  # opening within the 14 days


def desk(content: Content, today: date, imported: list[str] | None = None) -> Desk:
    """Everything that needs the coordinator on `today`; `imported`: the survey rounds whose
    answers are in the data folder."""
    return Desk(
        today,
        soon(content, today),
        missing(content, today),
        behind(content, today),
        pairs_due(content, today),
        [
            r
            for r in rounds(content)
            if r.opens.first.date() <= today and r.id not in (imported or [])
        ],
        [r for r in rounds(content) if today < r.opens.first.date() <= _last(today)],
    )


def _last(today: date) -> date:
    """The last of the 14 days from `today`."""
    return today + timedelta(days=SOON_DAYS - 1)


def soon(content: Content, today: date) -> list[upcoming.Item]:
    """Every dated occurrence in the next 14 days, as `felles next --until` lists them."""
    filters = upcoming.Filters(until=_last(today))
    return upcoming.upcoming(content, today, MANY, filters, content.dir.path).items


def missing(content: Content, today: date) -> list[Missing]:
    """Group activities whose window closes within six weeks (its last month begins by then)
    with the groups that have no day; activities for all with only a month."""
    last = today + timedelta(days=MISSING_DAYS)
    found = upcoming.upcoming(
        content, today, 1, upcoming.Filters(), content.dir.path, horizon=last
    ).needs_date
    result = []
    for item in found:
        if not item.common:
            continue
        dates = item.group_dates
        if dates is None:  # an activity for all
            result.append(Missing(item, ()))
        elif dates.undated and item.occurrence.end.first.date() <= last:
            result.append(Missing(item, dates.undated))
    return result


def deadline(content: Content) -> Deadline | None:
    """The day the drafts are due (see the module docstring); None without a milestone."""
    every = occurrences(content)
    phases = {o.phase.meta.id for o in every if _group_workshop(o)}
    milestone = next(
        (o for o in every if o.activity.type == "milepæl" and o.phase.meta.id in phases), None
    )
    if milestone is None:
        return None
    own = milestone.end.last.date()
    if milestone.fixed:
        return Deadline(milestone, own, None)
    begins = milestone.start.first.date()
    seminar = next(
        (
            o
            for o in every
            if o.activity.type == "seminar" and o.fixed and o.start.first.date() >= begins
        ),
        None,
    )
    if seminar is None:
        return Deadline(milestone, own, None)
    before = seminar.start.first.date() - timedelta(days=1)
    return Deadline(milestone, min(before, own), seminar if before <= own else None)


def _group_workshop(o: Occurrence) -> bool:
    return leader.is_workshop(o.activity) and o.activity.who == "grupper"


def behind(content: Content, today: date) -> list[Behind]:
    """The leaders whose draft is behind, in the order of groups.yaml (the rule is in the
    module docstring)."""
    rows = progress.progress(content, {})
    held = leader.held(content, today)
    due = deadline(content)
    passed = due if due is not None and today > due.day else None
    found = []
    for row in rows:
        done = [o for o, state in held.get(row.group, []) if state == "held"]
        reached = leader.WORKSHOPS_DONE.get(row.status, -1)
        workshop, expected = None, None
        if done and reached < len(done):
            workshop = done[-1]
            expected = _status_after(len(done))
        late = passed if passed is not None and row.status != "udgivet" else None
        if workshop is not None or late is not None:
            found.append(
                Behind(row.leader, row.group, row.status, row.words, workshop, expected, late)
            )
    return found


def _status_after(workshops: int) -> str:
    """The first status a draft has after `workshops` workshops (drøftet after one …)."""
    return next(s for s in STATUSES if leader.WORKSHOPS_DONE[s] >= workshops)


def pairs_due(content: Content, today: date) -> list[PairsDue]:
    """Pairing activities (who: par) whose window has opened and is not over: without a pairs
    file, with one that cannot be read, or with leaders who visit or are visited by no one."""
    from felles.content.load import load_pairs
    from felles.plan import pairs

    load_pairs(content)
    broken = pairs.broken_files(content)
    found = []
    for o in occurrences(content):
        if o.activity.who != "par" or o.is_over(today) or o.start.first.date() > today:
            continue
        if o.activity.id in broken:
            found.append(PairsDue(o, False, broken[o.activity.id], ()))
            continue
        made = pairs.pairing_of(content, o.activity.id)
        if made is None:
            found.append(PairsDue(o, True, None, ()))
            continue
        visitors = {p.visitor for p in made.meta.pairs}
        hosts = {p.host for p in made.meta.pairs}
        left = tuple(
            one.name
            for one in pairs.leaders_for(content, o.activity)
            if one.name not in visitors or one.name not in hosts
        )
        if left:
            found.append(PairsDue(o, False, None, left))
    return found


def rounds(content: Content) -> list[Round]:
    """Every survey round whose phase has dates that read, with the day it opens."""
    survey = content.survey
    if survey is None:
        return []
    phases = {phase.meta.id: phase for phase in content.phases}
    found = []
    for entry in survey.rounds:
        phase = phases.get(entry.phase)
        if phase is None:
            continue  # `felles validate` reports the reference
        period = phase.meta.period
        text = period.start if entry.moment == "start" else period.end
        if text is None:
            continue  # an open phase has no end to survey at
        try:
            opens = parse_when(text)
        except ValueError:
            continue
        found.append(Round(entry.id, entry.title, opens, phase))
    return sorted(found, key=lambda r: r.opens.first)
