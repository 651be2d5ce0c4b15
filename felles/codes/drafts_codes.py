"""Leaders' ledelsesgrundlag drafts (E4xx, W4xx), and the templates beside the content (E41x)."""

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
    "E421": Code(
        "{path} kan ikke læses som Word-dokument: {reason}",
        "»felles grundlag import« læser Word-dokumenter i formatet .docx (Word 2007 og nyere, "
        "LibreOffice: »Gem som Word 2007-365«). Et ældre .doc-dokument eller en PDF skal "
        "gemmes som .docx først.",
        'felles grundlag import "Søren Aakjær" soeren-aakjaer.docx',
    ),
    "E422": Code(
        "{leader} har intet ledelsesgrundlag endnu; opret det med »felles grundlag new«",
        "Word-dokumentet laves ud fra lederens ledelsesgrundlag, og teksten hentes tilbage i "
        "det; derfor skal ledelsesgrundlaget findes først.",
        'felles grundlag new "Søren Aakjær"\nfelles grundlag docx "Søren Aakjær"',
    ),
    "E423": Code(
        "{path} kan ikke læses som et ledelsesgrundlag ({reason}); ret det først",
        "felles ændrer kun et ledelsesgrundlag, som det kan læse: ellers kunne front matter "
        "gå tabt. »felles grundlag check« viser, hvad der er galt.",
        "felles grundlag check",
    ),
    "E424": Code(
        "{path} er lavet til {other}s ledelsesgrundlag, ikke til {leader}s; intet er ændret",
        "Et Word-dokument fra »felles grundlag docx« husker, hvis ledelsesgrundlag det er, så "
        "én leders tekst ikke ender i en andens. Vælg det rigtige dokument eller den rigtige "
        "leder.",
        'felles grundlag import "Søren Aakjær" soeren-aakjaer.docx',
    ),
    "E425": Code(
        "{path} findes og er ikke et uændret dokument fra felles; det overskrives ikke",
        "Et Word-dokument kan rumme en leders tekst, der endnu ikke er hentet tilbage. felles "
        "erstatter kun et dokument, det selv har skrevet, og som ingen har gemt siden (Word "
        "og LibreOffice skriver deres eget navn i dokumentet, når de gemmer det). Hent "
        "teksten med »felles grundlag import«, eller skriv til et andet navn med -o.",
        'felles grundlag docx "Søren Aakjær" -o soeren-ny.docx',
    ),
    "E426": Code(
        "{path} har ingen tekst; intet er ændret",
        "Et tomt Word-dokument ville tømme ledelsesgrundlaget. Er det meningen, så ret "
        "Markdown-filen selv.",
        'felles grundlag docx "Søren Aakjær"   # et nyt dokument med lederens tekst',
    ),
    "E427": Code(
        "front matter i {path} har ikke én linje med datoen for seneste ændring (feltet "
        "updated), som felles kan rette",
        "Ved en import sætter felles datoen for seneste ændring (feltet updated) til i dag og "
        "lader resten af front matter stå, som den er. Linjen skal stå én gang og have en "
        "dato som ÅÅÅÅ-MM-DD.",
        "updated: 2018-09-14",
    ),
    "E428": Code(
        "felles henter ikke tekst ind i {path}: {reason}",
        "»felles grundlag import« retter kun lederens egen fil i mappen ledelsesgrundlag/ i "
        "indholdsmappen, og kun når den er en almindelig fil. Et symbolsk link kan pege på "
        "hvad som helst, fx et ledelsesgrundlag i et andet git-arkiv, så felles skriver "
        "aldrig gennem det og erstatter det heller ikke.",
        "Læg selve filen i ledelsesgrundlag/ i stedet for linket, og kør importen igen.",
    ),
    "E430": Code(
        "{path} læses ikke: {reason}; intet er ændret",
        "Et Word-dokument er et zip-arkiv. felles ser efter, hvor meget det fylder udpakket, og "
        "hvor mange dele det har, før det pakkes ud, så et dokument, der kun ser lille ud, "
        "ikke kan fylde maskinens hukommelse. Et ledelsesgrundlag fylder langt under "
        "grænserne; er der store billeder i dokumentet, så tag dem ud.",
        'felles grundlag import "Søren Aakjær" soeren-aakjaer.docx',
    ),
    "E431": Code(
        "{path} er lavet ud fra en ældre udgave af {draft}, og den udgave kan ikke læses i "
        "dokumentet; intet er ændret",
        "Er ledelsesgrundlaget ændret, siden Word-dokumentet blev lavet, fletter felles "
        "ændringerne fra begge steder. Dertil gemmer »felles grundlag docx« den udgave, "
        "dokumentet blev lavet ud fra, i dokumentets egenskaber. Her mangler den. Lav et nyt "
        "dokument, og skriv ændringerne ind i det.",
        'felles grundlag docx "Søren Aakjær" -o soeren-ny.docx',
    ),
    "E432": Code(
        "{path} er lavet til et ledelsesgrundlag ({leader}), men lederen findes ikke i "
        "groups.yaml; intet er ændret",
        "Et Word-dokument fra »felles grundlag docx« husker, hvis ledelsesgrundlag det er. "
        "Lederen er ikke længere med i groups.yaml, så teksten har intet sted at komme hen.",
        "Skal teksten bevares, så kopiér den selv fra dokumentet.",
    ),
    "E433": Code(
        "{path} siger ikke, hvis ledelsesgrundlag det er (det er ikke lavet med »felles "
        "grundlag docx«); intet er ændret",
        "Når en hel mappe hentes ind, finder felles lederen i selve dokumentet, aldrig i "
        "filnavnet. Et dokument, felles ikke har lavet, hentes ind for én leder ad gangen.",
        'felles grundlag import "Søren Aakjær" soeren-aakjaer.docx',
    ),
    "W410": Code(
        "afsnittet »{section}« er ændret både i {path} og i Word; begge udgaver er bevaret, "
        "ret det i hånden",
        "Ledelsesgrundlaget er ændret, siden Word-dokumentet blev lavet. felles fletter "
        "ændringerne afsnit for afsnit; hvor det samme sted er ændret begge steder, står "
        "udgaven fra ledelsesgrundlaget først og udgaven fra Word lige under. Slet den, der "
        "ikke skal med.",
        "felles grundlag check",
    ),
}
