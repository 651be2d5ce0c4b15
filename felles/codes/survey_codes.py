"""The questionnaire: survey.yaml (E60x), answers in CSV (E61x–E62x), the data
folder (W601) and wrong use of `felles survey` (U06x–U07x)."""

from typing import Final

from felles.codes.code import Code

CODES: Final[dict[str, Code]] = {
    "E601": Code(
        "temaet »{theme}« hører til læringsmålet »{owner}«, ikke »{goal}«",
        "Et udsagn om ledelsesstil hører til ét læringsmål og et af dets temaer, så "
        "rapporten kan vise det under det rigtige mål.",
        "goal: aktiv-visionsledelse\ntheme: formulering-og-formidling",
    ),
    "E602": Code(
        "ét og kun ét relationsspørgsmål skal have en grænse for samarbejdspartnere (feltet "
        "partner_from), men her har {count}",
        "Netværkstallene (tæthed, partnere, gensidighed) bygger på ét spørgsmål: hvor ofte "
        "man samarbejder. »partner_from« siger, fra hvilken værdi et svar tæller som "
        "samarbejdspartner.",
        "- id: hyppighed\n  scale: hyppighed\n  partner_from: 2",
    ),
    "E603": Code(
        "partner_from: {value} findes ikke på skalaen »{scale}« (værdierne: {values})",
        "»partner_from« skal være en af skalaens værdier.",
        "partner_from: 2",
    ),
    "E604": Code(
        "id'et »{id}« kan ikke bruges her: det er allerede navnet på en anden kolonnegruppe",
        "Kolonnerne i CSV-filen hedder id.leder, id.aktør og udsagn.id. Relationsspørgsmål og "
        "afsnittet om samarbejde udadtil skal derfor have hver sit id, og hverken "
        "»respondent«, »eksempel« eller »udsagn«.",
        "external:\n  id: udadtil",
    ),
    "E605": Code(
        "skalaen »{scale}« skal have mindst to svarmuligheder",
        "En svarskala med færre end to trin kan ikke måle noget.",
        "steps:\n  - value: 1\n    label: Helt uenig\n  - value: 5\n    label: Helt enig",
    ),
    "E606": Code(
        "værdien {value} står to gange på skalaen »{scale}«",
        "Hver svarmulighed skal have sin egen værdi, ellers kan svarene ikke skelnes.",
        "- value: 1\n  label: Helt uenig\n- value: 2\n  label: Overvejende uenig",
    ),
    "E610": Code(
        "filen er ikke gemt som UTF-8 (byte 0x{byte}); gem den som »CSV UTF-8«",
        "CSV-filen skal være UTF-8, så æ, ø og å læses rigtigt.",
        "I Excel: Filer → Gem som → »CSV UTF-8 (kommasepareret)«.",
    ),
    "E611": Code(
        "filen har ingen overskriftsrække",
        "Første række i CSV-filen skal være kolonnernes navne, som i »felles survey template«.",
        "felles survey template baseline -o svar.csv",
    ),
    "E612": Code(
        "kolonnen {header} mangler",
        "Filen skal have alle skabelonens kolonner. Lav en ny skabelon, og flyt svarene over.",
        "felles survey template baseline -o svar.csv",
    ),
    "E613": Code(
        "kolonne {column} har en ukendt overskrift{hint}",
        "Kolonnenavnene skal stå præcis som i skabelonen. En stavefejl ville ellers smide "
        "svarene i kolonnen væk. Af hensyn til fortroligheden gentager felles ikke "
        "overskriften: den kan indeholde et navn.",
        "udsagn.data-1",
    ),
    "E614": Code(
        "kolonnen {header} står to gange (også i kolonne {first})",
        "Hver kolonne må kun stå én gang; ellers er det uklart, hvilket svar der gælder.",
        "Slet den ene af kolonnerne.",
    ),
    "E615": Code(
        "rækken har svar, men ingen respondent (kolonne {column})",
        "Hver række med svar skal have respondentens id i kolonnen »respondent«.",
        "respondent: lederens id fra skabelonen",
    ),
    "E616": Code(
        "respondenten er ikke en leder fra groups.yaml (kolonne {column})",
        "Kolonnen »respondent« skal indeholde en leders id, som skabelonen skriver det. "
        "Af hensyn til fortroligheden gentager felles ikke, hvad der står i cellen.",
        "felles survey template baseline   # viser alle id'er",
    ),
    "E617": Code(
        "respondenten har allerede svaret i række {first} (kolonne {column})",
        "Hver leder kan kun have én besvarelse pr. runde. Slet den række, der ikke gælder.",
        "Slet den ene af de to rækker i regnearket, og gem igen.",
    ),
    "E618": Code(
        "svaret i kolonne {column} ({header}) er hverken en værdi på skalaen »{scale}« "
        "({low}–{high}) eller et af dens svar i ord",
        "En celle skal være tom (ikke besvaret), en af skalaens værdier eller svaret i ord, "
        "præcis som i survey.yaml. Af hensyn til fortroligheden gentager felles ikke, hvad "
        "der står i cellen.",
        "3   eller   Månedligt",
    ),
    "E619": Code(
        "respondenten har svaret om sig selv i kolonne {column} (spørgsmålet »{question}«); "
        "lad cellen stå tom",
        "Relationsspørgsmålene gælder de andre deltagere. Cellen om en selv skal være tom.",
        "respondent;hyppighed.soeren-aakjaer\nsoeren-aakjaer;      # tom: det er en selv",
    ),
    "E620": Code(
        "rækken har {cells} celler, men overskriften kun {header}",
        "Der står noget til højre for den sidste kolonne. Ofte er et semikolon eller komma "
        "i et svar ikke sat i anførselstegn.",
        'respondent;udsagn.data-1\n"niels-hoejberg";"4"',
    ),
    "E621": Code(
        "kolonnen »eksempel« skal være »{value}« i alle rækker med svar eller udelades",
        "Kolonnen »eksempel« mærker opdigtede svar fra »felles survey template --example«. "
        "Rigtige svar og eksempelsvar kan ikke blandes i én runde.",
        "Slet kolonnen »eksempel« i en fil med rigtige svar.",
    ),
    "E622": Code(
        "filen har ingen besvarelser",
        "Ingen række har svar. Rækker uden svar tæller som ledere, der ikke har svaret.",
        "felles survey template baseline --example -o eksempel.csv   # se en udfyldt fil",
    ),
    "E623": Code(
        "filen kan ikke læses som CSV: {reason}",
        "Filen er ikke en gyldig CSV-fil, fx et anførselstegn, der aldrig lukkes.",
        "Gem filen igen fra regnearket som CSV UTF-8.",
    ),
    "E624": Code(
        "filen findes allerede og overskrives ikke; vælg et andet navn",
        "En CSV-fil kan indeholde svar, der er tastet ind. felles overskriver den aldrig.",
        "felles survey template baseline -o svar-baseline-2.csv",
    ),
    "E625": Code(
        "der mangler kolonner til spørgsmålet »{question}« om kollegerne ({count} i alt)",
        "Relationsspørgsmålene har én kolonne pr. kollega. Mangler nogle, er en leder typisk "
        "kommet til i groups.yaml, efter at skabelonen blev lavet. felles nævner ikke hvilke, "
        "for kolonnernes navne er lederes id'er. Lav en ny skabelon, og flyt svarene over.",
        "felles survey template baseline -o svar.csv",
    ),
    "E626": Code(
        "kolonne {column} ligner spørgsmålet »{question}« om en kollega, men passer ikke på "
        "nogen leder i groups.yaml",
        "En relationskolonne hedder spørgsmålets id, et punktum og kollegaens id, præcis som "
        "i skabelonen. Af hensyn til fortroligheden gentager felles ikke overskriften.",
        "felles survey template baseline -o svar.csv   # de rigtige kolonnenavne",
    ),
    "W601": Code(
        "forløbet sluttede {end}, men der ligger stadig spørgeskemadata i {path} ({rounds})",
        "Besvarelserne »slettes, når forløbet afsluttes«. Når slutdatoen er passeret, og "
        "data stadig findes, minder felles om at slette dem.",
        "felles survey purge",
    ),
    "U060": Code(
        "ingen runde har id'et »{round}«{hint} (runderne: {known})",
        "RUNDE er en rundes id fra survey.yaml.",
        "felles survey form baseline",
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
    "U067": Code(
        "indholdet har intet spørgeskema ({path} findes ikke)",
        "Spørgeskemaet beskrives i survey.yaml i indholdsmappen.",
        "felles schema   # survey.schema.json beskriver filen",
    ),
    "U068": Code(
        "intet læringsmål har id'et »{goal}« (læringsmålene: {known})",
        "--goal tager et læringsmåls id fra learning_goals.yaml.",
        "felles survey report baseline --goal aktiv-visionsledelse",
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
