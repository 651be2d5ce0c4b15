"""The arguments and options of `felles export agenda`: which activity or phase, for which
group, in which format, and with which survey round's figures."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer


class Format(StrEnum):
    md = "md"
    html = "html"


ActivityArgument = Annotated[
    str | None,
    typer.Argument(
        metavar="AKTIVITET",
        help="Aktivitetens id, eller en dato (2018-11-08, 8.11.2018), der vælger "
        "aktiviteten på den dag.",
        show_default=False,
    ),
]
PhaseOption = Annotated[
    str | None,
    typer.Option(
        "--phase",
        metavar="ID",
        help="Alle aktiviteter i fasen med dette id i ét dokument.",
        show_default=False,
    ),
]
AgendaFormatOption = Annotated[
    Format | None,
    typer.Option(
        "--format",
        help="md (standard) eller html (standard for -o *.html).",
        show_default=False,
    ),
]
SurveyRoundOption = Annotated[
    str | None,
    typer.Option(
        "--survey",
        metavar="RUNDE",
        help="Vis spørgeskemaets samlede tal for fasens læringsmål fra denne runde "
        "(fx baseline); tal med under 5 svar vises ikke.",
        show_default=False,
    ),
]
GroupAgendaOption = Annotated[
    int | None,
    typer.Option(
        "--group",
        metavar="N",
        help="Sparringsgruppens egen dagsorden: gruppens dato, sted og medlemmer.",
        show_default=False,
    ),
]
