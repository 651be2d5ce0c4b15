"""Calendar invitations (`felles invite`): addresses (E340–E341) and sending (E342–E348,
W320); wrong use of the command has invite_usage_codes."""

from typing import Final

from felles.codes.code import Code

CODES: Final[dict[str, Code]] = {
    "E340": Code(
        "»{value}« er ikke en gyldig e-mailadresse",
        "En e-mailadresse skrives som navn@domæne.dk: uden mellemrum, uden navn foran og "
        "uden <>. Den bruges, når felles invite sender kalenderinvitationer.",
        "email: kirsten.joergensen@aarhus.dk",
    ),
    "E341": Code(
        "{name} har samme e-mailadresse som {other} ({value})",
        "To ledere kan ikke dele én e-mailadresse: invitationerne til den ene ville lande "
        "hos den anden, og svarene kunne ikke skelnes.",
        "Ret den ene adresse.",
    ),
    "E342": Code(
        "{who} har ingen e-mailadresse i {path}: {names}; intet er sendt. "
        "Skriv email: ved navnet, eller brug --skip-missing",
        "En invitation kan kun sendes til en leder med en e-mailadresse (email: ved lederens "
        "navn i groups.yaml). Uden --skip-missing sender felles ingenting, så ingen får en "
        "invitation, som andre mangler.",
        "  - name: Kirsten Jørgensen\n    email: kirsten.joergensen@aarhus.dk",
    ),
    "E343": Code(
        "{path} har ingen arrangør; skriv organizer: med name og email, så felles ved, "
        "hvem invitationerne kommer fra",
        "En kalenderinvitation skal have en arrangør (ORGANIZER): den, svarene går til. "
        "Den står i programme.yaml.",
        "organizer:\n  name: Forløbssekretariatet\n  email: ledelse@aarhus.dk",
    ),
    "E344": Code(
        "mailserveren {server} afviste {who}: {names}; de andre er sendt og "
        "skrevet i {path}. Ret adresserne, og kør kommandoen igen",
        "Serveren ville ikke tage imod mail til disse adresser. Det, der blev sendt, står i "
        "invitations.yaml; næste kørsel sender kun det, der mangler.",
        "Ret lederens email: i groups.yaml.",
    ),
    "E345": Code(
        "forbindelsen til mailserveren {server} gik tabt ({reason}); {sent} af {count} "
        "mails er sendt og skrevet i {path}. Kør kommandoen igen for at sende resten",
        "Hver mail skrives i invitations.yaml, så snart serveren har taget imod den. En ny "
        "kørsel sender kun de mails, der mangler, og aldrig den samme to gange.",
        "felles invite --send",
    ),
    "E346": Code(
        "kunne ikke forbinde til mailserveren {server}: {reason}",
        "felles fik ingen forbindelse til mailserveren, eller serveren afviste log-ind eller "
        "kryptering. Intet er sendt.",
        "felles invite --send --smtp smtp.aarhus.dk:587",
    ),
    "E347": Code(
        "en anden »felles invite« skriver i {path} lige nu; vent, til den er færdig",
        "To kørsler af felles invite på samme indhold ad gangen kunne sende den samme "
        "invitation to gange. Derfor venter den ene.",
        "Kør kommandoen igen om lidt.",
    ),
    "E348": Code(
        "felles invite kan ikke skrive {path}: {reason}",
        "Det sendte skrives i invitations.yaml i indholdsmappen. Filen må ikke være et "
        "symbolsk link, og mappen skal kunne skrives i.",
        "invitations.yaml",
    ),
    "W320": Code(
        "{who} uden e-mailadresse får ingen invitation: {names}",
        "Med --skip-missing sendes der til alle med en adresse; de nævnte får intet. Skriv "
        "deres email: i groups.yaml, og kør kommandoen igen for at sende til dem.",
        "  - name: Hosea Dutschke\n    email: hosea.dutschke@aarhus.dk",
    ),
}
