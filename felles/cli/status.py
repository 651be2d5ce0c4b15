"""`felles status`: what needs the coordinator now.

The Typer command only; what it shows is `status_view.show()`, which the fast path (`quick.py`)
calls without Typer for ordinary invocations. No `from __future__ import annotations`
(see next.py: Typer would `eval` the annotations on every run).
"""

from enum import StrEnum
from typing import Annotated

import typer

from felles.cli.app import app
from felles.cli.options import ContentOption, VerboseOption


class Format(StrEnum):
    text = "text"
    json = "json"
    md = "md"


@app.command("status")
def status(
    as_of: Annotated[
        str | None,
        typer.Option(
            "--as-of",
            metavar="DATO",
            help="Se forløbet fra denne dato i stedet for i dag: 2018-10-15, 15.10.2018, "
            "2018-W42 eller »uge 42«.",
            show_default=False,
        ),
    ] = None,
    output_format: Annotated[
        Format,
        typer.Option("--format", help="text, json eller md (til at sætte ind i en mail)."),
    ] = Format.text,
    content: ContentOption = None,
    verbose: VerboseOption = False,
) -> int:
    """Vis, hvad der kræver koordinatoren nu: de næste 14 dage, manglende datoer, udkast
    bagud, par, spørgeskema og advarsler.

    Hvert afsnit udelades, når det er tomt. Udgangskoden er 0, hvad status end finder, og
    1 kun når indholdet har fejl.
    """
    from felles.cli.status_view import show

    return show(as_of, output_format.value, content, verbose)
