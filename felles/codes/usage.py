"""Wrong use of a command (U0xx–U04x, U08x, U150): next, grundlag, export, schema, pair, and
FELLES_CACHE."""

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
    "U020": Code(
        "angiv enten et navn eller --all",
        "»felles grundlag new« opretter ét ledelsesgrundlag (NAVN) eller et til hver leder, "
        "der mangler et (--all).",
        'felles grundlag new "Søren Aakjær"',
    ),
    "U021": Code(
        "her er ingen indholdsmappe, og felles skriver ikke i det forløb, der følger med "
        "({path}); opret din egen med: felles init MAPPE",
        "Uden --content, FELLES_CONTENT eller en content/-mappe læser felles det forløb, der "
        "følger med felles. Alt, hvad I skriver (ledelsesgrundlag, par, nye datoer), skal ligge "
        "i din egen mappe, som du har i git. »felles init« laver den.",
        'felles init mit-forloeb\ncd mit-forloeb\nfelles grundlag new "Søren Aakjær"',
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
    "U093": Code(
        "--data bruges kun sammen med --survey RUNDE",
        "--data er mappen med spørgeskemaets data; den læses kun, når dagsordenen skal vise "
        "en rundes tal.",
        "felles export agenda seminar-aktiv-visionsledelse --survey baseline --data data",
    ),
    "U150": Code(
        "FELLES_CACHE=»{value}« er hverken en mappe skrevet med fuld sti, 0 eller tom",
        "FELLES_CACHE vælger, hvor felles next gemmer sin cache af indholdet: en mappe skrevet "
        "med fuld sti (fx /home/anne/.cache/felles), 0 for ingen cache, eller tom for "
        "brugerens egen cachemappe. En relativ sti (eller 1, on, ~) ville lægge cachemapper "
        "inde i indholdet, hvor andre kan lægge filer, felles next så viser.",
        "export FELLES_CACHE=0",
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
