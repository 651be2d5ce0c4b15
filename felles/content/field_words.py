"""What each content field is called in Danish, beside the content models (model.py and the
survey, pairs and invitation models): the one table every message naming a field reads.

A field's key is the same in every file (`title` is `title` everywhere), so the words
are per key: what the field holds, for "der mangler et sted (feltet place)" (E202; every
required field of the models has its words, tests/unit/codes checks that), and the
Danish words an author reaches for instead of the key, for "ukendt felt »sted« – mente
du »place«?" (E201).
"""

from __future__ import annotations

from typing import Final, NamedTuple


class Words(NamedTuple):
    holds: str  # what the field holds: "et sted"
    danish: tuple[str, ...] = ()  # what an author may write for its key: "sted"


FIELDS: Final[dict[str, Words]] = {
    "abbreviation": Words("en forkortelse"),
    "digest": Words("et fingeraftryk"),
    "email": Words("en e-mailadresse"),
    "sequence": Words("et sekvensnummer"),
    "uid": Words("et UID"),
    "activities": Words("aktiviteterne", ("aktiviteter",)),
    "activity": Words("en aktivitet"),
    "actors": Words("aktørerne"),
    "agenda": Words("en dagsorden", ("program", "dagsorden")),
    "area": Words("et ansvarsområde"),
    "competency": Words("en kompetence", ("kompetence",)),
    "created": Words("en oprettelsesdato", ("oprettet",)),
    "description": Words("en beskrivelse", ("beskrivelse",)),
    "end": Words("en slutdato", ("slut",)),
    "external": Words("afsnittet om samarbejde udadtil"),
    "forum": Words("et forum"),
    "goal": Words("et læringsmål", ("maal", "mål")),
    "goals": Words("læringsmålene"),
    "group": Words("et gruppenummer", ("gruppe",)),
    "groups": Words("sparringsgrupperne", ("grupper",)),
    "host": Words("en vært"),
    "id": Words("et id"),
    "intro": Words("en indledning"),
    "item": Words("et punkt"),
    "label": Words("en tekst"),
    "leader": Words("et ledernavn", ("leder",)),
    "leaders": Words("lederne", ("ledere",)),
    "made": Words("en dato for, hvornår parrene blev lavet"),
    "members": Words("medlemmerne", ("medlemmer",)),
    "moment": Words("et tidspunkt"),
    "name": Words("et navn", ("navn",)),
    "number": Words("et nummer", ("nummer",)),
    "organisation": Words("en organisation"),
    "owner": Words("en ejer"),
    "pairs": Words("parrene"),
    "partner": Words("en samarbejdspartner"),
    "period": Words("en periode", ("periode",)),
    "phase": Words("en fase"),
    "place": Words("et sted", ("sted",)),
    "preparation": Words("en forberedelse", ("forberedelse",)),
    "purpose": Words("et formål", ("formaal", "formål")),
    "question": Words("et spørgsmål"),
    "questions": Words("spørgsmålene"),
    "relations": Words("relationsspørgsmålene"),
    "role": Words("en rolle"),
    "rounds": Words("runderne"),
    "scale": Words("en svarskala"),
    "scales": Words("svarskalaerne"),
    "seed": Words("et tal at lave parrene med"),
    "start": Words("en startdato"),
    "statements": Words("udsagnene"),
    "status": Words("en status"),
    "steps": Words("svarmulighederne"),
    "style": Words("afsnittet om ledelsesstil"),
    "text": Words("en tekst"),
    "theme": Words("et tema"),
    "themes": Words("temaerne", ("temaer", "tema")),
    "time": Words("et klokkeslæt"),
    "timezone": Words("en tidszone"),
    "title": Words("en titel", ("titel",)),
    "type": Words("en aktivitetstype", ("type",)),
    "updated": Words("en dato for seneste ændring", ("opdateret",)),
    "value": Words("en værdi"),
    "visitor": Words("en besøgende"),
    "when": Words("en dato", ("dato", "tid", "hvornaar", "hvornår", "start")),
    "who": Words("deltagerne", ("hvem",)),
}
TEXT: Final = {"unknown": "en værdi"}  # what a field without words holds
# The field a Danish word means: "sted" → "place".
_MEANT: Final = {word: key for key, words in FIELDS.items() for word in words.danish}


def holds(field: str) -> str:
    """What the field holds, in Danish ("et sted"); "en værdi" for a field without words."""
    words = FIELDS.get(field)
    return words.holds if words is not None else TEXT["unknown"]


def meant(word: str) -> str | None:
    """The field a Danish word for it means ("Sted" → "place"); None if none."""
    return _MEANT.get(word.lower())
