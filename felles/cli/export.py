"""`felles export agenda`, `ics` and `site`: agendas, the calendar, and the overview page."""

from __future__ import annotations

import os
import sys
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from felles.cli import common, group
from felles.errors import ExitCode, UsageError

if TYPE_CHECKING:
    from felles.content import Content
    from felles.locate import ContentDir

export_app = group(
    "export",
    "Dagsordener (Markdown, HTML), forløbet som kalenderfil (iCalendar) til Outlook og "
    "en oversigtsside (HTML) over hele forløbet.",
)

# What the commands say on stderr.
MESSAGES = {
    "wrote_agenda": "Skrev dagsordenen til {path}.",
    "wrote_ics": "Skrev {count} aktiviteter til {path}.",
    "wrote_site": "Skrev oversigtssiden til {path} (åbn den i en browser).",
    "draft_errors": "Bemærk: {count} fejl i ledernes ledelsesgrundlag; de tæller som 'ugyldig' "
    "på siden. Kør 'felles grundlag check' for at se dem.",
    "undated": "{count} aktiviteter uden fast dato er ikke med i kalenderen: {ids}.",
    "undated_one": "1 aktivitet uden fast dato er ikke med i kalenderen: {ids}.",
    "bad_epoch": "SOURCE_DATE_EPOCH='{value}' er ikke et helt tal; bruger klokken nu.",
    "both": "ikke begge",
    "neither": "der mangler en af dem",
}


class Format(StrEnum):
    md = "md"
    html = "html"


@export_app.command()
def agenda(
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
    output: common.OutputOption = None,
    content: common.ContentOption = None,
    verbose: common.VerboseOption = False,
) -> int:
    """Dagsorden for en aktivitet eller en fase, som Markdown eller HTML."""
    from felles import agenda as agendas

    if (activity is None) == (phase is None):
        raise UsageError("U034", {"what": MESSAGES["both" if activity else "neither"]})
    if output_format is None:
        output_format = Format.html if common.wants_html(output) else Format.md
    cdir = common.content_dir(content, verbose)
    loaded = _load(cdir)
    if phase is not None:
        chosen_phase, chosen = agendas.select_phase(loaded, phase)
    else:
        assert activity is not None
        occurrence = agendas.select_activity(loaded, activity, common.today())
        chosen_phase, chosen = occurrence.phase, [occurrence]
    values = agendas.context(loaded, chosen_phase, chosen, whole_phase=phase is not None)
    template = common.template(cdir.path, f"agenda.{output_format.value}.j2", verbose)
    text = agendas.render(template, values, html=output_format is Format.html)
    if output is None:
        sys.stdout.write(text)
    else:
        common.write_generated(output, text)
        common.say(MESSAGES["wrote_agenda"].format(path=output))
    return ExitCode.OK


@export_app.command()
def ics(
    leader: Annotated[
        str | None,
        typer.Option(
            "--leader",
            metavar="NAVN",
            help="Kun aktiviteter for denne leder (og lederens gruppe).",
            show_default=False,
        ),
    ] = None,
    group: common.GroupOption = None,
    output: common.OutputOption = None,
    content: common.ContentOption = None,
    verbose: common.VerboseOption = False,
) -> int:
    """Forløbets aktiviteter med fast dato som kalenderfil (.ics) til Outlook."""
    from felles import calendar_export
    from felles.names import find_name, match_key, suggestion
    from felles.schedule import involves, occurrences

    if leader is not None and group is not None:
        raise UsageError("U035")
    loaded = _load(common.content_dir(content, verbose))
    name: str | None = None
    if leader is not None:
        name, close = find_name(leader, loaded.leaders())
        if name is None:
            key = match_key(leader)
            close = close or [n for n in loaded.leaders() if key and key in match_key(n)][:3]
            raise UsageError("U001", {"name": leader, "hint": suggestion(close)})
    if group is not None:
        numbers = [g.number for g in loaded.groups]
        if group not in numbers:
            known = f"{min(numbers)}–{max(numbers)}" if numbers else "ingen"
            raise UsageError("U036", {"number": group, "known": known})
    chosen = [
        o for o in occurrences(loaded) if involves(o.activity, loaded, group=group, leader=name)
    ]
    export = calendar_export.build(loaded, chosen, _now())
    if export.undated:
        ids = ", ".join(o.activity.id for o in export.undated)
        key = "undated_one" if len(export.undated) == 1 else "undated"
        common.say(MESSAGES[key].format(count=len(export.undated), ids=ids))
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
        common.write_generated(output, export.ics.decode("utf-8"))
        common.say(MESSAGES["wrote_ics"].format(count=len(export.events), path=output))
    return ExitCode.OK


@export_app.command()
def site(
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
            "1.11.2018, 2018-W45 eller 'uge 45'.",
            show_default=False,
        ),
    ] = None,
    content: common.ContentOption = None,
    verbose: common.VerboseOption = False,
) -> int:
    """Oversigtsside over forløbet (HTML): formål, hjulet med læringsmål og temaer,
    tidslinjen, de næste aktiviteter og sparringsgrupperne."""
    from felles import site as pages
    from felles.agenda import check_clean
    from felles.content import load
    from felles.locate import packaged

    cdir = common.content_dir(content, verbose)
    loaded = load(cdir, Path.cwd())
    check_clean(loaded, programme_only=True)
    if loaded.errors:
        common.say(MESSAGES["draft_errors"].format(count=len(loaded.errors)))
    zone = loaded.programme.timezone if loaded.programme else None
    start = common.user_date(as_of, common.today(zone))
    template = common.template(cdir.path, pages.TEMPLATE, verbose)
    html = pages.render(template, pages.context(loaded, start))
    folder = Path("site") if output is None else output
    path = folder if common.wants_html(folder) else folder / pages.PAGE
    pages.write(path, html, [cdir.path, packaged("content"), packaged("templates")])
    common.say(MESSAGES["wrote_site"].format(path=path))
    return ExitCode.OK


def _load(cdir: ContentDir) -> Content:
    from felles.agenda import check_clean
    from felles.content import load

    loaded = load(cdir, Path.cwd())
    check_clean(loaded)
    return loaded


def _now() -> datetime:
    """The DTSTAMP: now, or SOURCE_DATE_EPOCH for reproducible files."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch:
        try:
            return datetime.fromtimestamp(int(epoch), UTC)
        except (ValueError, OverflowError, OSError):
            common.say(MESSAGES["bad_epoch"].format(value=epoch))
    return datetime.now(UTC)
