"""What `felles invite` sends, over random histories: events that move, lose and gain
attendees, disappear and come back, and runs in which the server refuses some messages.

Whatever happens, no recipient ever gets the same method and SEQUENCE for an event twice,
a changed event always carries a higher SEQUENCE than anything sent for it before, and a
run after a run in which everything went through sends nothing."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any, cast

from hypothesis import given, settings
from hypothesis import strategies as st

from felles.content.invitations_model import Invitations
from felles.content.load import Content
from felles.plan.invite_plan import CANCEL, REQUEST, Event, Person, Scope, Slot, plan, record

PEOPLE = [Person(f"Leder {n}", f"leder{n}@example.dk") for n in range(4)]
SLOTS = [
    Slot("Workshop", "2018-08-23 13:00", "2018-08-23 16:00", "Dokk1"),
    Slot("Workshop", "2018-08-24 13:00", "2018-08-24 16:00", "Dokk1"),
    Slot("Workshop", "2018-08-24 13:00", "2018-08-24 16:00", "Rådhuset; lokale 3, 2. sal"),
    Slot("Workshop (flyttet)", "2018-08-25", "2018-08-25", None),
]

# One state of the content: for each of two events, None (gone) or (slot, attendees).
state = st.tuples(
    *[
        st.one_of(
            st.none(),
            st.tuples(
                st.integers(0, len(SLOTS) - 1),
                st.frozensets(st.integers(0, len(PEOPLE) - 1), min_size=1),
            ),
        )
        for _ in range(2)
    ]
)
# A run: the content's state, and which messages (by position) the server refuses.
runs = st.lists(st.tuples(state, st.frozensets(st.integers(0, 12))), min_size=1, max_size=8)


def _events(now: tuple[Any, ...]) -> list[Event]:
    found = []
    for number, entry in enumerate(now):
        if entry is None:
            continue
        slot, who = entry
        attendees = tuple(PEOPLE[i] for i in sorted(who))
        found.append(Event(f"e{number}@x.felles", "workshop", None, SLOTS[slot], attendees, None))
    return found


@settings(deadline=None)
@given(runs)
def test_never_the_same_message_twice_and_a_change_always_raises_the_sequence(
    history: list[tuple[tuple[Any, ...], frozenset[int]]],
) -> None:
    invitations = Invitations()
    content = cast(Content, SimpleNamespace(invitations=invitations))
    delivered: set[tuple[str, str, str, int]] = set()
    highest: dict[str, int] = {}
    shown: dict[str, Slot] = {}
    for now, refused in [*history, (history[-1][0], frozenset())]:
        events = _events(now)
        messages = plan(content, events, [e.uid for e in events], Scope()).messages
        for position, message in enumerate(messages):
            if position in refused:
                continue
            key = (message.event.uid, message.to.email or "", message.method, message.sequence)
            assert key not in delivered, key
            delivered.add(key)
            uid = message.event.uid
            if message.method == REQUEST and uid in shown and shown[uid] != message.event.slot:
                assert message.sequence > highest[uid]
            if message.whole:
                assert message.sequence >= highest.get(uid, 0)
            if message.whole:  # one leader's cancellation leaves the event's sequence
                highest[uid] = max(highest.get(uid, 0), message.sequence)
            if message.method == REQUEST:
                shown[uid] = message.event.slot
            record(invitations, message)
    # The last run went through whole: the same content again sends nothing, and everyone
    # taking part has the event as it stands.
    final = _events(history[-1][0])
    assert plan(content, final, [e.uid for e in final], Scope()).messages == []
    sent = {e.uid: e for e in invitations.events}
    for event in final:
        got = {r.email: r for r in sent[event.uid].recipients}
        for person in event.attendees:
            assert person.email in got and not got[person.email].cancelled
        assert sent[event.uid].digest == event.slot.digest()
    gone = {e.uid for e in invitations.events} - {e.uid for e in final}
    for uid in gone:  # cancelled as a whole, or for each who had it
        assert all(r.cancelled for r in sent[uid].recipients)
    assert all(m in (REQUEST, CANCEL) for _, _, m, _ in delivered)
