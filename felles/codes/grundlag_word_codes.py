"""A leader's ledelsesgrundlag in Word and back (E421–E433, W410): reading the document,
where it came from, and the text brought back into the draft."""

from typing import Final

from felles.codes.code import Code

CODES: Final[dict[str, Code]] = {
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
