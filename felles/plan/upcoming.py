"""What is coming up: the next occurrences, what still needs a date, and a leader's next step.

Plain logic for `felles next`, `felles status` and the site's "Det næste": data in, data
out, `today` always a parameter. `upcoming()` is the one place that decides what is next.

The answer has two parts. First what happens, in time order: every occurrence with a day (or
a time) that is not over, an activity for all and each sparring group's own session alike,
at most `count` of them; one that started before today and has not ended is running
("i gang"). Then the activities whose window is open or opens within the horizon and that
still lack a day ("Mangler dato"): for an activity the groups hold for themselves, while a
group still has no day of its own. A dated occurrence is never pushed out by an undated one.
An individual step (a preparation, a milestone, a leader's or a pair's own) has no common
date: it is listed without a warning, a preparation beside what it prepares. The warning
counts only what a coordinator can fix: one for all, or a group's, due in four weeks.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Final, Literal, NamedTuple, get_args

from felles import danish_days, dates, names, span_words
from felles.content import model
from felles.content.load import Content, Phase
from felles.errors import UsageError
from felles.plan import schedule, sessions
from felles.plan.participants import WHO, participants
from felles.plan.roster import check_group, find_leader
from felles.plan.schedule import Occurrence

if TYPE_CHECKING:
    from felles.plan.leader import LeaderStep  # imported for --leader only

Status = Literal["kommende", "i gang", "ikke fastlagt"]  # also `next --json`'s status
COMING: Final[Status] = "kommende"
STARTED: Final[Status] = "i gang"
UNDATED: Final[Status] = "ikke fastlagt"  # no day yet

WARN_DAYS: Final = 28  # "the next four weeks", today included
# Who a coordinator gives a common date: everybody together, or each group on its own.
COMMON: Final = ("alle", "grupper")


def is_common(activity: model.Activity) -> bool:
    """Does a coordinator (not each leader or pair) give this activity its date?"""
    return activity.who in COMMON


def activity_types() -> tuple[str, ...]:
    """Every activity type the content model knows, in its order."""
    return tuple(str(value) for value in get_args(model.ActivityType))


# Values are NamedTuples: they cost a quarter of a frozen dataclass to define, and
# this module is imported on every run of `felles next`.
class Filters(NamedTuple):
    """What to show; None means no restriction."""

    group: int | None = None
    goal: str | None = None
    type: str | None = None
    leader: str | None = None  # an exact name from groups.yaml
    until: date | None = None
    undated: bool = False  # only what the warning counts (common, no day, within 4 weeks)


class Item(NamedTuple):
    """One activity ahead, with everything `felles next` shows about it."""

    occurrence: Occurrence
    status: Status
    days_until: int | None  # None when the day is not fixed; negative while running
    week: int | None  # ISO week of the start, None when not fixed
    end_week: int | None
    goal: model.Goal | None
    participants: str
    groups: tuple[int, ...]
    group_dates: sessions.Summary | None = None  # the groups' own dates (programme view)
    prepared_by: tuple[str, ...] = ()  # titles of undated steps that lead to it (Mangler dato)
    labelled: bool = False  # one group's session in the programme's view: name the group

    @property
    def title(self) -> str:
        """The title as listed: a group's session in the programme's view names the group."""
        return self.occurrence.label if self.labelled else self.occurrence.title

    @property
    def common(self) -> bool:
        """A date a coordinator fixes (see `is_common`)."""
        return is_common(self.activity)

    @property
    def activity(self) -> model.Activity:
        return self.occurrence.activity

    @property
    def phase(self) -> Phase:
        return self.occurrence.phase

    @property
    def when_text(self) -> str:
        """'tors. 8. nov. 2018 kl. 12.00 – fre. 9. nov. kl. 12.00' or 'dato ikke fastlagt (…)'."""
        return span_words.describe_span(self.occurrence.start, self.occurrence.end)

    @property
    def week_text(self) -> str | None:
        if self.week is None:
            return None
        if self.end_week is not None and self.end_week != self.week:
            return dates.TEXT["weeks"].format(week=self.week, last=self.end_week)
        return dates.TEXT["week"].format(week=self.week)

    def relative(self, today: date) -> str | None:
        """'om 7 dage', 'i dag', 'i gang'; None when the day is not fixed."""
        if self.status == STARTED:
            return STARTED
        if self.days_until is None:
            return None
        return danish_days.relative_days(today + timedelta(days=self.days_until), today)


class GroupStep(NamedTuple):
    """A sparring group's members and when it next meets on its own (`next --group`)."""

    number: int
    members: tuple[str, ...]
    meets: Occurrence | None  # its first activity for itself not over, at its own date


