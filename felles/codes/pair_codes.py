"""The pairs of `felles pair` (pairs/<activity-id>.yaml): E313–E319, W309–W311, W325, W330."""

from typing import Final

from felles.codes.code import Code

CODES: Final[dict[str, Code]] = {
    # --- pairs: pairs/<activity-id>.yaml, made by `felles pair` -------------------------
    "E313": Code(
        "filen er for aktiviteten »{activity}« og skal hedde {expected}",
        "Parrene til en aktivitet ligger i pairs/<aktivitetens id>.yaml, så felles pair og "
        "andre kan finde dem. Omdøb filen, eller ret aktiviteten (feltet activity).",
        "content/pairs/jobbesoeg-graensekrydsende-samarbejde.yaml",
    ),
    "E314": Code(
        "{title} er ikke en aktivitet for par (who: {who}); par hører kun til »who: par«",
        "Parrene (hvem besøger hvem) bruges kun af aktiviteter med »who: par«. Skriv "
        "»who: par« i aktiviteten, hvis den skal laves i par, eller slet filen.",
        "who: par",
    ),
    "E315": Code(
        "{name} {role} både {first} og {second}; hver leder besøger én og får besøg af én",
        "I parrene besøger hver leder én kollega (feltet visitor) og får besøg af én, og kun "
        "én (feltet host). Ret det ene af de to besøg, eller lav parrene forfra med "
        "»felles pair --replace«.",
        "- visitor: Søren Aakjær\n  host: Kirsten Jørgensen",
    ),
    "E316": Code(
        "{visitor} kan ikke besøge {host}: {reason}",
        "Ingen besøger sig selv, en i egen sparringsgruppe eller, når lederne har et "
        "ansvarsområde (feltet area) i groups.yaml, en i eget område. Byt værten ud med en "
        "leder fra en anden sparringsgruppe og et andet område, eller lav parrene forfra med "
        "»felles pair --replace«.",
        "- visitor: Søren Aakjær      # sparringsgruppe 1\n"
        "  host: Kirsten Jørgensen    # sparringsgruppe 2",
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
    "E319": Code(
        "{path} er ikke en parfil, felles har lavet til {title}; den overskrives ikke, heller "
        "ikke med --replace",
        "felles erstatter kun parrene i en fil, som felles pair selv har skrevet til "
        "aktiviteten: den har kommentaren »# Parrene til …, lavet med: felles pair ID …« "
        "øverst. En anden fil med det navn er nogens eget arbejde og røres ikke. Flyt filen, "
        "eller ret parrene i den selv.",
        "mv content/pairs/jobbesoeg-graensekrydsende-samarbejde.yaml ~/mine-par.yaml",
    ),
    "W309": Code(
        "{name} {role} i parrene til {title}",
        "Lederen står i groups.yaml og deltager i aktiviteten, men ikke i parrene: måske er "
        "lederen kommet til, efter parrene blev lavet. Tilføj besøget, eller lav parrene forfra "
        "med »felles pair --replace«.",
        "- visitor: Ny Leder\n  host: Kirsten Jørgensen",
    ),
    "W310": Code(
        "{visitor} og {host} var allerede et par i {other}",
        "De to ledere har været parret før. Nye par giver flere relationer på tværs; felles "
        "pair undgår derfor par, der allerede står i andre parfiler.",
        "felles pair jobbesoeg-graensekrydsende-samarbejde --replace",
    ),
    "W311": Code(
        "{name} deltager ikke i {title}",
        "Lederen står i parrene, men aktiviteten er kun for nogle sparringsgrupper eller "
        "ledere (felterne groups og leaders). Fjern besøget, eller ret aktiviteten.",
        "groups: [1, 2, 3]",
    ),
    "W325": Code(
        "{name} har forladt forløbet (fra {until}), men står i parrene til {title}; "
        "kør »felles pair {activity} --update«",
        "En leder med »until« i groups.yaml er ikke med i aktiviteter, der begynder fra den "
        "dato. Parrene til en senere aktivitet skal derfor laves om for lederens makkere; "
        "--update beholder alle andre besøg.",
        "felles pair jobbesoeg-graensekrydsende-samarbejde --update",
    ),
    "W330": Code(
        "id'et »{id}« giver parrene filen {file}, et navn Windows ikke kan have; vælg et andet id",
        "Parrene til en aktivitet for par gemmes i pairs/ under aktivitetens id. Windows (og "
        "Git for Windows) afviser filnavne som con, prn, aux, nul, com1–com9 og lpt1–lpt9, "
        "uanset endelse, så et repository med sådan en fil kan ikke hentes på Windows.",
        "id: jobbesoeg-1",
    ),
}
