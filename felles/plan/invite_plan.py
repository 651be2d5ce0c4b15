"""Who gets which calendar invitation (iTIP, RFC 5546), given what was sent before.

An event is an activity for all, or one sparring group's own session, with a fixed day:
the events of `felles export ics`, under the same UIDs (`uid`). What the attendees saw
of it (its `Slot`: title, start, end, place) has a digest; the sent record
(invitations.yaml, `content.invitations`) keeps, per event, the SEQUENCE, the digest and
what each recipient last got. `plan` compares the two:

- a new event: REQUEST with SEQUENCE 0 to every attendee;
- a changed time, place or title: REQUEST with SEQUENCE + 1 to every attendee;
- unchanged: REQUEST only to an attendee who has not got this SEQUENCE yet (a leader
  who joined, or a message a failed run did not get out);
- a leader no longer among an event's attendees: CANCEL to that leader only;
- an event gone from the content: CANCEL (SEQUENCE + 1) to everyone who had it.

`record` applies one accepted message to the record, so a run that stops midway leaves
a record from which the next run sends exactly what is missing, never the same SEQUENCE
twice. Pairs' visits have no day of their own in the content (pairs/*.yaml says who
visits whom, not when), so a `who: par` activity is one event for its participants.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from datetime import date
from typing import TYPE_CHECKING, Final, NamedTuple

from felles.content.load import Content
from felles.plan.participants import participants
from felles.plan.schedule import Occurrence

if TYPE_CHECKING:
    from collections.abc import Callable

    from felles.content.invitations_model import Invitations, Recipient, SentEvent

REQUEST: Final = "REQUEST"
CANCEL: Final = "CANCEL"


class Person(NamedTuple):
    name: str
    email: str | None


if TYPE_CHECKING:
    # Is a person (of an event, recorded or not) someone this run writes to?
    _Within = Callable[[Person, SentEvent | None], bool]


class Slot(NamedTuple):
    """What the attendees see of an event: a change of any of it raises the SEQUENCE."""

    title: str
    start: str  # '2018-08-23 13:00' (local time) or '2018-08-23' (all day)
    end: str | None  # the same form; for a day, the last day (inclusive)
    place: str | None

    @property
    def timed(self) -> bool:
        return " " in self.start

    @property
    def last(self) -> date:
        """The last day of the event."""
        return date.fromisoformat((self.end or self.start)[:10])

    def digest(self) -> str:
        text = json.dumps(list(self), ensure_ascii=False)
        return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


class Event(NamedTuple):
    uid: str
    activity: str
    group: int | None
    slot: Slot
    attendees: tuple[Person, ...]  # everyone taking part, in the order of groups.yaml
    occurrence: Occurrence | None  # None for an event known only from the record


class Message(NamedTuple):
    method: str  # REQUEST or CANCEL
    event: Event
    sequence: int
    to: Person  # the recipient (with an address)
    attendees: tuple[Person, ...]  # the ATTENDEE lines (with addresses)
    whole: bool  # about the event as a whole (False: one attendee is cancelled)
    update: bool = False  # a REQUEST after an earlier sequence


class Scope(NamedTuple):
    activity: str | None = None
    group: int | None = None
    leader: str | None = None


class Plan(NamedTuple):
    messages: list[Message]
    missing: list[Person]  # in scope, would get a message, but have no address


def uid(occurrence: Occurrence, programme_id: str) -> str:
    """Stable for an activity, and for each group's session of it."""
    if occurrence.group is not None:
        return f"{occurrence.activity.id}.gruppe-{occurrence.group}@{programme_id}.felles"
    return f"{occurrence.activity.id}@{programme_id}.felles"


def slot(occurrence: Occurrence) -> Slot:
    """The event's title, time and place as a calendar shows them (see render/ics.py)."""
    start, end = occurrence.start, occurrence.end
    if start.precision == "time" and end.precision == "time":
        first = start.first.strftime("%Y-%m-%d %H:%M")
        last = end.first.strftime("%Y-%m-%d %H:%M") if end.first > start.first else None
    else:
        day = start.first.date()
        last_day = max(end.first.date() if end.fixed else day, day)
        first, last = day.isoformat(), last_day.isoformat()
    return Slot(occurrence.label, first, last, occurrence.place)


