"""Calendar-aware warnings (W5xx): holidays, weekends, clashes, planning; and the school
holidays in programme.yaml they read (E330–E332)."""

from typing import Final

from felles.codes.code import Code

CODES: Final[dict[str, Code]] = {
    "W501": Code(
        "{title} ligger på en helligdag: {holiday} ({day})",
        "Aktiviteten har en fast dato på en dansk helligdag. Det er sjældent meningen. "
        "Fridage, der ikke er helligdage, giver W511, og skoleferier W510.",
        "when: 2018-12-27   # ikke 2018-12-25 (juledag)",
    ),
    "W502": Code(
        "{title} ligger i en weekend ({day})",
        "Aktiviteten har en fast dato, og mindst én af dens dage er en lørdag eller søndag. "
        "Aktiviteter, der varer mere end en uge, tjekkes ikke.",
        "when: 2019-08-30   # en fredag, ikke lørdag 2019-08-31",
    ),
    "W503": Code(
        "{title} overlapper {other} ({other_when}, {other_where}) for de samme deltagere",
        "To aktiviteter med faste datoer ligger samtidig, og mindst én leder skal deltage i "
        "begge (who: alle omfatter alle). Aktiviteter, der kun har en måned, regnes aldrig "
        "som overlappende.",
        "when: 2018-11-08 12:00\nend: 2018-11-09 12:00   # og den anden aktivitet flyttes",
    ),
    "W504": Code(
        "seminaret »{title}« ({when}) har endnu intet sted (feltet place)",
        "Et seminar, der ikke er overstået, bør have et sted, så deltagerne ved, hvor de "
        "skal hen. Seminarer, der er overstået (i forhold til --as-of), tjekkes ikke.",
        "place: Aarhus Rådhus, Byrådssalen",
    ),
    "W505": Code(
        "{title} kan falde inden for fire uger ({window}), men har stadig ingen fast dato{groups}",
        "En fælles aktivitet eller gruppeaktivitet kan begynde inden for de næste fire uger "
        "(regnet fra --as-of, ellers i dag), men har kun en måned eller et år. For en "
        "aktivitet, hver sparringsgruppe holder for sig, tæller hver gruppe for sig: en gruppe "
        "med sin egen dato (sessions) er planlagt, og advarslen nævner de grupper, der "
        "mangler. Aktiviteter, hver leder (who: individuel) eller hvert par (who: par) "
        "planlægger selv, tjekkes ikke.",
        "when: 2018-09-14 09:00   # i stedet for when: 2018-09",
    ),
    "W510": Code(
        "{title} ligger i skolernes {holiday} ({day}), hvor mange holder fri",
        "Aktiviteten har en fast dato i en skoleferie, hvor mange ledere holder fri med "
        "deres børn. Som standard er det vinterferien (uge 7), efterårsferien (uge 42), "
        "sommerferien (juli) og juleferien (21. december – 1. januar); feltet "
        "school_holidays i programme.yaml siger, hvilke uger eller dage din kommune "
        "bruger, og school_holidays: none slår advarslen fra.",
        "school_holidays:\n  - name: efterårsferie\n    weeks: [42]\n"
        "  - name: juleferie\n    start: 12-21\n    end: 01-01",
    ),
    "W511": Code(
        "{title} ligger på {holiday} ({day}), som mange holder fri",
        "Aktiviteten har en fast dato på en dag, der ikke er helligdag, men hvor mange "
        "kommunale ledere holder fri: grundlovsdag, juleaftensdag, nytårsaften, 1. maj og "
        "klemmedagen (fredagen efter Kristi himmelfartsdag).",
        "when: 2019-06-04   # ikke 2019-06-05 (grundlovsdag)",
    ),
    # --- school holidays in programme.yaml, which W510 reads -------------------------
    "E330": Code(
        "skoleferien »{name}« har hverken uger (weeks) eller en første dag (start)",
        "En skoleferie i school_holidays i programme.yaml skal sige, hvornår den er: "
        "ugenumre hvert år, eller første og sidste dag som MM-DD.",
        "school_holidays:\n  - name: efterårsferie\n    weeks: [42]",
    ),
    "E331": Code(
        "skoleferien »{name}« nævner uge {week}, som ikke findes (ugerne er 1–53)",
        "Ugenumre i school_holidays er ISO-uger, fra 1 til 53.",
        "weeks: [42]",
    ),
    "E332": Code(
        "skoleferien »{name}« har »{value}«, som ikke er en dag i året (MM-DD)",
        "Første og sidste dag i school_holidays skrives måned-dag, fx 12-21 for 21. "
        "december; dagen skal findes i kalenderen.",
        "start: 12-21\nend: 01-01",
    ),
}
