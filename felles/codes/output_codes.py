"""Writing the file `-o`/`--output` names (U05x, E70x): one rule for every command; and
a file or JSON Schema that cannot be written (U039, U041).

felles replaces a file only if felles wrote it (it carries felles' signature), never
writes into the content folder, and never puts a regular file in the place of a
symlink, a folder or a device (see felles/cli/output.py).
"""

from typing import Final

from felles.codes.code import Code

CODES: Final[dict[str, Code]] = {
    "U050": Code(
        "kan ikke skrive oversigtssiden {path}: {reason}",
        "-o er den mappe, siden (index.html) skrives i, eller selve filen, hvis navnet ender "
        "på .html. Mappen oprettes, hvis den mangler, men det går ikke, når en del af stien er "
        "en fil, eller du ikke har lov at skrive der.",
        "felles export site -o site",
    ),
    "U051": Code(
        "{path} ligger i indholdsmappen {content}; felles lægger ikke genererede filer dér, "
        "så vælg et andet sted",
        "Dagsordener, kalendere, oversigtssiden, bogen med ledelsesgrundlag, Word-dokumenter, "
        "skemaer og rapporter er genererede filer og hører ikke til indholdet (eller til det "
        "forløb, der følger med felles). En fil, der lå i indholdsmappen, ville blive læst som "
        "indhold. Læg den i en mappe ved siden af.",
        "felles export site -o site\nfelles export agenda 2018-11-08 -o dagsorden.md",
    ),
    "E701": Code(
        "{path} findes og er ikke lavet af felles; den overskrives ikke",
        "felles erstatter kun en fil, som felles selv har skrevet: den bærer felles' mærke (en "
        "kommentar »<!-- felles … -->« sidst i HTML og Markdown, PRODID -//felles// i en "
        "kalender, felles' $id eller nøglen »generator« i JSON, linjen »Lavet med felles …« "
        "sidst i en tekstrapport, felles som program i et Word-dokument, som ingen har gemt "
        "siden). Alle andre filer er nogens eget arbejde – også en tom fil – "
        "og røres ikke.",
        "felles export agenda 2018-11-08 -o dagsorden-ny.md   # et andet navn, eller flyt filen",
    ),
    "E702": Code(
        "{path} er en fil i indholdsmappen {content}; felles overskriver aldrig indholdet",
        "Filerne i indholdsmappen er skrevet af koordinatorer og ledere. Ingen eksport "
        "erstatter dem, heller ikke en fil, der ligner en, felles har lavet.",
        "felles export agenda 2018-11-08 -o dagsorden.md   # uden for indholdsmappen",
    ),
    "E703": Code(
        "{path} er et symbolsk link; felles skriver ikke gennem det og erstatter det ikke",
        "Et link kan pege på hvad som helst, fx et ledelsesgrundlag i et andet git-arkiv. "
        "felles skriver kun gennem et link, der fører til en enhed eller et rør (som "
        "/dev/stdout); ellers røres linket ikke. Skriv til selve filen i stedet.",
        "felles export ics -o forloeb.ics",
    ),
    "E704": Code(
        "{path} er ikke en almindelig fil ({kind}); felles erstatter den ikke",
        "-o skal være en almindelig fil (eller en, der ikke findes endnu). felles skriver ind i "
        "et rør (FIFO) eller en tegnenhed som /dev/stdout, men lægger aldrig en fil i stedet "
        "for en blokenhed, en socket eller andet særligt.",
        "felles export ics -o forloeb.ics",
    ),
    # --- any file a command writes, and the JSON Schema -----------------------------------
    "U039": Code(
        "kan ikke skrive {path}: {reason}",
        "Filen kan ikke skrives: mappen findes ikke, du har ikke lov at skrive der, drevet er "
        "skrivebeskyttet eller fuldt, eller navnet er for langt.",
        "felles export ics -o forloeb.ics",
    ),
    "U041": Code(
        "kan ikke skrive JSON Schema til {path}: {reason}",
        "--output skal være en mappe, felles kan oprette og skrive i.",
        "felles schema --output schemas",
    ),
}
