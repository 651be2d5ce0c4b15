"""What `felles next` shows, without Typer: the command (`next.py`) and the fast path
(`quick.py`) both call `show()`, so the two give the same output and exit codes.

Rich is imported only when a table is drawn on a terminal.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Final

from felles.cli.clock import DEFAULT_ZONE, today, user_date
from felles.cli.content import content_dir, judge, load, refused
from felles.cli.output import say, wants_table, write
from felles.errors import ExitCode, UsageError

if TYPE_CHECKING:
    from felles.plan.upcoming import Upcoming

TABLE_WIDTH: Final = 100  # columns the table needs before its cells are cut short
HEADERS: Final = ("Hvornår", "Uge", "Om", "Type", "Aktivitet")  # the table's columns


def show(
    count: int = 5,
    as_of: str | None = None,
    until: str | None = None,
    group: int | None = None,
    goal: str | None = None,
    activity_type: str | None = None,
    leader: str | None = None,
    output_format: str = "text",
    content: Path | None = None,
    verbose: bool = False,
    undated: bool = False,
) -> int:
    """The next activities from `as_of` (today), as text, a table or JSON."""
    from felles.plan import upcoming
    from felles.render import needs_date_text, nothing_ahead_text, upcoming_text

    if count < 1:
        raise UsageError("U013", {"value": count})
    found = content_dir(content, verbose)
    loaded = load(found, cached=True, verbose=verbose)
    findings = judge(loaded)
    if refused(findings):
        return ExitCode.CONTENT
    zone = (loaded.programme.timezone if loaded.programme else None) or DEFAULT_ZONE
    start = user_date(as_of, lambda: today(zone))
    last = user_date(until, start) if until is not None else None
    filters = upcoming.make_filters(
        loaded,
        start,
        last,
        group=group,
        goal=goal,
        activity_type=activity_type,
        leader=leader,
        undated=undated,
    )
    result = upcoming.upcoming(loaded, start, count, filters, found.path)
    filtered = filters != upcoming.Filters()
    table = bool(result.items) and wants_table(TABLE_WIDTH)
    listing = _undated_command(as_of, content)
    if not (table and output_format == "text"):
        for line in needs_date_text.warning_lines(result, listing):
            say(line)
    if output_format == "json":
        from felles.render import upcoming_json

        write(upcoming_json.as_json(result, zone))
        if not result.items and not result.needs_date:
            for line in nothing_ahead_text.empty_lines(result, filtered):
                say(line)
    elif table:
        _table(result, _draft_display(result), listing)
    else:
        for line in upcoming_text.text_lines(result, filtered, _draft_display(result)):
            write(line)
    sys.stdout.flush()
    return ExitCode.OK


def _undated_command(as_of: str | None, content: Path | None) -> str:
    """The command that lists the activities the warning counts (the same day, the same
    content)."""
    import shlex

    words = ["felles", "next", "--undated"]
    if as_of is not None:
        words += ["--as-of", as_of]
    if content is not None:
        words += ["--content", str(content)]
    return shlex.join(words)


def _draft_display(result: Upcoming) -> str | None:
    """The leader's draft path as the user will recognise it."""
    from felles.content.load import display_path

    return display_path(result.step.draft, Path.cwd()) if result.step is not None else None


def _table(result: Upcoming, draft: str | None, listing: str) -> None:
    """A Rich table for a terminal (colour, wrapping to the window)."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from felles import danish_days
    from felles.cli.output import terminal
    from felles.controls import harmless
    from felles.render import leader_step_text, needs_date_text, upcoming_text

    console = Console(file=terminal(), highlight=False)
    if result.step is not None:
        for line in leader_step_text.leader_lines(
            result.step, draft or str(result.step.draft), result.today
        ):
            console.print(Text(harmless(line)))
        console.print()
    elif result.group is not None:
        for line in leader_step_text.group_lines(result.group, result.today):
            console.print(Text(harmless(line)))
        console.print()
    warning = needs_date_text.warning(result, listing)
    if warning is not None:
        console.print(Text(harmless(warning), style="yellow"))
        console.print()
    table = Table(
        title=harmless(
            upcoming_text.TEXT["title"].format(today=danish_days.short_day(result.today))
        ),
        title_justify="left",
        show_lines=True,
    )
    for header in HEADERS:
        table.add_column(header)
    for item in result.items:
        body = Text(harmless(item.title), style="bold")
        for label, value in upcoming_text.details(item, result.today):
            body.append(f"\n{harmless(label)}: ", style="dim")
            body.append(harmless(value))
        when = Text(harmless(item.when_text), style="" if item.occurrence.fixed else "yellow")
        table.add_row(
            when,
            Text(harmless(item.week_text or upcoming_text.NONE)),
            Text(harmless(item.relative(result.today) or upcoming_text.NONE)),
            Text(harmless(item.activity.type)),
            body,
        )
    console.print(table)
    undated = needs_date_text.needs_date_lines(result)
    if undated:
        console.print()
        console.print(Text(undated[0], style="bold"))
        for line in undated[1:]:
            console.print(Text(line))
