"""Wrong use of `felles invite` (U120–U126)."""

from typing import Final

from felles.codes.code import Code

CODES: Final[dict[str, Code]] = {
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
