"""Wrong use of any command (U001–U006, U021), of `felles next` (U010–U014), of a status
or a survey round (U091–U092), and of FELLES_CACHE (U150).

One command's own mistakes have their own modules: grundlag_usage_codes,
export_usage_codes, init_move_pair_codes, survey_codes and invite_codes."""

from typing import Final

from felles.codes.code import Code

CODES: Final[dict[str, Code]] = {
    "U001": Code(
        "ingen leder hedder »{name}«{hint}",
        "Navnet findes ikke i groups.yaml. Store og små bogstaver er ligegyldige, og æ, ø og å "
        "kan skrives ae, oe og aa (eller o og a).",
        'felles next --leader "soeren aakjaer"',
    ),
    "U002": Code(
        "»{value}« er ikke en dato; skriv fx 2018-11-01, 1.11.2018, 2018-W45 eller »uge 45«",
        "En dato kan skrives som 2018-11-01, 1.11.2018 eller som en uge: 2018-W45 eller »uge 45« "
        "(i år, eller i året fra --as-of).",
        "felles next --as-of 2018-11-01",
    ),
    "U003": Code(
        "indholdsmappen {path} findes ikke eller indeholder ingen programme.yaml",
        "--content og FELLES_CONTENT skal pege på en mappe med programme.yaml.",
        "felles validate --content ./content",
    ),
    "U004": Code(
        "ukendt kode »{code}«; kendte koder: {known}",
        "--explain kender kun koderne, felles selv bruger.",
        "felles validate --explain E105",
    ),
    "U005": Code(
        "{message}",
        "Kommandoen blev brugt forkert.",
        "felles --help",
    ),
    "U006": Code(
        "»{value}« kan ikke bruges: {reason}",
        "felles regner med datoer fra år 1900 til 2999. Et forløb ligger inden for dem, og "
        "ved kalenderens yderkanter (år 1 eller 9999) kan en dag før eller efter ikke regnes ud.",
        "felles next --as-of 2018-11-01",
    ),
    "U010": Code(
        "der er ingen sparringsgruppe {group}; grupperne er {known}",
        "--group tager nummeret på en sparringsgruppe fra groups.yaml.",
        "felles next --group 4",
    ),
    "U011": Code(
        "intet læringsmål har id'et »{goal}«{hint} (kendte: {known})",
        "--goal tager id'et på et læringsmål fra learning_goals.yaml.",
        "felles next --goal aktiv-visionsledelse",
    ),
    "U012": Code(
        "ukendt aktivitetstype »{value}«; vælg en af {known}",
        "--type tager en af de aktivitetstyper, indholdet bruger.",
        "felles next --type seminar",
    ),
    "U013": Code(
        "antallet skal være mindst 1 (ikke {value})",
        "Tallet efter »felles next« er, hvor mange aktiviteter der vises.",
        "felles next 10",
    ),
    "U014": Code(
        "--until ({until}) ligger før den første dag, der vises ({start})",
        "--until er den sidste dag, der vises; den skal ligge på eller efter i dag "
        "(eller --as-of).",
        "felles next --as-of 2018-06-01 --until 2018-12-31",
    ),
    "U021": Code(
        "her er ingen indholdsmappe, og felles skriver ikke i det forløb, der følger med "
        "({path}); opret din egen med: felles init MAPPE",
        "Uden --content, FELLES_CONTENT eller en content/-mappe læser felles det forløb, der "
        "følger med felles. Alt, hvad I skriver (ledelsesgrundlag, par, nye datoer), skal ligge "
        "i din egen mappe, som du har i git. »felles init« laver den.",
        'felles init mit-forloeb\ncd mit-forloeb\nfelles grundlag new "Søren Aakjær"',
    ),
    "U091": Code(
        "»{value}« er ikke en status; vælg blandt {known}",
        "--status tager en af de status, et ledelsesgrundlag kan have. Den kan gentages, og "
        "flere kan skrives med komma imellem.",
        "felles export grundlag --status trænet,udgivet",
    ),
    "U092": Code(
        "fasen »{phase}« har intet læringsmål, så spørgeskemaet har ingen tal at vise ved den",
        "Spørgeskemaets samlede billede bruges ved nedslagene for hvert læringsmål: --survey "
        "viser tallene for fasens læringsmål, og kun faser med et læringsmål har dem.",
        "felles export agenda seminar-aktiv-visionsledelse --survey baseline",
    ),
    "U150": Code(
        "FELLES_CACHE=»{value}« er hverken en mappe skrevet med fuld sti, 0 eller tom",
        "FELLES_CACHE vælger, hvor felles next gemmer sin cache af indholdet: en mappe skrevet "
        "med fuld sti (fx /home/anne/.cache/felles), 0 for ingen cache, eller tom for "
        "brugerens egen cachemappe. En relativ sti (eller 1, on, ~) ville lægge cachemapper "
        "inde i indholdet, hvor andre kan lægge filer, felles next så viser.",
        "export FELLES_CACHE=0",
    ),
}
