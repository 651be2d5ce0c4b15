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
