"""Rules over the whole content (E3xx, W3xx): ids, references, dates, periods, time zones,
the control characters in text and the names of the leaders' files.

The other E3xx/W3xx series have their own modules: the groups' sessions (session_codes),
the pairs (pair_codes), `felles move` (move_codes), accepted warnings (accepted_codes),
the school holidays (calendar_codes) and invitations (invite_codes)."""

from typing import Final

from felles.codes.code import Code

CODES: Final[dict[str, Code]] = {
    "E301": Code(
        "{kind} »{id}« bruges to gange (også i {other})",
        "Id'er og numre skal være unikke, så andre dele af indholdet kan henvise til dem.",
        "Giv den ene et nyt id.",
    ),
    "E302": Code(
        "ukendt {kind} »{ref}«{hint}",
        "Der henvises til noget, som ikke findes: et læringsmål, et tema, en gruppe "
        "eller en leder. Henvisninger skal stå præcis som id'et eller navnet, de peger på.",
        "goal: aktiv-visionsledelse   # id fra learning_goals.yaml",
    ),
    "E303": Code(
        "{name} står i både sparringsgruppe {first} og {second}; en leder kan kun være i én gruppe",
        "Hver leder er medlem af netop én sparringsgruppe.",
        "Fjern lederen fra den ene gruppe.",
    ),
    "E304": Code(
        "»{value}« er ikke en gyldig dato{detail}",
        "Datoen findes ikke i kalenderen (fx 30. februar) eller har forkert form. "
        "Skriv 2018-11-08 12:00 (tidspunkt), 2018-11-08 (dag) eller 2018-11 (kun måned).",
        "when: 2019-02-28",
    ),
    "E305": Code(
        "slutdatoen ({end}) ligger før startdatoen ({start})",
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
        "{title} ({when}) ligger {side} fasens periode ({period})",
        "Aktiviteten ligger før eller efter den fase, den hører til. Det kan være rigtigt "
        "(fx fordi kilden siger det), men det er værd at se på. Er det rigtigt, kan "
        "advarslen tillades med en begrundelse (se W303).",
        "Flyt aktiviteten til den rigtige fase, eller ret fasens periode.",
    ),
    "W302": Code(
        "fasen overlapper fase {other} ({period})",
        "To faser ligger oven i hinanden. Faser, der skifter i samme måned, regnes ikke "
        "som overlappende.",
        "Ret periodernes start eller slut.",
    ),
    "E307": Code(
        "tidszonen »{zone}« findes ikke; skriv fx Europe/Copenhagen",
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
    "E370": Code(
        "teksten{in_field} indeholder et styretegn ({codepoint}); slet det",
        "Et usynligt styretegn (fx ESC, BEL, en linje-tilbage (CR) eller et tegn, der vender "
        "skriveretningen) kan i en terminal skifte vinduets titel, skrive i udklipsholderen, "
        "rydde skærmen eller skjule en linje, og i en side vise teksten i en anden rækkefølge, "
        "end den står. Indholdet er tekst, ikke kommandoer: felles viser tegnet som � i alt, "
        "det skriver, men det hører ikke hjemme i indholdet. Det kommer typisk fra en "
        "escape-sekvens i dobbelte anførselstegn (\\e, \\x1b, \\u001b) eller fra kopiering "
        "fra et andet program.",
        'title: "Opstart"   # ikke "Opstart\\e]0;…\\a"',
    ),
    "E360": Code(
        "»{name}« og »{other}« får samme fil til deres ledelsesgrundlag ({file}); skriv "
        "navnene, så de kan skelnes",
        "Hver leders ledelsesgrundlag ligger i ledelsesgrundlag/ under et filnavn lavet af "
        "navnet (kun a–z, 0–9 og bindestreg, æ som ae, ø som oe, å som aa). To navne, der kun "
        "adskiller sig ved tegn, der falder bort, ville dele én fil – også på Windows og macOS, "
        "hvor store og små bogstaver i et filnavn er det samme.",
        "Skriv navnene, som de står i lønsystemet, fx »Jens Hansen« og »Jens P. Hansen«.",
    ),
}
