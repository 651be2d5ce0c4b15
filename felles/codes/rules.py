"""Rules over the whole content (E3xx, W3xx): ids, references, dates, periods, and the
acceptance of a known warning in the content (W303–W305)."""

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
        "{name} står i både sparringsgruppe {first} og {second}; en leder er i præcis én gruppe",
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
    "W303": Code(
        "tilladelsen af {code} mangler en begrundelse; skriv efter koden, hvorfor advarslen "
        "er i orden",
        "En advarsel kan tillades med en kommentar på dens linje, men kun med en begrundelse, "
        "så den næste, der læser filen, ved hvorfor. Uden begrundelse gælder tilladelsen "
        "ikke, og advarslen står stadig.",
        'when: "2019-02-22"  # felles: tillad W301 – kilden siger 22. februar, før fasen',
    ),
    "W304": Code(
        "tilladelsen af {code} passer ikke til nogen advarsel på denne linje; slet kommentaren",
        "Kommentaren tillader en advarsel, som felles ikke giver på linjen (længere). Måske er "
        "indholdet rettet, eller kommentaren står på en anden linje end advarslen: den skal "
        "stå på advarslens linje (se »felles validate«).",
        'when: "2019-03-14"   # datoen er rettet: tilladelsen af W301 er slettet',
    ),
    "W305": Code(
        "»{code}« kan ikke tillades: {why}",
        "Kun advarsler (W-koder, som felles kender) kan tillades, med "
        "»# felles: tillad KODE – begrundelse« på advarslens linje. Fejl skal rettes, og "
        "advarslerne om tilladelser (W303–W305) kan ikke selv tillades.",
        "# felles: tillad W301 – kilden siger 22. februar, før fasen",
    ),
}
