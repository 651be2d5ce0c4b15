"""Reading files (E1xx): encoding, YAML syntax, front matter, links."""

from typing import Final

from felles.codes.code import Code

CODES: Final[dict[str, Code]] = {
    "E101": Code(
        "filen kan ikke læses: {reason}",
        "Filen findes ikke, er ikke en almindelig fil, eller felles har ikke lov at læse den.",
        "Tjek stien og filens rettigheder; en mappe kan ikke stå, hvor der skal være en fil.",
    ),
    "E102": Code(
        "filen er ikke gemt som UTF-8 (byte 0x{byte} kan ikke læses); gem den som UTF-8",
        "Alt indhold skal være UTF-8. Filen er gemt i en anden tegnkodning, fx Latin-1 "
        "eller Windows-1252, så æ, ø og å ikke kan læses sikkert.",
        "I VS Code: klik på »Latin-1« nederst til højre → »Save with Encoding« → »UTF-8«.",
    ),
    "E103": Code(
        "YAML-syntaksfejl: {problem}",
        "Filen kan ikke læses som YAML. Ofte mangler et kolon, en indrykning er skæv, "
        "eller en tekst med »: « eller »#« mangler anførselstegn.",
        'title: "Seminar: fælles sprog"   # tekst med kolon i anførselstegn',
    ),
    "E104": Code(
        "tabulator i indrykning; brug mellemrum",
        "YAML tillader ikke tabulatorer til indrykning. Brug mellemrum (to pr. niveau).",
        "  title: Seminar   # to mellemrum, ikke tab",
    ),
    "E105": Code(
        "nøglen »{key}« står to gange (første gang i linje {first}); slet eller omdøb "
        "den ene, så det er klart, hvilken værdi der gælder",
        "En nøgle må kun stå én gang på samme niveau. Almindelig YAML bruger blot den "
        "sidste værdi og siger ikke noget om den første, så den kan gå tabt, uden at "
        "nogen opdager det.",
        "Slet eller omdøb den ene af de to linjer.",
    ),
    "E106": Code(
        "ankre og aliaser (&navn, *navn) bruges ikke i indholdet; skriv værdien ud",
        "Ankre og aliaser gør indholdet svært at læse og kan bruges til at sprænge "
        "hukommelsen (»alias-bombe«). felles afviser dem.",
        "Skriv værdien ud hvert sted, den skal bruges.",
    ),
    "E107": Code(
        "YAML-tagget »{tag}« bruges ikke; skriv værdien uden tag",
        "Eksplicitte YAML-tags (!!python/…, !!binary, !ref …) bruges ikke i indholdet.",
        "title: Seminar   # uden !!str eller andre tags",
    ),
    "E108": Code(
        "for dybt indlejret (mere end {limit} niveauer)",
        "Indholdet er indlejret dybere, end noget felt i modellen kræver. Så dyb "
        "indlejring er næsten altid en fejl, og den kan få YAML-læseren til at hænge.",
        "Ryk indrykningen tilbage, eller luk de åbne kantede og krøllede parenteser.",
    ),
    "E109": Code(
        "filen er for stor ({size} bytes; højst {limit})",
        "Indholdsfiler er små tekstfiler. En meget stor fil er næsten altid lagt det "
        "forkerte sted, og felles læser den ikke.",
        "Flyt filen ud af indholdsmappen.",
    ),
    "E110": Code(
        "front matter mangler: filen skal begynde med en linje »---«",
        "Markdown-filer i indholdet begynder med YAML mellem to linjer »---« "
        "(front matter) og derefter selve teksten.",
        "---\nid: aktiv-visionsledelse\n…\n---\n# Aktiv visionsledelse",
    ),
    "E111": Code(
        "front matter afsluttes ikke: der mangler en linje »---« efter YAML'en",
        "Front matter begynder med »---« og skal slutte med en linje, der kun indeholder »---«.",
        "---\nleader: Søren Aakjær\n---",
    ),
    "E112": Code(
        "{what} skal være nøgler med værdier (nøgle: værdi), ikke {found}",
        "Øverste niveau i en YAML-fil eller front matter skal være nøgler med værdier, "
        "ikke en liste eller en enkelt tekst.",
        "leader: Søren Aakjær\ngroup: 1",
    ),
    "E113": Code(
        "filen indeholder flere YAML-dokumenter (»---«); brug kun ét",
        "En YAML-fil i indholdet er ét dokument. En ekstra linje »---« starter et nyt "
        "dokument, som ellers ville blive ignoreret.",
        "Slet den ekstra »---«.",
    ),
    "E114": Code(
        "filen er tom",
        "Filen indeholder intet. En tom fil er næsten altid et uheld.",
        "Udfyld filen, eller slet den.",
    ),
    "E115": Code(
        "en nøgle skal være en enkel tekst",
        "Nøgler i indholdet er navne som »title« og »when«, ikke lister eller nøgler med værdier.",
        "title: Seminar",
    ),
    "E116": Code(
        "TOML front matter (»+++«) understøttes ikke; brug YAML mellem to linjer »---«",
        "felles læser kun YAML front matter.",
        "---\nleader: Søren Aakjær\n---",
    ),
    "E117": Code(
        "kontroltegn (U+{codepoint}) i filen; slet det",
        "Filen indeholder et usynligt kontroltegn, fx fra kopiering fra et andet program.",
        "Slet tegnet; VS Code viser det som en lille rød firkant.",
    ),
    "E118": Code(
        "filen er et link til {target}, uden for indholdsmappen; felles følger det ikke",
        "Et symbolsk link i indholdsmappen peger ud af mappen. felles læser kun filer inde i "
        "indholdsmappen, så et link ikke kan hente andre filer ind (fx fra et andet git-arkiv).",
        "Kopiér filen ind i indholdsmappen i stedet for at linke til den.",
    ),
}
