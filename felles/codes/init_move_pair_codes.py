"""Wrong use of the commands that write the content folder: `felles init` (U082–U083,
U140–U141), `felles move` (U080–U081, U131) and `felles pair` (U084–U085, U130, U142)."""

from typing import Final

from felles.codes.code import Code

CODES: Final[dict[str, Code]] = {
    "U080": Code(
        "»{value}« er ikke en startdato; skriv en måned (2027-02), en dag (2027-02-04 eller "
        "4.2.2027) eller en uge (2027-W06 eller »uge 6«)",
        "--start er forløbets nye første dato, skrevet som ved --as-of eller som en måned. "
        "»uge 6« uden år er den kommende uge 6. Måneder og år flytter med hele måneder; dage "
        "og tidspunkter med hele uger, så ugedagen bliver den samme.",
        "felles move --start 2027-02",
    ),
    "U081": Code(
        "forløbet kan ikke flyttes: {reason}",
        "En dato ville komme uden for de år, felles regner med. Vælg en anden startdato.",
        "felles move --start 2027-02",
    ),
    "U082": Code(
        "{path} kan ikke bruges til et nyt forløb: {reason}",
        "felles init skriver kun i en ny eller tom mappe, så intet, der ligger der, bliver "
        "overskrevet. Vælg et andet navn, eller flyt det, der ligger i mappen.",
        "felles init mit-forloeb",
    ),
    "U083": Code(
        "{path} ligger i det forløb, der følger med felles; vælg en mappe et andet sted",
        "Forløbet, der følger med felles, hører til felles selv og ændres, når felles "
        "opdateres. Et nyt forløb skal ligge i sin egen mappe, som I har i git.",
        "felles init ~/forloeb",
    ),
    "U084": Code(
        "{title} ({id}) er ikke en aktivitet for par (who: {who}); skriv »who: par« i {path} "
        "for at lave par til den",
        "felles pair laver par (hvem besøger hvem) til aktiviteter med »who: par«, fx jobbesøg "
        "hos hinanden. Skal en anden aktivitet laves i par, så skriv »who: par« i den.",
        "felles pair jobbesoeg-graensekrydsende-samarbejde",
    ),
    "U130": Code(
        "--update og --replace kan ikke bruges sammen; vælg den ene",
        "--update beholder de besøg, der stadig holder reglerne, og parrer kun dem, der "
        "mangler; --replace laver alle parrene forfra.",
        "felles pair jobbesoeg-graensekrydsende-samarbejde --update",
    ),
    "U131": Code(
        "mappen {folder} kan ikke skrives i ({reason}); intet er flyttet",
        "felles move skriver alle filer eller ingen: kan én mappe ikke skrives i, ændres "
        "ingen fil. Giv skriveadgang til mappen, og kør kommandoen igen.",
        "felles move --start 2027-09",
    ),
    "U085": Code(
        "--seed skal være et helt tal fra 0 til {largest}, ikke {value}",
        "--seed bestemmer den tilfældige fordeling: samme tal og samme indhold giver de "
        "samme par. Uden --seed vælger felles et tal og skriver det i filen.",
        "felles pair jobbesoeg-graensekrydsende-samarbejde --seed 1",
    ),
    "U140": Code(
        "kan ikke lave git-repository i {path}: {reason}; intet er oprettet",
        "felles init laver mappen færdig et midlertidigt sted ved siden af og lægger den først "
        "på plads, når alt er lykkedes, også den første commit. Git sagde nej (fx "
        "commit.gpgsign uden en nøgle, eller en hook, der afviser), så der er ikke oprettet "
        "noget. Ret git, og kør kommandoen igen, eller lav forløbet uden git.",
        "felles init mit-forloeb --no-git",
    ),
    "U141": Code(
        "--felles-source »{value}« er ikke URL@REV",
        "--felles-source siger, hvorfra pre-commit og GitHub Actions skal installere felles: "
        "adressen på et git-repository med felles, @ og en commit (den fulde commit-id, fx "
        "fra »git rev-parse HEAD«), uden mellemrum og anførselstegn. En adgangskode i "
        "adressen (https://navn:kode@…) bliver afvist: den ville blive committet, så alle "
        "kunne læse den.",
        "felles init mit-forloeb --felles-source https://git.example.dk/felles.git@"
        "0123456789abcdef0123456789abcdef01234567",
    ),
    "U142": Code(
        "parrene til »{id}« kan ikke gemmes: pairs/{id}.yaml er et filnavn, Windows ikke kan "
        "have; giv aktiviteten et andet id i {path}",
        "Parrene gemmes i pairs/ under aktivitetens id. Windows afviser filnavne som con, prn, "
        "aux, nul, com1–com9 og lpt1–lpt9, så felles skriver aldrig sådan en fil.",
        "felles pair jobbesoeg-graensekrydsende-samarbejde",
    ),
}
