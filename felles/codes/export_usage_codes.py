"""Wrong use of `felles export` (U030–U038, U086–U087, U093): choosing the activity, the phase
or the group, the template, and content with errors."""

from typing import Final

from felles.codes.code import Code

CODES: Final[dict[str, Code]] = {
    "U030": Code(
        "ingen aktivitet har id'et »{query}«{hint}",
        "AKTIVITET er en aktivitets id (fra phases/*.md) eller en dato, fx 2018-11-08.",
        "felles export agenda seminar-aktiv-visionsledelse",
    ),
    "U031": Code(
        "ingen aktivitet med fast dato {day}; nærmeste: {nearby}",
        "En dato vælger de aktiviteter, hvis faste dato omfatter dagen. Aktiviteter, der "
        "kun har en måned (»dato ikke fastlagt«), vælges med deres id.",
        "felles export agenda 2018-11-08",
    ),
    "U032": Code(
        "{day} har {count} aktiviteter; vælg en med dens id:\n{listing}",
        "Ligger flere aktiviteter på samme dag, skal du vælge en af dem med dens id.",
        "felles export agenda opstart-slf",
    ),
    "U033": Code(
        "ingen fase har id'et »{query}«{hint} (faserne: {known})",
        "--phase tager en fases id fra phases/*.md.",
        "felles export agenda --phase aktiv-visionsledelse",
    ),
    "U034": Code(
        "angiv enten en AKTIVITET (id eller dato) eller --phase ID – {what}",
        "En dagsorden er for én aktivitet (id eller dato) eller for alle aktiviteter i én fase.",
        "felles export agenda 2018-11-08\nfelles export agenda --phase aktiv-visionsledelse",
    ),
    "U035": Code(
        "--leader og --group kan ikke bruges sammen",
        "Kalenderen kan laves for alle, for én leder eller for én sparringsgruppe.",
        'felles export ics --leader "Søren Aakjær"',
    ),
    "U037": Code(
        "indholdet har {count} fejl, så der eksporteres ikke; den første: {first}. "
        "Kør »felles validate«",
        "En dagsorden eller kalender lavet af indhold med fejl ville vise forkerte eller "
        "manglende oplysninger. Ret fejlene først (advarsler er i orden).",
        "felles validate",
    ),
    "U038": Code(
        "skabelonen kan ikke bruges: {reason}",
        "Skabelonen (templates/agenda.md.j2, agenda.html.j2 eller site.html.j2 ved siden af "
        "indholdsmappen) har en syntaksfejl eller bruger et felt, der ikke findes.",
        "Brug felterne fra den skabelon, der følger med felles, fx activity.title og "
        "activity.place.",
    ),
    "U086": Code(
        "--group gælder kun aktiviteter, som hver sparringsgruppe holder for sig; {title} er "
        "for {who}",
        "Med --group bliver dagsordenen sparringsgruppens egen: gruppens dato, sted og "
        "medlemmer. Det giver kun mening for aktiviteter med »who: grupper«.",
        "felles export agenda workshop-1 --group 2",
    ),
    "U087": Code(
        "sparringsgruppe {group} deltager ikke i {title} ({who})",
        "Aktiviteten er kun for nogle af sparringsgrupperne (feltet groups i fasefilen).",
        "felles export agenda workshop-1 --group 2",
    ),
    "U093": Code(
        "--data bruges kun sammen med --survey RUNDE",
        "--data er mappen med spørgeskemaets data; den læses kun, når dagsordenen skal vise "
        "en rundes tal.",
        "felles export agenda seminar-aktiv-visionsledelse --survey baseline --data data",
    ),
}
