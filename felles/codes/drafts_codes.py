"""Leaders' ledelsesgrundlag drafts (E40x, W40x), the templates beside the content (E41x)
and the booklet of drafts (E420); the drafts in Word have grundlag_word_codes."""

from typing import Final

from felles.codes.code import Code

CODES: Final[dict[str, Code]] = {
    "E401": Code(
        "lederen »{leader}« findes ikke i groups.yaml{hint}",
        "Et ledelsesgrundlag hører til en leder i groups.yaml, stavet præcis som dér.",
        'leader: "Søren Aakjær"',
    ),
    "E402": Code(
        "gruppen (feltet group) er {group}, men {leader} er i sparringsgruppe {actual} "
        "i groups.yaml",
        "Gruppen i ledelsesgrundlagets front matter skal være lederens gruppe i groups.yaml.",
        "group: 1",
    ),
    "E403": Code(
        "{leader} har allerede et ledelsesgrundlag ({other}); hver leder har ét",
        "Der må kun være ét ledelsesgrundlag pr. leder, ellers er det uklart, hvilket der gælder.",
        "Flyt teksten over i den ene fil, og slet den anden.",
    ),
    "E404": Code(
        "filen skal hedde {expected} efter lederens navn",
        "Filnavnet er lederens navn med små bogstaver og bindestreger, æ→ae, ø→oe, å→aa "
        "(»felles grundlag new« laver det). Så finder alle, også felles, filen.",
        "ledelsesgrundlag/soeren-aakjaer.md  (leader: Søren Aakjær)",
    ),
    "E406": Code(
        "skabelonen til ledelsesgrundlag kan ikke bruges: {reason}",
        "Skabelonen er Jinja2; alle variabler skal findes (StrictUndefined), og front "
        "matter skal give et gyldigt ledelsesgrundlag for lederen. Se den skabelon, der "
        "følger med felles, for variablerne.",
        "Tag udgangspunkt i den skabelon, der følger med felles, og se resultatet med "
        "felles grundlag new NAVN --dry-run.",
    ),
    "E407": Code(
        "{path} findes allerede; felles overskriver aldrig et ledelsesgrundlag",
        "Et ledelsesgrundlag er lederens eget arbejde. felles opretter kun filer, der ikke "
        "findes, og intet tilvalg ændrer det. Vil du begynde forfra, så flyt eller slet "
        "filen selv.",
        'felles grundlag new "Søren Aakjær" --dry-run   # se skabelonen uden at skrive',
    ),
    "E408": Code(
        "{leader} har allerede et ledelsesgrundlag: {path}",
        "Lederen har allerede et ledelsesgrundlag under et andet filnavn; felles opretter ikke "
        "et til.",
        "felles grundlag check",
    ),
    "E409": Code(
        "indholdet har fejl, så der kan ikke oprettes ledelsesgrundlag; kør »felles validate«",
        "programme.yaml og groups.yaml skal kunne læses, før felles kan udfylde skabelonen.",
        "felles validate",
    ),
    "W401": Code(
        "afsnittet »{section}« har kun spørgsmålet endnu, men status er »{status}«",
        "Fra status »kvalificeret« bør hvert afsnit have lederens egen tekst. Et afsnit "
        "tæller som tomt, så længe det kun har citatlinjer (»> …«, spørgsmålene), "
        "kommentarer og tomme linjer.",
        "## 6. Det kan du forvente af mig\n> Hvad kan …?\n\nJeg svarer på mails inden for et døgn.",
    ),
    "W402": Code(
        "datoen for seneste ændring ({updated}, feltet updated) ligger før oprettelsesdatoen "
        "({created}, feltet created)",
        "Et ledelsesgrundlag kan ikke være ændret, før det blev oprettet.",
        "created: 2018-06-08\nupdated: 2018-09-14",
    ),
    "W403": Code(
        "afsnittet »{section}« mangler{hint}",
        "Hvert afsnit i skabelonen skal stå i ledelsesgrundlaget som en overskrift »## …« "
        "(nummeret og store og små bogstaver er ligegyldige, og æ, ø og å kan skrives "
        "ae, oe og aa). Afsnittene kommer fra den skabelon, der er i brug: "
        "templates/ledelsesgrundlag.md.j2 ved siden af indholdsmappen, ellers den, der "
        "følger med felles.",
        "## 8. Det er jeg mindre god til – her kan I hjælpe mig",
    ),
    "E410": Code(
        "skabelonen kan ikke bruges: {reason}",
        "En egen skabelon i templates/ ved siden af indholdsmappen skal være gyldig Jinja2. "
        "felles validate læser hver skabelon uden at køre den og melder syntaksfejl på deres "
        "linje, så fejlen ses i pull requesten og ikke først, når dagsordenen skal laves.",
        "Luk hver if-blok med endif og hver for-løkke med endfor; linjen i meldingen "
        "viser, hvor Jinja2 gik i stå.",
    ),
    "E411": Code(
        "skabelonen bruger »{name}«; navne, der begynder med _, er spærret i skabeloner",
        "Skabeloner kører i Jinja2's sandkasse: de må læse de værdier, felles giver dem, og "
        "intet andet. Et navn, der begynder med _ (fx __init__, __globals__, __class__), "
        "fører ind i Python selv og kan bruges til at køre kommandoer på den maskine, der "
        "tjekker indholdet (CI, pre-commit). felles kører aldrig en sådan skabelon.",
        "Brug kun de værdier, skabelonen får, fx activity.title og activity.place, "
        "som i den skabelon, der følger med felles.",
    ),
    "E420": Code(
        "ingen ledelsesgrundlag har status {statuses}{scope}, så der er ingen bog at lave",
        "»felles export grundlag« samler de udgivne ledelsesgrundlag (status »udgivet«). Når "
        "en leder er færdig, retter lederen status til »udgivet« i sit ledelsesgrundlag. Med "
        "--status kan du lave en bog til gennemsyn med ledelsesgrundlag med en anden status.",
        "felles export grundlag --status trænet --status udgivet -o gennemsyn.html",
    ),
}
