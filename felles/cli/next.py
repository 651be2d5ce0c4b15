"""`felles next`: what is coming up, for the programme, a group, a goal or a leader.

The Typer command only; what it shows is `next_view.show()`, which the fast path
(`quick.py`) calls without Typer for ordinary invocations. No `from __future__
import annotations` here on purpose: Typer would then `eval` every parameter's
annotation string on every run (inspect.signature(eval_str=True)), which costs
start-up time; real annotation objects are built once, at import.
"""

from enum import StrEnum
from typing import Annotated

import typer

from felles.cli.app import app
from felles.cli.options import ContentOption, GroupOption, VerboseOption


class Format(StrEnum):
    text = "text"
    json = "json"


@app.command("next")
def next_(
    count: Annotated[
        int,
        typer.Argument(
            help="Hvor mange aktiviteter der vises.", metavar="ANTAL", show_default=True
        ),
    ] = 5,
    as_of: Annotated[
        str | None,
        typer.Option(
            "--as-of",
            metavar="DATO",
            help="Se forløbet fra denne dato i stedet for i dag: 2018-11-01, 1.11.2018, "
            "2018-W45 eller »uge 45«.",
            show_default=False,
        ),
    ] = None,
    until: Annotated[
        str | None,
        typer.Option(
            "--until",
            metavar="DATO",
            help="Kun aktiviteter, der begynder senest denne dato.",
            show_default=False,
        ),
    ] = None,
    group: GroupOption = None,
    goal: Annotated[
        str | None,
        typer.Option(
            "--goal",
            metavar="ID",
            help="Kun aktiviteter under dette læringsmål (id).",
            show_default=False,
        ),
    ] = None,
    activity_type: Annotated[
        str | None,
        typer.Option(
            "--type",
            metavar="TYPE",
            help="Kun denne type, fx seminar eller workshop.",
            show_default=False,
        ),
    ] = None,
    leader: Annotated[
        str | None,
        typer.Option(
            "--leader",
            metavar="NAVN",
            help="Kun denne leders aktiviteter, og lederens næste skridt med ledelsesgrundlaget.",
            show_default=False,
        ),
    ] = None,
    output_format: Annotated[
        Format, typer.Option("--format", help="text (tabel i en terminal) eller json.")
    ] = Format.text,
    content: ContentOption = None,
    verbose: VerboseOption = False,
    undated: Annotated[
        bool,
        typer.Option(
            "--undated",
            help="Vis kun det, advarslen tæller: aktiviteter for alle og gruppernes sessioner "
            "uden fast dato, der kan falde inden for fire uger.",
        ),
    ] = False,
) -> int:
    """Vis de næste aktiviteter: dato, uge, hvor længe til, hvem der deltager, og hvad der skal
    forberedes; derefter det, der mangler en dato.

    Først de næste aktiviteter og gruppesessioner med en dag, i tidsorden; så, under
    »Mangler dato«, det, hvis periode er begyndt eller begynder inden for fire uger, og som
    endnu ikke har en dag. Fælles aktiviteter uden fast dato de næste fire uger giver en
    advarsel.
    """
    from felles.cli.next_view import show

    return show(
        count,
        as_of,
        until,
        group,
        goal,
        activity_type,
        leader,
        output_format.value,
        content,
        verbose,
        undated,
    )
