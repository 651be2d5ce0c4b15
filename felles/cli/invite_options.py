"""The arguments and options of `felles invite`: which activities, to whom, and how (an
.eml folder, or a mail server)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

ActivityArgument = Annotated[
    str | None,
    typer.Argument(
        metavar="AKTIVITET",
        help="Aktivitetens id, eller en dato, der vælger aktiviteten på den dag. "
        "Uden: alle aktiviteter med fast dato.",
        show_default=False,
    ),
]
GroupMembersOption = Annotated[
    int | None,
    typer.Option(
        "--group",
        metavar="N",
        help="Kun til denne sparringsgruppes medlemmer, på gruppens egne datoer.",
        show_default=False,
    ),
]
LeaderOption = Annotated[
    str | None,
    typer.Option("--leader", metavar="NAVN", help="Kun til denne leder.", show_default=False),
]
AsOfOption = Annotated[
    str | None,
    typer.Option(
        "--as-of",
        metavar="DATO",
        help="Kun aktiviteter, der slutter denne dag eller senere (standard: i dag): "
        "2018-06-01, 1.6.2018 eller »uge 22«.",
        show_default=False,
    ),
]
EmlFolderOption = Annotated[
    Path | None,
    typer.Option(
        "--output",
        "-o",
        metavar="MAPPE",
        help="Mappen, mails (.eml) skrives i uden --send; oprettes, hvis den mangler. "
        "Standard: invitationer/ i den mappe, du står i.",
        show_default=False,
    ),
]
SendOption = Annotated[
    bool,
    typer.Option(
        "--send",
        help="Send mails gennem mailserveren, og skriv det sendte i invitations.yaml.",
    ),
]
SkipMissingOption = Annotated[
    bool,
    typer.Option("--skip-missing", help="Send til dem med en e-mailadresse, og nævn de andre."),
]
SmtpOption = Annotated[
    str | None,
    typer.Option(
        "--smtp",
        metavar="VÆRT:PORT",
        help="Mailserveren, fx smtp.aarhus.dk:587 (ellers FELLES_SMTP).",
        show_default=False,
    ),
]
SmtpSecurityOption = Annotated[
    str | None,
    typer.Option(
        "--smtp-security",
        metavar="SIKKERHED",
        help="starttls (standard), ssl eller none (kun til en server på denne maskine); "
        "ellers FELLES_SMTP_SECURITY.",
        show_default=False,
    ),
]
SmtpUserOption = Annotated[
    str | None,
    typer.Option(
        "--smtp-user",
        metavar="BRUGER",
        help="Brugernavn på mailserveren (ellers FELLES_SMTP_USER). Adgangskoden tages "
        "fra FELLES_SMTP_PASSWORD eller spørges om.",
        show_default=False,
    ),
]
