"""`felles move --start DATO`: the whole programme moved to a new first date, in place.

Only the characters of each date change (plan/rebase.py); every comment, quote and
line stays as written. The move is one transaction:

1. plan every change (cli/move_plan.py), and say where the first dated activity lands
   and why (cli/move_landing.py);
2. check the moved content with every rule of `felles validate`, on a copy
   (cli/move_check.py): a new
   error means nothing is written (the findings are printed, exit 1); new warnings are
   written and listed;
3. write every file or none (cli/move_files.py): temporary files, a journal a rerun
   finishes, no file overwritten that changed since it was read, links and owners kept.

The places in titles, purposes, agendas and phase texts that still name a date of the
old period are listed as a to-do (plan/oldtext.py; cli/move_report.py says it all).
`felles init --start` uses the same move on its fresh copy.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Annotated, Final

import typer

from felles.cli.app import app
from felles.cli.content import content_dir
from felles.cli.options import ContentOption, VerboseOption
from felles.cli.output import say
from felles.errors import ExitCode, UsageError

if TYPE_CHECKING:
    pass

DIFF: Final = "Se ændringerne med »git diff«, før du gemmer dem i git."


def start_date(text: str, today: date | None = None) -> str:
    """--start as a content date: a month (2027-02), or a day as --as-of takes it (2027-02-04,
    4.2.2027, 2027-W06, »uge 6 2027«); »uge 6« alone is the coming week 6."""
    from felles.dates import OUT_OF_RANGE, parse_when
    from felles.user_dates import coming_week, parse_user_date

    value = text.strip()
    try:
        if len(value) == 7 and value[4:5] == "-":
            return parse_when(value).text
        day = today or _today()
        found = coming_week(value, day)
        if found is None:
            found = parse_user_date(value, day)
        return parse_when(found.isoformat()).text
    except ValueError as error:
        if str(error) == OUT_OF_RANGE:
            raise UsageError("U006", {"value": text, "reason": OUT_OF_RANGE}) from None
        raise UsageError("U080", {"value": text}) from None


def _today() -> date:
    from felles.cli.clock import today

    return today()


@app.command()
def move(
    start: Annotated[
        str,
        typer.Option(
            "--start",
            metavar="DATO",
            help="Forløbets nye første dato: en måned (2027-02), en dag (2027-02-04, 4.2.2027) "
            "eller en uge (2027-W06, »uge 6«: den kommende uge 6).",
            show_default=False,
        ),
    ],
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Vis de nye datoer, men skriv intet.")
    ] = False,
    content: ContentOption = None,
    verbose: VerboseOption = False,
) -> int:
    """Flyt hele forløbet til en ny første dato; hver dato beholder tidspunkt, dag eller måned.

    En dato med tidspunkt får et nyt tidspunkt, en dag en ny dag, og en måned kun en ny måned.
    """
    from felles.cli.move_journal import finish
    from felles.cli.move_plan import plan_move
    from felles.cli.move_report import run_move

    found = content_dir(content, verbose)
    if found.source == "packaged":
        raise UsageError("U021", {"path": str(found.path)})
    if not dry_run:
        finished = finish(found.path)
        if finished is not None:
            say(finished)
            return ExitCode.OK
    new_start = start_date(start)
    code = run_move(found.path, plan_move(found, new_start), new_start, dry_run=dry_run)
    if code == ExitCode.OK and not dry_run:
        say(DIFF)
    return code
