"""`felles export agenda`, `ics` and `site`: agendas, the calendar, and the overview page."""

from __future__ import annotations

import os
import sys
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from felles.cli.app import group
from felles.cli.booklet_command import export_grundlag
from felles.cli.clock import today, user_date
from felles.cli.content import clean, content_dir, errors, template
from felles.cli.options import (
    ContentOption,
    DataOption,
    GroupOption,
    OutputOption,
    VerboseOption,
)
from felles.cli.output import emit, protected, say, wants_html
from felles.cli.survey_round import at_goal
from felles.errors import ExitCode, UsageError

export_app = group(
    "export",
    "Dagsordener (Markdown, HTML), forløbet som kalenderfil (iCalendar) til Outlook, "
    "en oversigtsside (HTML) over hele forløbet og bogen med ledelsesgrundlag.",
)

# What the commands say on stderr.
MESSAGES = {
    "wrote_agenda": "Dagsordenen er gemt i {path}.",
    "wrote_ics": "Kalenderen med {count} aktiviteter er gemt i {path}.",
    "wrote_site": "Oversigtssiden er gemt i {path} (åbn den i en browser).",
    "draft_errors": "Bemærk: {count} fejl i ledernes ledelsesgrundlag; de tæller som »ugyldig« "
    "på siden. Kør »felles grundlag check« for at se dem.",
    "undated": "{count} aktiviteter uden fast dato er ikke med i kalenderen: {ids}.",
    "undated_one": "1 aktivitet uden fast dato er ikke med i kalenderen: {ids}.",
    "bad_epoch": "SOURCE_DATE_EPOCH (»{value}«) er ikke et helt tal; bruger klokken nu.",
    "both": "ikke begge",
    "neither": "der mangler en af dem",
}


class Format(StrEnum):
    md = "md"
    html = "html"


@export_app.command("agenda")
def export_agenda(
    activity: Annotated[
        str | None,
        typer.Argument(
            metavar="AKTIVITET",
            help="Aktivitetens id, eller en dato (2018-11-08, 8.11.2018), der vælger "
            "aktiviteten på den dag.",
            show_default=False,
        ),
    ] = None,
    phase: Annotated[
        str | None,
        typer.Option(
            "--phase",
            metavar="ID",
            help="Alle aktiviteter i fasen med dette id i ét dokument.",
            show_default=False,
        ),
    ] = None,
    output_format: Annotated[
        Format | None,
        typer.Option(
            "--format",
            help="md (standard) eller html (standard for -o *.html).",
            show_default=False,
        ),
    ] = None,
    output: OutputOption = None,
    survey_round: Annotated[
        str | None,
        typer.Option(
            "--survey",
            metavar="RUNDE",
            help="Vis spørgeskemaets samlede tal for fasens læringsmål fra denne runde "
            "(fx baseline); tal med under 5 svar vises ikke.",
            show_default=False,
        ),
    ] = None,
    data: DataOption = None,
    content: ContentOption = None,
    verbose: VerboseOption = False,
    group: Annotated[
        int | None,
        typer.Option(
            "--group",
            metavar="N",
            help="Sparringsgruppens egen dagsorden: gruppens dato, sted og medlemmer.",
            show_default=False,
        ),
    ] = None,
) -> int:
    """Dagsorden for en aktivitet eller en fase, som Markdown eller HTML."""
    from felles.plan import select
    from felles.render import agenda
    from felles.render.templates import document

    if (activity is None) == (phase is None):
        raise UsageError("U034", {"what": MESSAGES["both" if activity else "neither"]})
    if output_format is None:
        output_format = Format.html if wants_html(output) else Format.md
    if data is not None and survey_round is None:
        raise UsageError("U093")
    cdir = content_dir(content, verbose)
    loaded, _ = clean(cdir, survey=survey_round is not None, pairs=True)
    if phase is not None:
        chosen_phase, chosen = select.select_phase(loaded, phase)
    else:
        assert activity is not None
        occurrence = select.select_activity(loaded, activity, today())
        chosen_phase, chosen = occurrence.phase, [occurrence]
    if group is not None:
        chosen = select.for_group(loaded, chosen, group, whole_phase=phase is not None)
    values = agenda.context(loaded, chosen_phase, chosen, whole_phase=phase is not None)
    if survey_round is not None:  # the questionnaire at the learning goal (cli/survey_round)
        values["survey"] = at_goal(loaded, chosen_phase, survey_round, data)
    path = template(cdir.path, f"agenda.{output_format.value}.j2", verbose)
    text = document(path, values, html=output_format is Format.html)
    if emit(
        text,
        output,
        form=output_format.value,
        command="export agenda",
        protect=protected(cdir.path),
    ):
        say(MESSAGES["wrote_agenda"].format(path=output))
    return ExitCode.OK