def people(content: Content) -> dict[str, Person]:
    """Every leader with their address (None when groups.yaml gives none), by name."""
    found: dict[str, Person] = {}
    for group in content.groups:
        for member in group.members:
            found.setdefault(member.name, Person(member.name, member.email))
    return found


def event(content: Content, occurrence: Occurrence, everyone: dict[str, Person]) -> Event:
    """The occurrence (with a fixed day) as an event with its attendees."""
    programme_id = content.programme.id if content.programme else "felles"
    names = participants(occurrence.activity, content).names
    if occurrence.group is not None:
        members = content.members(occurrence.group)
        chosen = [n for n in members if names is None or n in names]
    else:
        chosen = [n for n in everyone if names is None or n in names]
    attendees = tuple(everyone[n] for n in chosen if n in everyone)
    return Event(
        uid(occurrence, programme_id),
        occurrence.activity.id,
        occurrence.group,
        slot(occurrence),
        attendees,
        occurrence,
    )


def events(content: Content, chosen: Iterable[Occurrence]) -> list[Event]:
    """The occurrences with a fixed day as events, in the order given."""
    everyone = people(content)
    return [event(content, o, everyone) for o in chosen if o.fixed]


def sequence(recorded: SentEvent | None, current: Slot) -> int:
    """The SEQUENCE the event carries now: 0 when never sent, the recorded one while the
    attendees have seen this slot, one more after a change (or a cancellation)."""
    if recorded is None:
        return 0
    if recorded.cancelled or recorded.digest != current.digest():
        return _top(recorded) + 1
    return recorded.sequence


def _top(recorded: SentEvent) -> int:
    """The highest SEQUENCE anyone got for the event (a leader who came back after a
    cancellation may hold one above the event's)."""
    return max([recorded.sequence, *(r.sequence for r in recorded.recipients)])


def sequences(content: Content, every: Iterable[Event]) -> dict[str, int]:
    """Each event's SEQUENCE by UID (for `felles export ics`)."""
    sent = _by_uid(content.invitations)
    return {e.uid: sequence(sent.get(e.uid), e.slot) for e in every}


def plan(
    content: Content,
    chosen: list[Event],
    every: Iterable[str],
    scope: Scope,
    since: date | None = None,
) -> Plan:
    """The messages to send for the `chosen` events and for the recorded events no longer in
    the content (`every`: the UIDs of every event the content has now), within `scope`;
    with `since`, only for events that end on that day or later."""
    sent = _by_uid(content.invitations)
    within = _within(content, scope)
    messages: list[Message] = []
    missing: dict[str, Person] = {}
    for current in chosen:
        if since is not None and current.slot.last < since:
            continue
        recorded = sent.get(current.uid)
        number = sequence(recorded, current.slot)
        messages.extend(_requests(current, recorded, number, within, missing))
        if recorded is not None:
            messages.extend(_cancellations(current, recorded, number, within))
    present = set(every)
    for recorded in sent.values():
        if recorded.uid in present or (scope.activity and recorded.activity != scope.activity):
            continue
        messages.extend(_gone(recorded, within, since))
    return Plan(messages, list(missing.values()))


def _requests(
    current: Event,
    recorded: SentEvent | None,
    number: int,
    within: _Within,
    missing: dict[str, Person],
) -> Iterator[Message]:
    """REQUEST to each attendee who has not got SEQUENCE `number` (or was cancelled since);
    an attendee without an address goes into `missing`."""
    got = _got(recorded)
    addressed = tuple(p for p in current.attendees if p.email)
    for person in current.attendees:
        if not within(person, recorded):
            continue
        if not person.email:
            missing.setdefault(person.name, person)
            continue
        last = got.get(person.email.casefold())
        if last is None or last.sequence < number:
            update = last is not None and not last.cancelled
            yield Message(REQUEST, current, number, person, addressed, True, update)
        elif last.cancelled:  # back after a cancellation: above the one they got
            own = last.sequence + 1
            yield Message(REQUEST, current, own, person, addressed, own == number)


