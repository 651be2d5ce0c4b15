"""The content model (E2xx): unknown, missing and wrongly typed fields."""

from typing import Final

from felles.codes.code import Code

CODES: Final[dict[str, Code]] = {
    "E201": Code(
        "ukendt felt »{field}«{hint}",
        "Feltet findes ikke i modellen for denne fil. Oftest er navnet stavet forkert "
        "eller skrevet på dansk; felterne hedder det samme i alle filer.",
        "titel: Seminar   →   title: Seminar",
    ),
    "E202": Code(
        "der mangler {what} (feltet {field})",
        "Et felt, som filen skal have, mangler. Feltets navn er det, der skal stå i filen.",
        "Tilføj feltet, fx »when: 2018-11-08«.",
    ),
    "E203": Code(
        "feltet »{field}« skal være {expected}, ikke {found}{hint}",
        "Værdien har forkert type: fx et tal, hvor der skal stå tekst, eller en tekst, "
        "hvor der skal stå en liste. Sæt tekst, der ligner et tal, i anførselstegn.",
        'place: "8000"   # tekst\nnumber: 1        # tal',
    ),
    "E204": Code(
        "feltet »{field}« har en ugyldig værdi, {value}: {expected}",
        "Værdien er ikke en af de tilladte, eller den er skrevet i et forkert format.",
        "type: seminar   # en af: seminar, workshop, møde, forberedelse, øvebane, …",
    ),
}

# What a field holds, in Danish, for "der mangler et sted (feltet place)". A field
# without an entry reads "der mangler en værdi (feltet …)"; tests/unit/codes checks
# that every required field of the models has one.
FIELD_WORDS: Final[dict[str, str]] = {
    "abbreviation": "en forkortelse",
    "digest": "et fingeraftryk",
    "email": "en e-mailadresse",
    "sequence": "et sekvensnummer",
    "uid": "et UID",
    "activities": "aktiviteterne",
    "activity": "en aktivitet",
    "actors": "aktørerne",
    "agenda": "en dagsorden",
    "area": "et ansvarsområde",
    "competency": "en kompetence",
    "created": "en oprettelsesdato",
    "description": "en beskrivelse",
    "end": "en slutdato",
    "external": "afsnittet om samarbejde udadtil",
    "forum": "et forum",
    "goal": "et læringsmål",
    "goals": "læringsmålene",
    "group": "et gruppenummer",
    "groups": "sparringsgrupperne",
    "host": "en vært",
    "id": "et id",
    "intro": "en indledning",
    "item": "et punkt",
    "label": "en tekst",
    "leader": "et ledernavn",
    "leaders": "lederne",
    "made": "en dato for, hvornår parrene blev lavet",
    "members": "medlemmerne",
    "moment": "et tidspunkt",
    "name": "et navn",
    "number": "et nummer",
    "organisation": "en organisation",
    "owner": "en ejer",
    "pairs": "parrene",
    "partner": "en samarbejdspartner",
    "period": "en periode",
    "phase": "en fase",
    "place": "et sted",
    "purpose": "et formål",
    "question": "et spørgsmål",
    "questions": "spørgsmålene",
    "relations": "relationsspørgsmålene",
    "role": "en rolle",
    "rounds": "runderne",
    "scale": "en svarskala",
    "scales": "svarskalaerne",
    "seed": "et tal at lave parrene med",
    "start": "en startdato",
    "statements": "udsagnene",
    "status": "en status",
    "steps": "svarmulighederne",
    "style": "afsnittet om ledelsesstil",
    "text": "en tekst",
    "theme": "et tema",
    "themes": "temaerne",
    "time": "et klokkeslæt",
    "timezone": "en tidszone",
    "title": "en titel",
    "type": "en aktivitetstype",
    "updated": "en dato for seneste ændring",
    "value": "en værdi",
    "visitor": "en besøgende",
    "when": "en dato",
    "who": "deltagerne",
}