@export_app.command("ics")
def export_ics(
    leader: Annotated[
        str | None,
        typer.Option(
            "--leader",
            metavar="NAVN",
            help="Kun aktiviteter for denne leder (og lederens gruppe).",
            show_default=False,
        ),
    ] = None,
    group: GroupOption = None,
    output: OutputOption = None,
    content: ContentOption = None,
    verbose: VerboseOption = False,
) -> int:
    """Forløbets aktiviteter med fast dato som kalenderfil (.ics) til Outlook."""
    from felles.plan import invite_plan, sessions
    from felles.plan.participants import participants
    from felles.plan.roster import check_group, find_leader
    from felles.plan.schedule import occurrences
    from felles.render import ics

    if leader is not None and group is not None:
        raise UsageError("U035")
    cdir = content_dir(content, verbose)
    loaded, _ = clean(cdir, invitations=True)
    name = find_leader(loaded, leader) if leader is not None else None
    if group is not None:
        check_group(loaded, group)
    chosen = [
        o
        for o in occurrences(loaded)
        if participants(o.activity, loaded).involves(loaded, group=group, leader=name)
    ]
    own = loaded.leaders()[name] if name is not None else group
    shown = sessions.calendar(loaded, chosen, own)
    numbers = invite_plan.sequences(loaded, invite_plan.events(loaded, shown))
    export = ics.build(loaded, shown, _now(), numbers)
    if export.undated:
        day = today(loaded.programme.timezone if loaded.programme else None)
        ids = ", ".join(sessions.undated_text(loaded, o, day) for o in export.undated)
        key = "undated_one" if len(export.undated) == 1 else "undated"
        say(MESSAGES[key].format(count=len(export.undated), ids=ids))
    if output is None:
        # Bytes, so that the CRLF line endings RFC 5545 wants are not doubled on Windows.
        binary = getattr(sys.stdout, "buffer", None)
        if binary is None:
            sys.stdout.write(export.ics.decode("utf-8"))
        else:
            sys.stdout.flush()
            binary.write(export.ics)
            binary.flush()
    else:
        from felles.cli.output import write_file

        write_file(output, export.ics, protect=protected(cdir.path))
        say(MESSAGES["wrote_ics"].format(count=len(export.events), path=output))
    return ExitCode.OK


@export_app.command("site")
def export_site(
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            metavar="MAPPE",
            help="Mappen, siden (index.html) skrives i; oprettes, hvis den mangler. Standard: "
            "site/ i den mappe, du står i. Et navn, der ender på .html, er selve filen.",
            show_default=False,
        ),
    ] = None,
    as_of: Annotated[
        str | None,
        typer.Option(
            "--as-of",
            metavar="DATO",
            help="Vis de næste aktiviteter fra denne dato i stedet for i dag: 2018-11-01, "
            "1.11.2018, 2018-W45 eller »uge 45«.",
            show_default=False,
        ),
    ] = None,
    content: ContentOption = None,
    verbose: VerboseOption = False,
) -> int:
    """Oversigtsside over forløbet (HTML): formål, hjulet med læringsmål og temaer,
    tidslinjen, de næste aktiviteter og sparringsgrupperne."""
    from felles.cli.output import write_file
    from felles.render import site
    from felles.render.signature import HTML, sign

    cdir = content_dir(content, verbose)
    loaded, findings = clean(cdir, drafts=True)
    if errors(findings):
        say(MESSAGES["draft_errors"].format(count=len(errors(findings))))
    zone = loaded.programme.timezone if loaded.programme else None
    start = user_date(as_of, today(zone))
    html = site.render(template(cdir.path, site.TEMPLATE, verbose), site.context(loaded, start))
    folder = Path("site") if output is None else output
    path = folder if wants_html(folder) else folder / site.PAGE
    write_file(
        path,
        sign(html, HTML, "export site"),
        protect=protected(cdir.path),
        cannot="U050",
        make_folders=True,
    )
    say(MESSAGES["wrote_site"].format(path=path))
    return ExitCode.OK


# `felles export grundlag`: the booklet of ledelsesgrundlag (cli/booklet_command.py).
export_app.command("grundlag")(export_grundlag)


def _now() -> datetime:
    """The DTSTAMP: now, or SOURCE_DATE_EPOCH for reproducible files."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch:
        try:
            return datetime.fromtimestamp(int(epoch), UTC)
        except (ValueError, OverflowError, OSError):
            say(MESSAGES["bad_epoch"].format(value=epoch))
    return datetime.now(UTC)
