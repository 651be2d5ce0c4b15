"""The Typer options that several commands share."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

ContentOption = Annotated[
    Path | None,
    typer.Option(
        "--content",
        metavar="MAPPE",
        help="Mappen med indholdet. Ellers bruges FELLES_CONTENT, den nærmeste mappe "
        "content/ eller forløbet, der følger med felles.",
        show_default=False,
    ),
]
OutputOption = Annotated[
    Path | None,
    typer.Option(
        "--output",
        "-o",
        metavar="FIL",
        help="Skriv til filen i stedet for til skærmen.",
        show_default=False,
    ),
]
VerboseOption = Annotated[
    bool,
    typer.Option(
        "--verbose", "-v", help="Fortæl, hvilket indhold og hvilke skabeloner der blev læst."
    ),
]
GroupOption = Annotated[
    int | None,
    typer.Option(
        "--group",
        metavar="N",
        help="Kun aktiviteter for denne sparringsgruppe (nummer).",
        show_default=False,
    ),
]
DataOption = Annotated[
    Path | None,
    typer.Option(
        "--data",
        metavar="MAPPE",
        help="Mappen med spørgeskemadata (ellers FELLES_DATA eller brugerens datamappe).",
        show_default=False,
        readable=False,  # felles says in Danish what is wrong with the folder
    ),
]