def _cancellations(
    current: Event, recorded: SentEvent, number: int, within: _Within
) -> Iterator[Message]:
    """CANCEL to each recipient of the event who is no longer among its attendees."""
    staying = {p.email.casefold() for p in current.attendees if p.email}
    # Still taking part, only without an address now: named as missing, not cancelled.
    unaddressed = {p.name for p in current.attendees if not p.email}
    for gone in recorded.recipients:
        person = Person(gone.name or gone.email, gone.email)
        if gone.cancelled or gone.email.casefold() in staying or gone.name in unaddressed:
            continue
        if within(person, recorded):  # never below what the leader last got
            own = max(number, gone.sequence)
            yield Message(CANCEL, current, own, person, (person,), False)


def _gone(recorded: SentEvent, within: _Within, since: date | None) -> Iterator[Message]:
    """CANCEL to everyone who had an event that is gone from the content."""
    old = _recorded_event(recorded)
    if since is not None and old.slot.last < since:
        return
    number = recorded.sequence if recorded.cancelled else _top(recorded) + 1
    left = [r for r in recorded.recipients if not r.cancelled]
    attendees = tuple(Person(r.name or r.email, r.email) for r in left)
    for person in attendees:
        if within(person, recorded):
            yield Message(CANCEL, old, number, person, attendees, True)


def record(invitations: Invitations, message: Message) -> None:
    """Write one message the server accepted into the record (in place)."""
    from felles.content.invitations_model import Recipient, SentEvent

    e = message.event
    found = _by_uid(invitations).get(e.uid)
    if found is None:
        found = SentEvent(
            e.uid, e.activity, message.sequence, e.slot.digest(), *_slot_fields(e.slot), e.group
        )
        invitations.events.append(found)
    if message.whole:
        found.sequence = message.sequence
        found.cancelled = message.method == CANCEL
        if message.method == REQUEST:
            found.digest = e.slot.digest()
            found.title, found.start, found.end, found.place = _slot_fields(e.slot)
            found.group = e.group
    email = message.to.email or ""
    entry = next((r for r in found.recipients if r.email.casefold() == email.casefold()), None)
    if entry is None:
        entry = Recipient(email, message.sequence)
        found.recipients.append(entry)
    entry.sequence = message.sequence
    entry.cancelled = message.method == CANCEL
    entry.name = message.to.name


def _slot_fields(s: Slot) -> tuple[str, str, str | None, str | None]:
    return s.title, s.start, s.end, s.place


def _recorded_event(recorded: SentEvent) -> Event:
    """An event known only from the record (gone from the content)."""
    old = Slot(recorded.title, recorded.start, recorded.end, recorded.place)
    return Event(recorded.uid, recorded.activity, recorded.group, old, (), None)


def _by_uid(invitations: Invitations | None) -> dict[str, SentEvent]:
    return {} if invitations is None else {e.uid: e for e in invitations.events}


def _got(recorded: SentEvent | None) -> dict[str, Recipient]:
    if recorded is None:
        return {}
    return {r.email.casefold(): r for r in recorded.recipients}


def _within(content: Content, scope: Scope) -> _Within:
    """Is a person (of an event, recorded or not) someone this run writes to?"""
    if scope.leader is not None:
        mine = {scope.leader}
        address = people(content).get(scope.leader, Person("", None)).email
        addresses = {address.casefold()} if address else set()
    elif scope.group is not None:
        mine = set(content.members(scope.group))
        addresses = {
            p.email.casefold() for n, p in people(content).items() if n in mine and p.email
        }
    else:
        return lambda person, recorded: True

    def within(person: Person, recorded: SentEvent | None) -> bool:
        if person.name in mine or (person.email and person.email.casefold() in addresses):
            return True
        # A leader who left group N still hears about group N's own session.
        return scope.group is not None and recorded is not None and recorded.group == scope.group

    return within
