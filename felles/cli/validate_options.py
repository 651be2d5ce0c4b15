"""The options of `felles validate`: strict or not, the format of the report, the day the
planning is checked as of, and a code to explain instead.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer


class ValidateFormat(StrEnum):
    text = "text"
    json = "json"
    github = "github"


ValidateStrictOption = Annotated[
    bool, typer.Option("--strict", help="Advarsler giver også udgangskode 1.")
]
ValidateFormatOption = Annotated[
    ValidateFormat | None,
    typer.Option(
        "--format",
        help="text (standard), json eller github (standard, når GITHUB_ACTIONS=true).",
        show_default=False,
    ),
]
ValidateAsOfOption = Annotated[
    str | None,
    typer.Option(
        "--as-of",
        metavar="DATO",
        help="Tjek planlægningen som på denne dato (fx 2018-11-01 eller »uge 45 2018«); "
        "standard er i dag.",
        show_default=False,
    ),
]
ValidateExplainOption = Annotated[
    str | None,
    typer.Option(
        "--explain",
        metavar="KODE",
        help="Forklar en kode (fx E105): hvad den betyder, og hvordan den rettes.",
        show_default=False,
    ),
]