@dataclass(eq=False, repr=False)
class Upcoming:
    today: date
    until: date | None = None
    items: list[Item] = field(default_factory=list)  # dated, in time order
    needs_date: list[Item] = field(default_factory=list)  # without a day, open in the horizon
    undated_soon: list[Item] = field(default_factory=list)  # what the warning counts
    ahead: int = 0  # activities ahead that match the filters, ignoring --until and N
    ahead_any: int = 0  # activities ahead in the whole programme
    last: Item | None = None  # the last activity with a fixed date (for "nothing ahead")
    first_after_until: Item | None = None  # the next one after --until, if any
    step: LeaderStep | None = None
    group: GroupStep | None = None  # with --group (a leader's group is in `step`)
    running: Phase | None = None  # an open-ended phase running with nothing planned ahead


def upcoming(
    content: Content,
    today: date,
    count: int,
    filters: Filters,
    content_dir: Path,
    horizon: date | None = None,
) -> Upcoming:
    """The next `count` dated occurrences from `today` that match `filters`, then what still
    needs a date by `horizon` (--until, else four weeks); see the module docstring."""
    group = filters.group if filters.leader is None else content.leaders()[filters.leader]
    every, events = _seen_by(content, group)
    matching = [o for o in every if _matches(o, content, filters)]
    ahead = [o for o in matching if not o.is_over(today)]
    result = Upcoming(today, filters.until, ahead=len(ahead))
    result.ahead_any = sum(1 for o in every if not o.is_over(today))
    dated, later = _dated(content, events, today, filters)
    if later:
        result.first_after_until = _item(later[0], content, today, group)
    soon = _undated_soon(content, ahead, today, group)
    if filters.undated:
        result.items = [_item(o, content, today, group) for o in soon[:count]]
    else:
        result.items = [_item(o, content, today, group) for o in dated[:count]]
        result.undated_soon = [_item(o, content, today, group) for o in soon]
        last_day = horizon or filters.until or today + timedelta(days=WARN_DAYS)
        result.needs_date = _needs_date(
            content, ahead, events, result.items, today, last_day, group
        )
    return _rest(result, content, today, group, filters, content_dir, matching, every)


def _seen_by(content: Content, group: int | None) -> tuple[list[Occurrence], list[Occurrence]]:
    """Every occurrence, and what happens on a day: for a group, each activity at the group's
    own date (both the same); else every activity, and every group's own session with a day."""
    every = schedule.occurrences(content)
    if group is not None:
        every = sessions.for_group(every, group)
        return every, every
    return every, sessions.calendar(content, every, None)


def _dated(
    content: Content, events: list[Occurrence], today: date, filters: Filters
) -> tuple[list[Occurrence], list[Occurrence]]:
    """What happens on a day ahead and matches `filters`, in time order: up to --until, and
    after it."""
    dated = [o for o in events if o.fixed and not o.is_over(today)]
    dated = [o for o in dated if _matches(o, content, filters)]
    if filters.until is None:
        return dated, []
    until = filters.until
    later = [o for o in dated if o.start.first.date() > until]
    return [o for o in dated if o.start.first.date() <= until], later


def _undated_soon(
    content: Content, ahead: list[Occurrence], today: date, group: int | None
) -> list[Occurrence]:
    """What the warning counts: a common activity ahead without a day that can fall in the
    next four weeks."""
    warn_last = today + timedelta(days=WARN_DAYS)
    return [
        o for o in ahead if is_common(o.activity) and _lacks(content, o, today, warn_last, group)
    ]


def _needs_date(
    content: Content, ahead: list[Occurrence], events: list[Occurrence], dated: list[Item],
    today: date, last_day: date, group: int | None,
) -> list[Item]:  # fmt: skip
    """What still needs a day and is open by `last_day` ("Mangler dato"), a preparation
    folded into what it prepares (see `_folded`)."""
    lacking = [o for o in ahead if o.start.first.date() <= last_day]
    open_ = [o for o in lacking if _lacks(content, o, today, None, group)]
    going = {o.activity.id for o in events if not o.is_over(today)}
    return _folded(open_, dated, going, content, today, group)


def _lacks(
    content: Content, o: Occurrence, today: date, last: date | None, group: int | None
) -> bool:
    """Has `o` no day yet: seen for one `group`, its own; else for any group that holds it.
    With `last`, only when it can fall between today and `last`."""
    if group is not None or o.group is not None or o.activity.who != "grupper":
        return not o.fixed and (last is None or o.touches(today, last))
    if last is None:
        found = sessions.summary(content, o, today)
        return found is not None and bool(found.undated)
    return bool(sessions.needs_date(content, o, today, last))


def _folded(
    found: list[Occurrence],
    dated: list[Item],
    going: set[str],
    content: Content,
    today: date,
    group: int | None,
) -> list[Item]:
    """The undated items, a preparation folded into the activity it prepares when that is
    listed (dated or not), and left out when what it prepares is over (`going`: the ids of
    the activities not over, for some group)."""
    shown = {item.activity.id for item in dated} | {o.activity.id for o in found}
    beside: dict[str, list[str]] = {}
    kept = []
    for o in found:
        target = o.activity.prepares
        if target is not None and target in shown:
            beside.setdefault(target, []).append(o.activity.title)
            continue
        if target is not None and target not in going:
            continue
        kept.append(o)
    return [
        _item(o, content, today, group)._replace(prepared_by=tuple(beside.get(o.activity.id, ())))
        for o in kept
    ]


