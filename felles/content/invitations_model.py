"""The model of invitations.yaml: what `felles invite` has sent, event by event.

Apart from `model.py`, as the pairs' model is: `felles next` never pays for defining it.
The file is written by `felles invite` after each message the server accepted and is
reviewed in git like the pairs. It holds no secret: addresses, sequence numbers and what
the attendees were shown (title, time, place, and a digest of them).
"""

from dataclasses import dataclass

from felles.content.model import _CONFIG, ID_PATTERN, doc

# An event's time as the content writes it: a day, or a day and a time.
SLOT_PATTERN = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}( [0-9]{2}:[0-9]{2})?$"


@dataclass
class Recipient:
    __pydantic_config__ = _CONFIG
    email: str = doc("Modtagerens e-mailadresse.")
    sequence: int = doc("Det SEQUENCE, modtageren sidst fik.")
    cancelled: bool = doc("Modtageren har fået en aflysning (METHOD:CANCEL).", default=False)
    name: str | None = doc("Modtagerens navn, som i groups.yaml.", default=None)


@dataclass
class SentEvent:
    __pydantic_config__ = _CONFIG
    uid: str = doc("Begivenhedens UID, det samme som i felles export ics.")
    activity: str = doc("Aktivitetens id.", pattern=ID_PATTERN)
    sequence: int = doc("Begivenhedens SEQUENCE: stiger, når tid, sted eller titel ændres.")
    digest: str = doc("Fingeraftryk af titel, tid og sted, som deltagerne så dem.")
    title: str = doc("Titlen, deltagerne så.")
    start: str = doc("Start, som deltagerne så den (2018-08-23 13:00).", pattern=SLOT_PATTERN)
    end: str | None = doc("Slut, som deltagerne så den.", pattern=SLOT_PATTERN, default=None)
    place: str | None = doc("Stedet, deltagerne så.", default=None)
    group: int | None = doc("Sparringsgruppen, for en gruppes egen dato.", default=None)
    cancelled: bool = doc("Begivenheden er aflyst over for alle.", default=False)
    recipients: list[Recipient] = doc("Hvem der har fået hvad.", factory=list)


@dataclass
class Invitations:
    __pydantic_config__ = _CONFIG
    events: list[SentEvent] = doc("De sendte begivenheder.", factory=list)
