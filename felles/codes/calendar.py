"""Calendar-aware warnings (W5xx): holidays, weekends, clashes, planning."""

from typing import Final

from felles.codes.code import Code

CODES: Final[dict[str, Code]] = {
    "W501": Code(
        "{title} ligger på en helligdag: {holiday} ({day})",
        "Aktiviteten har en fast dato på en dansk helligdag eller en af de fridage, mange "
        "kommunale ledere har fri (grundlovsdag, juleaftensdag, nytårsaftensdag, 1. maj). "
        "Det er sjældent meningen.",
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
}