def _rest(
    result: Upcoming,
    content: Content,
    today: date,
    group: int | None,
    filters: Filters,
    content_dir: Path,
    matching: list[Occurrence],
    every: list[Occurrence],
) -> Upcoming:
    """What nothing ahead, a leader or a group add to the answer."""
    if not result.ahead:
        result.running = running_phase(content, today)
        pool = [o for o in (matching or every) if o.fixed]
        if pool:
            last = max(pool, key=lambda o: (o.end.last, o.order))
            result.last = _item(last, content, today, group)
    if filters.leader is not None:
        from felles.plan.leader import leader_step

        result.step = leader_step(content, filters.leader, today, content_dir)
    elif filters.group is not None:
        # In programme order: a group meets for its second workshop after its first.
        ahead_own = [o for o in sessions.group_plan(content, filters.group) if not o.is_over(today)]
        members = tuple(content.members(filters.group))
        result.group = GroupStep(filters.group, members, ahead_own[0] if ahead_own else None)
    return result


def running_phase(content: Content, today: date) -> Phase | None:
    """A phase without an end that has begun by `today` (phase 5, 'fra 2020')."""
    for phase in sorted(content.phases, key=lambda p: p.meta.number):
        period = phase.meta.period
        if period.end is not None:
            continue
        try:
            begun = dates.parse_when(period.start).first.date() <= today
        except ValueError:
            continue
        if begun:
            return phase
    return None


def _matches(occurrence: Occurrence, content: Content, filters: Filters) -> bool:
    activity = occurrence.activity
    if filters.type is not None and activity.type != filters.type:
        return False
    if filters.goal is not None and not _has_goal(occurrence, content, filters.goal):
        return False
    if filters.group is None and filters.leader is None:
        return True
    who = participants(activity, content)
    if filters.group is not None and not who.involves(content, group=filters.group):
        return False
    return filters.leader is None or who.involves(content, leader=filters.leader)


def _has_goal(occurrence: Occurrence, content: Content, goal_id: str) -> bool:
    if occurrence.phase.meta.goal == goal_id:
        return True
    goal = content.goal(goal_id)
    themes = {theme.id for theme in goal.themes} if goal else set()
    return bool(themes & set(occurrence.activity.themes))


def _item(occurrence: Occurrence, content: Content, today: date, group: int | None) -> Item:
    """One occurrence as `felles next` shows it (for one `group`: only that group's dates)."""
    start, end = occurrence.start, occurrence.end
    if not occurrence.fixed:
        status: Status = UNDATED
        days, week, end_week = None, None, None
    else:
        first = start.first.date()
        status = STARTED if first < today else COMING
        days = (first - today).days
        week = first.isocalendar().week
        end_week = end.first.date().isocalendar().week if end.fixed else None
    who = participants(occurrence.activity, content)
    text, groups = who.text, who.groups
    if occurrence.group is not None:  # one group's own session
        text, groups = WHO["some_groups"].format(numbers=occurrence.group), (occurrence.group,)
    elif group is not None and occurrence.activity.who == "grupper":  # the group's, undated
        text = WHO["some_groups"].format(numbers=group)
    return Item(
        occurrence,
        status,
        days,
        week,
        end_week,
        content.goal(occurrence.phase.meta.goal),
        text,
        groups,
        sessions.summary(content, occurrence, today) if group is None else None,
        labelled=group is None and occurrence.group is not None,
    )


def make_filters(
    content: Content,
    start: date,
    until: date | None,
    *,
    group: int | None = None,
    goal: str | None = None,
    activity_type: str | None = None,
    leader: str | None = None,
    undated: bool = False,
) -> Filters:
    """What the user asked for, checked against the content (UsageError with suggestions)."""
    if until is not None and until < start:
        raise UsageError(
            "U014", {"until": danish_days.short_day(until), "start": danish_days.short_day(start)}
        )
    if group is not None:
        check_group(content, group)
    if goal is not None:
        ids = [g.id for g in content.goals]
        matched_goal, close = names.find_name(goal, ids)
        if matched_goal is None:
            hint = names.suggestion(close)
            raise UsageError("U011", {"goal": goal, "hint": hint, "known": ", ".join(ids)})
        goal = matched_goal
    if activity_type is not None:
        types = activity_types()
        matched, _ = names.find_name(activity_type, types)
        if matched is None:
            raise UsageError("U012", {"value": activity_type, "known": ", ".join(types)})
        activity_type = matched
    if leader is not None:
        leader = find_leader(content, leader)
    return Filters(group, goal, activity_type, leader, until, undated)
