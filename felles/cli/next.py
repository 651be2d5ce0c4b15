"""`felles next`: what is coming up, for the programme, a group, a goal or a leader.

Keep the module-level imports light: this module is imported on every run of
felles. Rich is imported only when a table is drawn on a terminal. No `from __future__
import annotations` here on purpose: Typer would then `eval` every parameter's
annotation string on every run (inspect.signature(eval_str=True)), which costs
start-up time; real annotation objects are built once, at import.
"""

import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from felles.cli.app import app
from felles.cli.content import content_dir, judge, load, programme_errors
from felles.cli.options import (
    DEFAULT_ZONE,
    ContentOption,
    GroupOption,
    VerboseOption,
    today,
    user_date,
)
from felles.cli.output import say, wants_table, write
from felles.errors import ExitCode, UsageError

if TYPE_CHECKING:
    from felles.plan.upcoming import Upcoming

TABLE_WIDTH = 100  # columns the table needs before its cells are cut short
VALIDATE_HINT = "Indholdet har fejl; kør 'felles validate' for at se og rette dem."
DRAFT_ERRORS = (
    "Bemærk: {count} fejl i ledernes ledelsesgrundlag; kør 'felles grundlag check' for at se dem."
)


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
            "2018-W45 eller 'uge 45'.",
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
) -> int:
    """Vis de næste aktiviteter: dato, uge, hvor længe til, hvem deltager, og hvad der skal
    forberedes. Aktiviteter uden fast dato de næste fire uger giver en advarsel."""
    from felles.export import upcoming as lines
    from felles.plan import upcoming

    if count < 1:
        raise UsageError("U013", {"value": count})
    found = content_dir(content, verbose)
    loaded = load(found)
    findings = judge(loaded)
    stopping = programme_errors(findings)
    if stopping:
        for finding in stopping:
            say(str(finding))
        say(VALIDATE_HINT)
        return ExitCode.CONTENT
    draft_errors = [f for f in findings if f.severity == "error"]
    if draft_errors:
        say(DRAFT_ERRORS.format(count=len(draft_errors)))
    zone = (loaded.programme.timezone if loaded.programme else None) or DEFAULT_ZONE
    start = user_date(as_of, today(zone))
    last = user_date(until, start) if until is not None else None
    filters = upcoming.make_filters(
        loaded,
        start,
        last,
        group=group,
        goal=goal,
        activity_type=activity_type,
        leader=leader,
    )
    result = upcoming.upcoming(loaded, start, count, filters, found.path)
    filtered = filters != upcoming.Filters()
    table = result.items and wants_table(TABLE_WIDTH)
    if not (table and output_format is Format.text):
        for line in lines.warning_lines(result):
            say(line)
    if output_format is Format.json:
        write(lines.as_json(result, zone))
        if not result.items:
            for line in lines.empty_lines(result, filtered):
                say(line)
    elif table:
        _table(result, _draft_display(result))
    else:
        for line in lines.text_lines(result, filtered, _draft_display(result)):
            write(line)
    sys.stdout.flush()
    return ExitCode.OK


def _draft_display(result: "Upcoming") -> str | None:
    """The leader's draft path as the user will recognise it."""
    from felles.content.load import display_path

    return display_path(result.step.draft, Path.cwd()) if result.step is not None else None


def _table(result: "Upcoming", draft: str | None) -> None:
    """A Rich table for a terminal (colour, wrapping to the window)."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from felles import dates
    from felles.export import upcoming as output

    console = Console(highlight=False)
    if result.step is not None:
        for line in output.leader_lines(result.step, draft or str(result.step.draft)):
            console.print(Text(line))
        console.print()
    for item in result.undated_soon:
        console.print(Text(output.warning(item), style="yellow"))
    if result.undated_soon:
        console.print()
    table = Table(
        title=output.TEXT["title"].format(today=dates.short_day(result.today)),
        title_justify="left",
        show_lines=True,
    )
    for header in ("Hvornår", "Uge", "Om", "Type", "Aktivitet"):
        table.add_column(header)
    for item in result.items:
        body = Text(item.activity.title, style="bold")
        for label, value in output.details(item):
            body.append(f"\n{label}: ", style="dim")
            body.append(value)
        when = Text(item.when_text, style="" if item.occurrence.fixed else "yellow")
        table.add_row(
            when,
            Text(item.week_text or output.NONE),
            Text(item.relative(result.today) or output.NONE),
            Text(item.activity.type),
            body,
        )
    console.print(table)
