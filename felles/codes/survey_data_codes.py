"""The survey's data folder: where it may lie (U061–U063, U066), importing, replacing and
purging rounds (U064–U065, U069–U071, E630), a programme that has ended (W601) and another
felles writing there (U151)."""

from typing import Final

from felles.codes.code import Code

CODES: Final[dict[str, Code]] = {
    "W601": Code(
        "forløbet sluttede {end}, men der ligger stadig spørgeskemadata i {path} ({rounds})",
        "Besvarelserne »slettes, når forløbet afsluttes«. Når slutdatoen er passeret, og "
        "data stadig findes, minder felles om at slette dem.",
        "felles survey purge",
    ),
    "U061": Code(
        "spørgeskemadata må ikke ligge i et git-arbejdstræ: {path} er inde i {tree}",
        "Besvarelser er personoplysninger og kommer aldrig i forløbets git-arkiv (eller et "
        "andet git-arkiv). Brug standardmappen, eller vælg en mappe uden for git.",
        "felles survey import baseline svar.csv --data ~/felles-data",
    ),
    "U062": Code(
        "spørgeskemadata må ikke ligge i indholdsmappen: {path}",
        "Indholdsmappen deles med andre; besvarelser er personoplysninger og skal ligge for sig.",
        "felles survey import baseline svar.csv   # standardmappen",
    ),
    "U063": Code(
        "{path} kan ikke bruges som datamappe: {reason}",
        "Datamappen skal være en ny eller tom mappe, eller en, felles allerede har lagt "
        "spørgeskemadata i. felles gør den privat (kun ejeren kan læse den) og vil ikke "
        "ændre rettighederne på en mappe med andet indhold.",
        "felles survey import baseline svar.csv --data ~/felles-data",
    ),
    "U064": Code(
        "spørgeskemadata i {path} kan ikke bruges: {reason}",
        "Filen med spørgeskemadata kan ikke læses eller skrives, fx fordi du ikke har "
        "rettigheder til mappen, drevet er fuldt, eller filen er ødelagt eller et symbolsk "
        "link (felles følger aldrig links til spørgeskemadata). »felles survey purge« sletter "
        "data i enhver tilstand.",
        "felles survey report baseline --data ~/felles-data   # en mappe, du ejer",
    ),
    "U065": Code(
        "runden »{round}« er allerede importeret; brug --replace for at erstatte den",
        "En import erstatter aldrig svar uden at blive bedt om det.",
        "felles survey import baseline svar.csv --replace",
    ),
    "U066": Code(
        "datamappen {path} hører til forløbet »{other}«, ikke »{programme}«",
        "Hvert forløb har sin egen datamappe. Vælg en anden med --data.",
        "felles survey report baseline --data ~/felles-data/andet-forloeb",
    ),
    "U069": Code(
        "purge sletter alle spørgeskemadata; bekræft med --yes",
        "Når felles ikke kan spørge i en terminal (fx i et script eller i CI), sletter "
        "felles kun, hvis --yes står på kommandolinjen.",
        "felles survey purge --yes",
    ),
    "U071": Code(
        "{count} af spørgeskemaets filer i {path} kunne ikke slettes (se listen ovenfor)",
        "purge sletter alle spørgeskemaets filer, også ødelagte og ulæselige. En fil, der ikke "
        "kan slettes, ligger typisk i en mappe, du ikke har skriveadgang til, eller der "
        "står en mappe med filens navn.",
        "felles survey purge --yes --data ~/felles-data",
    ),
    "U070": Code(
        "runden »{round}« er ikke importeret i {path} (der er {stored})",
        "En rapport kan kun vise runder, der er importeret med »felles survey import«.",
        "felles survey import baseline svar.csv",
    ),
    "E630": Code(
        "den nye import af runden »{round}« ændrer svarene fra færre end {minimum} ledere; "
        "den gemte runde er uændret",
        "felles gemmer kun samlede tal, men to udgaver af de samlede tal, der kun adskiller "
        "sig ved en eller nogle få leders svar, afslører de lederes svar ved at trække den ene "
        "fra den anden (fx hvis nogen har gemt en kopi af datamappen før og efter). Derfor "
        "erstatter »--replace« kun en runde, når svarene ændres for mindst fem ledere "
        "(eller slet ikke). Vent med de sene svar, til der er mindst fem, og importér så "
        "hele CSV-filen igen.",
        "felles survey import baseline svar-med-5-sene.csv --replace",
    ),
    "U151": Code(
        "en anden felles skriver i datamappen {path} og er ikke blevet færdig; prøv igen om lidt",
        "Kun én import eller sletning ad gangen skriver i datamappen; de andre venter på tur. "
        "Har ventetiden været over to minutter, hænger den anden felles måske: afslut den.",
        "felles survey import baseline svar.csv",
    ),
}
