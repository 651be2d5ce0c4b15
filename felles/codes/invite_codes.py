"""Calendar invitations (`felles invite`): addresses (E340–E341), sending (E342–E347,
W320–W321) and wrong use of the command (U120–U126)."""

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
    "U120": Code(
        "--send kræver en mailserver: --smtp VÆRT:PORT eller miljøvariablen FELLES_SMTP",
        "felles sender gennem en SMTP-server, fx din organisations. Uden --send skriver "
        "felles invite mails (.eml) i en mappe i stedet.",
        "felles invite --send --smtp smtp.aarhus.dk:587",
    ),
    "U121": Code(
        "»{value}« er ikke en mailserver; skriv VÆRT:PORT, fx smtp.aarhus.dk:587",
        "Mailserveren angives som værtsnavn, kolon og portnummer (1–65535).",
        "--smtp smtp.aarhus.dk:587",
    ),
    "U122": Code(
        "--smtp-security none (ukrypteret) er kun tilladt til en server på denne maskine, "
        "ikke {server}",
        "Uden kryptering kan adgangskoden og mailene læses på vejen. Brug starttls (standard) "
        "eller ssl til en server på netværket.",
        "--smtp-security starttls",
    ),
    "U123": Code(
        "»{value}« er ikke en sikkerhed for mailserveren; skriv starttls, ssl eller none",
        "FELLES_SMTP_SECURITY og --smtp-security tager starttls (standard), ssl eller none.",
        "FELLES_SMTP_SECURITY=ssl",
    ),
    "U124": Code(
        "brug enten --group eller --leader, ikke begge",
        "En invitation sendes til en sparringsgruppe eller til én leder, ikke begge på én gang.",
        "felles invite workshop-1 --group 2",
    ),
    "U126": Code(
        "-o (mappen til .eml-filer) bruges kun uden --send",
        "Uden --send skriver felles invite mails som .eml-filer i mappen fra -o; med --send "
        "sendes de, og det sendte står i invitations.yaml.",
        "felles invite workshop-1 --group 2 -o invitationer/",
    ),
    "U125": Code(
        "der er ingen adgangskode til {user}: sæt FELLES_SMTP_PASSWORD, eller kør i en "
        "terminal, så felles kan spørge",
        "Adgangskoden til mailserveren står aldrig i indholdet. Den tages fra "
        "FELLES_SMTP_PASSWORD eller spørges om i terminalen.",
        "FELLES_SMTP_PASSWORD=… felles invite --send",
    ),
}
