"""Wrong use of `felles grundlag` and its Word documents (U020, U022, U024, U110–U111)."""

from typing import Final

from felles.codes.code import Code

CODES: Final[dict[str, Code]] = {
    "U020": Code(
        "angiv enten et navn eller --all",
        "»felles grundlag new« opretter ét ledelsesgrundlag (NAVN) eller et til hver leder, "
        "der mangler et (--all).",
        'felles grundlag new "Søren Aakjær"',
    ),
    "U022": Code(
        "»{name}« giver ikke et filnavn inde i {folder}",
        "Filnavnet laves af lederens navn og skal ligge direkte i mappen ledelsesgrundlag/.",
        'felles grundlag new "Søren Aakjær"',
    ),
    "U024": Code(
        "{path} er ikke et ledelsesgrundlag i {folder}",
        "»felles grundlag check« tjekker filer i mappen ledelsesgrundlag/ i indholdsmappen.",
        "felles grundlag check content/ledelsesgrundlag/soeren-aakjaer.md",
    ),
    "U110": Code(
        "angiv enten et navn, --all eller --group N",
        "»felles grundlag docx« laver ét Word-dokument (NAVN) eller et til hver leder med et "
        "ledelsesgrundlag (--all), eller til hver leder i én sparringsgruppe (--group N); "
        "med --all og --group er -o en mappe.",
        "felles grundlag docx --all -o word",
    ),
    "U111": Code(
        "kan ikke hente Word-dokumenter fra {path}: {reason}",
        "»felles grundlag import MAPPE« henter hvert Word-dokument (.docx) i mappen ind i "
        "ledelsesgrundlaget for den leder, dokumentet er lavet til. Mappen skal findes og "
        "have mindst ét dokument.",
        "felles grundlag import word",
    ),
}
