"""Rules over the whole content (E3xx, W3xx): ids, references, dates, periods, the groups'
sessions and the pairs of `felles pair`."""

from typing import Final

from felles.codes.code import Code

CODES: Final[dict[str, Code]] = {
    "E301": Code(
        "{kind} '{id}' bruges to gange (også i {other})",
        "Id'er og numre skal være unikke, så andre dele af indholdet kan henvise til dem.",
        "Giv den ene et nyt id.",
    ),
    "E302": Code(
        "ukendt {kind} '{ref}'{hint}",
        "Der henvises til noget, som ikke findes: et læringsmål, et tema, en gruppe "
        "eller en leder. Henvisninger skal stå præcis som id'et eller navnet, de peger på.",
        "goal: aktiv-visionsledelse   # id fra learning_goals.yaml",
    ),
    "E303": Code(
        "{name} står i både gruppe {first} og gruppe {second}; en leder er i præcis én gruppe",
        "Hver leder er medlem af netop én sparringsgruppe.",
        "Fjern lederen fra den ene gruppe.",
    ),
    "E304": Code(
        "'{value}' er ikke en gyldig dato{detail}",
        "Datoen findes ikke i kalenderen (fx 30. februar) eller har forkert form. "
        "Skriv 2018-11-08 12:00 (tidspunkt), 2018-11-08 (dag) eller 2018-11 (kun måned).",
        "when: 2019-02-28",
    ),
    "E305": Code(
        "slut ({end}) ligger før start ({start})",
        "En aktivitet eller periode kan ikke slutte, før den begynder.",
        "when: 2018-11-08 12:00\nend: 2018-11-09 12:00",
    ),
    "E306": Code(
        "indholdsfilen {file} mangler",
        "Indholdsmappen skal indeholde programme.yaml, learning_goals.yaml, groups.yaml "
        "og mindst én fase i phases/.",
        "content/programme.yaml",
    ),
    "W301": Code(
        "{title} ({when}) ligger uden for fasens periode ({period})",
        "Aktiviteten ligger før eller efter den fase, den hører til. Det kan være rigtigt "
        "(kilden siger det), men det er værd at se på.",
        "Flyt aktiviteten til den rigtige fase, eller ret fasens periode.",
    ),
    "W302": Code(
        "fasen overlapper fase {other} ({period})",
        "To faser ligger oven i hinanden. Faser, der skifter i samme måned, regnes ikke "
        "som overlappende.",
        "Ret periodernes start eller slut.",
    ),
    "E307": Code(
        "tidszonen '{zone}' findes ikke; skriv fx Europe/Copenhagen",
        "Alle tidspunkter i forløbet læses i programmets tidszone (timezone i programme.yaml). "
        "Den skal være et navn fra den internationale tidszonedatabase, fx Europe/Copenhagen.",
        "timezone: Europe/Copenhagen",
    ),
    "E308": Code(
        "tidspunktet {when} findes ikke: uret springer det over, når sommertiden begynder",
        "Når sommertiden begynder, går uret fra 02.00 til 03.00, så tidspunkter imellem findes "
        "ikke den dag. Vælg et andet tidspunkt.",
        "when: 2019-03-31 10:00   # ikke 02:30",
    ),
    "W306": Code(
        "tidspunktet {when} findes to gange: uret går en time tilbage, når sommertiden slutter",
        "Når sommertiden slutter, går uret fra 03.00 tilbage til 02.00, så tidspunkter imellem "
        "kommer to gange den dag. En kalender må gætte, hvilket der menes. Vælg et andet "
        "tidspunkt.",
        "when: 2018-10-28 10:00   # ikke 02:30",
    ),
    # --- sessions: each sparring group's own date (sessions: in phases/*.md) ----------
    "E309": Code(
        "sessionen er for gruppe {group}, men der er ingen sparringsgruppe {group}; grupperne "
        "er {known}",
        "En session er én sparringsgruppes egen dato for en aktivitet. 'group' skal være "
        "nummeret på en gruppe i groups.yaml.",
        "sessions:\n  - {group: 2, when: 2018-08-21 09:00, end: 2018-08-21 12:00}",
    ),
    "E310": Code(
        "gruppe {group} har allerede en session for {title} ({other})",
        "Hver gruppe har højst én session pr. aktivitet. Skal gruppen mødes to gange, er det "
        "to aktiviteter. Slet den ene session, eller ret gruppens nummer.",
        "sessions:\n  - {group: 1, when: 2018-08-21}\n  - {group: 2, when: 2018-08-28}",
    ),
    "E311": Code(
        "{title} har sessions, men er ikke en aktivitet, hver sparringsgruppe holder for sig "
        "(who: {who})",
        "Sessions giver hver sparringsgruppe sin egen dato og hører kun til aktiviteter med "
        "who: grupper. En aktivitet for alle eller for hver leder for sig får sin dato i "
        "'when' (og 'end').",
        "who: grupper\nsessions:\n  - {group: 1, when: 2018-08-21}",
    ),
    "E312": Code(
        "gruppe {group} deltager ikke i {title} (groups: {groups})",
        "Aktiviteten er kun for de grupper, der står i 'groups'. En session for en anden "
        "gruppe hører ikke til den: ret gruppens nummer, eller tilføj gruppen i 'groups'.",
        "groups: [1, 2]\nsessions:\n  - {group: 2, when: 2018-08-21}",
    ),
    "W307": Code(
        "sessionen for gruppe {group} ({when}) ligger uden for perioden for {title} ({window})",
        "Gruppens dato ligger før eller efter den periode, aktiviteten har i 'when' og 'end'. "
        "Det kan være rigtigt, men oftest er året eller måneden skrevet forkert.",
        "when: 2018-06\nend: 2018-11\nsessions:\n  - {group: 2, when: 2018-08-21}",
    ),
    "W308": Code(
        "gruppe {group} holder {title} ({when}) før {other} ({other_when}), som kommer før i fasen",
        "Aktiviteterne i en fase står i den rækkefølge, de skal holdes (fx workshop 1, 2 og 3). "
        "Gruppens datoer bør følge den: ret datoen, eller byt om på aktiviteterne i fasefilen.",
        "Workshop 1: {group: 2, when: 2018-08-21}   Workshop 2: {group: 2, when: 2018-10-02}",
    ),
    # --- pairs: pairs/<activity-id>.yaml, made by `felles pair` -------------------------
    "E313": Code(
        "filen er for aktiviteten {activity} og skal hedde {expected}",
        "Parrene til en aktivitet ligger i pairs/<aktivitetens id>.yaml, så felles pair og "
        "andre kan finde dem. Omdøb filen, eller ret 'activity'.",
        "content/pairs/jobbesoeg-graensekrydsende-samarbejde.yaml",
    ),
    "E314": Code(
        "{title} er ikke en aktivitet for par (who: {who}); par hører kun til who: par",
        "Parrene (hvem besøger hvem) bruges kun af aktiviteter med who: par. Skriv who: par "
        "i aktiviteten, hvis den skal laves i par, eller slet filen.",
        "who: par",
    ),
    "E315": Code(
        "{name} {role} både {first} og {second}; hver leder besøger én og får besøg af én",
        "I parrene besøger hver leder præcis én kollega (visitor) og får besøg af præcis én "
        "(host). Ret det ene af de to besøg, eller lav parrene forfra med felles pair "
        "--replace.",
        "- {visitor: Søren Aakjær, host: Kirsten Jørgensen}",
    ),
    "E316": Code(
        "{visitor} kan ikke besøge {host}: {reason}",
        "Ingen besøger sig selv, en i egen sparringsgruppe eller, når lederne har et område "
        "(area) i groups.yaml, en i eget område. Byt værten ud med en leder fra en anden gruppe "
        "og et andet område, eller lav parrene forfra med felles pair --replace.",
        "- {visitor: Søren Aakjær, host: Kirsten Jørgensen}   # gruppe 1 besøger gruppe 2",
    ),
    "E317": Code(
        "{path} har allerede andre par til {title}; felles overskriver dem ikke uden --replace",
        "Parrene er aftalt og ligger i git, måske med besøg, der allerede er planlagt. "
        "--dry-run viser de nye par uden at skrive noget; --replace erstatter de gamle.",
        "felles pair jobbesoeg-graensekrydsende-samarbejde --seed 2 --replace",
    ),
    "E318": Code(
        "parrene til {title} kan ikke laves: {reason}",
        "Hver leder skal besøge én kollega og få besøg af én, og ingen må besøge sig selv, en i "
        "egen sparringsgruppe, en i eget område (når lederne har et) eller en, de allerede "
        "har været parret med i andre par. Med de ledere og par, indholdet har, kan det ikke "
        "lade sig gøre. Ret grupperne eller områderne, eller fjern et tidligere sæt par.",
        "felles pair jobbesoeg-graensekrydsende-samarbejde --dry-run",
    ),
    "W309": Code(
        "{name} {role} i parrene til {title}",
        "Lederen står i groups.yaml og deltager i aktiviteten, men ikke i parrene: måske er "
        "lederen kommet til, efter parrene blev lavet. Tilføj besøget, eller lav parrene forfra "
        "med felles pair --replace.",
        "- {visitor: Ny Leder, host: Kirsten Jørgensen}",
    ),
    "W310": Code(
        "{visitor} og {host} var allerede et par i {other}",
        "De to ledere har været parret før. Nye par giver flere relationer på tværs; felles "
        "pair undgår derfor par, der allerede står i andre parfiler.",
        "felles pair jobbesoeg-graensekrydsende-samarbejde --replace",
    ),
    "W311": Code(
        "{name} deltager ikke i {title}",
        "Lederen står i parrene, men aktiviteten er kun for nogle grupper eller ledere "
        "('groups' eller 'leaders'). Fjern besøget, eller ret aktiviteten.",
        "groups: [1, 2, 3]",
    ),
}
