"""The Danish words of one calendar invitation (`felles invite`): its subject and its
text/plain body (what, when, where, what to prepare), every name, title and place made
one plain line first."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from felles.dates import span
from felles.span_words import describe_span

if TYPE_CHECKING:
    from felles.plan.invite_plan import Message, Person, Slot

# User-facing words of this module (Danish), in one place.
TEXT: Final = {
    "subject_new": "Invitation: {title}",
    "subject_update": "Ændret: {title}",
    "subject_cancel": "Aflyst: {title}",
    "subject_removed": "Du er ikke længere med: {title}",
    "hello": "Kære {name}",
    "new": "Du inviteres hermed til {title}.",
    "update": "Tid, sted eller titel for {title} er ændret. Her er den opdaterede invitation; "
    "den erstatter den forrige i din kalender.",
    "cancel": "{title} er aflyst. Aftalen fjernes fra din kalender, når du åbner invitationen.",
    "removed": "Du er ikke længere med i {title}. Aftalen fjernes fra din kalender, når du "
    "åbner invitationen.",
    "when": "Hvornår: {when}",
    "where": "Hvor: {place}",
    "prepare": "Forberedelse: {text}",
    "purpose": "Formål: {text}",
    "who": "Deltagere: {names}",
    "reply": "Svar gerne med »Accepter« eller »Afslå« i din kalender. Invitationen er også "
    "vedhæftet som kalenderfil (invite.ics).",
    "bye": "Venlig hilsen\n{name}",
}
_CONTROL: Final = re.compile(r"[\x00-\x1f\x7f\u0085\u2028\u2029]+")


def plain(text: str) -> str:
    """One line: control characters (CR, LF, TAB …) become one space."""
    return " ".join(_CONTROL.sub(" ", text).split())


def when_text(when: Slot) -> str:
    """'torsdag den 23. august 2018 kl. 13.00–16.00'."""
    if when.timed:
        start, end = span(when.start, when.end)
    else:
        start, end = span(when.start, when.end if when.end != when.start else None)
    return describe_span(start, end, long=True)


def body(
    message: Message,
    organizer: Person,
    preparation: str | None = None,
    purpose: str | None = None,
) -> str:
    """The Danish text/plain body: what, when, where, and what to prepare."""
    when = message.event.slot
    title = f"»{plain(when.title)}«"
    lines = [TEXT["hello"].format(name=plain(message.to.name)), ""]
    if message.method == "CANCEL":
        key = "cancel" if message.whole else "removed"
        lines.append(TEXT[key].format(title=title))
    else:
        lines.append(TEXT["update" if message.update else "new"].format(title=title))
    lines += ["", TEXT["when"].format(when=when_text(when))]
    if when.place:
        lines.append(TEXT["where"].format(place=plain(when.place)))
    if message.method == "REQUEST":
        if preparation:
            lines.append(TEXT["prepare"].format(text=preparation.strip()))
        if purpose:
            lines.append(TEXT["purpose"].format(text=" ".join(purpose.split())))
        names = [plain(p.name) for p in message.attendees]
        if names:
            from felles.words import joined

            lines.append(TEXT["who"].format(names=joined(names)))
        lines += ["", TEXT["reply"]]
    lines += ["", TEXT["bye"].format(name=plain(organizer.name))]
    return "\n".join(lines) + "\n"


def subject(message: Message) -> str:
    title = plain(message.event.slot.title)
    if message.method == "CANCEL":
        return TEXT["subject_cancel" if message.whole else "subject_removed"].format(title=title)
    return TEXT["subject_update" if message.update else "subject_new"].format(title=title)
