"""`felles export site` (U05x, E70x)."""

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
        "{path} ligger i indholdsmappen {content}; skriv siden et andet sted, fx med -o site",
        "Oversigtssiden er en genereret fil og hører ikke til indholdet (eller til det program, "
        "der følger med felles). Læg den i en mappe ved siden af, fx site/.",
        "felles export site -o site",
    ),
    "E701": Code(
        "{path} findes og er ikke lavet af 'felles export site'; felles overskriver den ikke",
        "felles erstatter kun en oversigtsside, som felles selv har skrevet (den slutter med "
        "en kommentar '<!-- felles export site … -->'). En anden fil med samme navn røres ikke.",
        "felles export site -o site   # en anden mappe, eller flyt filen først",
    ),
}
