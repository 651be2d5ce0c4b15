"""Calendar-aware warnings: holidays, weekends, overlaps, and what still needs planning.

Two kinds of check:
- about the calendar, always: a fixed-date activity on a Danish holiday (W501), a
  day many have off without it being a holiday (W511: grundlovsdag, the klemmedag), in
  a school holiday (W510, programme.yaml's `school_holidays`) or a weekend (W502), and
  two fixed-date activities at the same time for the same leaders (W503);
- about planning, only for what is not over at `today`: a seminar without a
  place (W504), and a shared activity that can begin within four weeks but has
  no fixed day yet (W505; for an activity the groups hold for themselves, counted
  group by group). A finished programme does not nag about its past.

A sparring group's own session (plan/sessions.py) is an event of its own, for the
group's members, and its findings stand at the session's `when`; every other finding
stands at the activity's `when` key. Babel is imported inside the
functions: only `felles validate` runs these checks.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from typing import Any, Final

from felles.content.load import Content
from felles.danish_days import long_day
from felles.findings import Finding
from felles.plan import holidays, sessions
from felles.plan.participants import Participants, participants
from felles.plan.schedule import Occurrence, occurrences
from felles.span_words import describe_span, range_words
from felles.words import group_numbers

# Activities longer than this are periods ("during these weeks"), not events:
# weekends and holidays naturally fall inside them.
MAX_EVENT_DAYS: Final = 7
PLANNING_HORIZON: Final = timedelta(weeks=4)
# Holiday names that are proper nouns keep their capital inside a sentence.
_PROPER: Final = ("Kristi ",)
# Words of findings (Danish), in one place.
TEXT: Final = {"groups": " for {count} af {total} grupper (sparringsgruppe {numbers})"}


def _interval(item: Occurrence) -> tuple[datetime, datetime]:
    """[start, end) in time; a whole day ends at the next midnight."""
    first = item.start.first
    if item.end.precision == "time":
        last = item.end.first
    else:
        last = datetime.combine(item.end.last.date() + timedelta(days=1), datetime.min.time())
    return first, max(last, first + timedelta(minutes=1))


def _days(item: Occurrence) -> list[date]:
    first, last = item.start.first.date(), item.end.last.date()
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


def _fixed(item: Occurrence) -> bool:
    return item.start.fixed and item.end.fixed


def check(content: Content, today: date, last: date | None = None) -> list[Finding]:
    """Every calendar-aware warning over the content, with `today` for the planning checks;
    with `last`, only those about what may fall between `today` and `last` (`felles
    status`)."""
    items = occurrences(content)
    events = _events(items)
    if last is not None:
        items = [o for o in items if not o.is_over(today) and o.touches(today, last)]
        events = [o for o in events if not o.is_over(today) and o.touches(today, last)]
    findings: list[Finding] = []
    findings += _holidays_and_weekends(content, events)
    findings += _overlaps(content, events)
    findings += _planning(content, items, today)
    return findings


def _events(items: list[Occurrence]) -> list[Occurrence]:
    """Every activity, and every sparring group's own session, in time order."""
    found = list(items)
    for item in items:
        found += sessions.of(item)
    return sorted(found, key=lambda item: item.sort_key)


def _who(content: Content, item: Occurrence) -> Participants:
    """Who takes part: a session's group; an activity with sessions, the groups without one."""
    who = participants(item.activity, content)
    if item.group is not None:
        return who._replace(names=frozenset(content.members(item.group)))
    own = {session.group for session in item.activity.sessions}
    if item.activity.who != "grupper" or not own:
        return who
    rest = [g for g in sessions.holding(content, item.activity) if g not in own]
    return who._replace(names=frozenset(n for g in rest for n in content.members(g)))


def _at(content: Content, item: Occurrence, code: str, **params: Any) -> Finding:
    line, col = content.where(item.phase.display, (*item.loc, "when"))
    return Finding(item.phase.display, line, col, code, {"title": item.label, **params})


def _holidays_and_weekends(content: Content, items: list[Occurrence]) -> Iterator[Finding]:
    events = [item for item in items if _fixed(item) and len(_days(item)) <= MAX_EVENT_DAYS]
    if not events:
        return
    schools = holidays.school(content.programme)
    for item in events:
        found = [(day, holidays.kind(day, schools)) for day in _days(item)]
        holiday, day = _named(found, "holiday")
        if holiday:
            yield _at(content, item, "W501", holiday=holiday, day=day)
        holiday, day = _named(found, "day_off")
        if holiday:
            yield _at(content, item, "W511", holiday=holiday, day=day)
        holiday, day = _named(found, "school")
        if holiday:
            yield _at(content, item, "W510", holiday=holiday, day=day)
        weekend = [day for day in _days(item) if day.weekday() >= 5]
        if weekend:
            yield _at(content, item, "W502", day=", ".join(long_day(day) for day in weekend))


def _named(
    found: list[tuple[date, tuple[holidays.Kind, str] | None]], kind: holidays.Kind
) -> tuple[str, str]:
    """The names and the days of one kind of day off among `found` ('', '' for none)."""
    days = [(day, sort[1]) for day, sort in found if sort is not None and sort[0] == kind]
    names = dict.fromkeys(_holiday_name(name) for _, name in days)
    return ", ".join(names), ", ".join(long_day(day) for day, _ in days)


def _holiday_name(name: str) -> str:
    """'Juledag' → 'juledag' inside a sentence; 'Kristi himmelfartsdag' keeps its capital."""
    parts = [part.strip() for part in name.split(";")]
    return "; ".join(
        part if part.startswith(_PROPER) else part[:1].lower() + part[1:] for part in parts
    )


def _overlaps(content: Content, items: list[Occurrence]) -> Iterator[Finding]:
    fixed = sorted((item for item in items if _fixed(item)), key=lambda item: _interval(item)[0])
    takes_part = {id(item): _who(content, item) for item in fixed}
    # A sweep over the activities still running when the next one starts; each
    # activity is reported once, against the first it collides with, so a day of
    # a thousand clashes gives a thousand findings, not half a million.
    running: list[Occurrence] = []
    for later in fixed:
        later_start, _ = _interval(later)
        running = [item for item in running if later_start < _interval(item)[1]]
        earlier = next(
            (item for item in running if takes_part[id(item)].meets(takes_part[id(later)])),
            None,
        )
        running.append(later)
        if earlier is None:
            continue
        line, _ = content.where(earlier.phase.display, (*earlier.loc, "when"))
        yield _at(
            content,
            later,
            "W503",
            other=earlier.label,
            other_when=describe_span(earlier.start, earlier.end),
            other_where=f"{earlier.phase.display}:{line}",
        )


def _planning(content: Content, items: list[Occurrence], today: date) -> Iterator[Finding]:
    horizon = today + PLANNING_HORIZON
    for item in items:
        if item.is_over(today):
            continue
        activity = item.activity
        if activity.type == "seminar" and not (activity.place or "").strip():
            yield _at(content, item, "W504", when=describe_span(item.start, item.end))
        if activity.who not in ("alle", "grupper"):
            continue  # each leader (or pair) plans their own
        missing = sessions.needs_date(content, item, today, horizon)
        if not missing:
            continue
        groups = ""
        if activity.sessions:
            total = len(sessions.holding(content, activity))
            groups = TEXT["groups"].format(
                count=len(missing), total=total, numbers=group_numbers(missing)
            )
        yield _at(content, item, "W505", window=range_words(item.start, item.end), groups=groups)
