"""`felles grundlag new|check|status`: leaders' personal ledelsesgrundlag."""

from __future__ import annotations

import os
import sys
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Final

import typer

from felles.cli import common, group
from felles.errors import ExitCode, FellesError, UsageError

if TYPE_CHECKING:
    from felles.content import Content
    from felles.drafts import Row
    from felles.locate import ContentDir


TEXT: Final = {
    "template": "Skabelon: {path}",
    "override": "Skabelon: {path} (jeres egen, i stedet for den, der følger med felles)",
    "dry_run": "Ville oprette {path} (--dry-run: intet er skrevet):",
    "created": "Oprettet: {path}",
    "next": "Næste skridt for sparringsgruppe {group}: {title}, {when}.",
    "no_next": "Sparringsgruppe {group} har ingen kommende workshops i forløbet.",
    "edit": "Skriv under spørgsmålene i hvert afsnit, og ret status, når du når et nyt trin.",
    "counts": "Oprettet: {created}, sprunget over: {skipped} (har allerede et ledelsesgrundlag).",
    "checked": "{count} ledelsesgrundlag tjekket: {result}",
    "other_errors": "Indholdet har også {count} fejl uden for ledelsesgrundlag/; kør 'felles "
    "validate'.",
    "group": "Sparringsgruppe {group}",
    "totals": "I alt: {totals}.",
    "progress": "{published} af {total} udgivet.",
    "orphans": "{count} ledelsesgrundlag hører ikke til en leder i groups.yaml: {paths} "
    "(se 'felles grundlag check').",
    "words": "{words} ord",
    "changed": "ændret {day}",
}
HEADERS: Final = ("Leder", "Status", "Ord", "Sidst ændret")

grundlag_app = group(
    "grundlag",
    "Ledernes personlige ledelsesgrundlag: opret (new), tjek (check) og se status (status).",
)


class CheckFormat(StrEnum):
    text = "text"
    json = "json"
    github = "github"


class StatusFormat(StrEnum):
    text = "text"
    json = "json"


AsOfOption = Annotated[
    str | None,
    typer.Option(
        "--as-of",
        help="Regn fra denne dato i stedet for i dag (fx 2018-06-08 eller 8.6.2018).",
        show_default=False,
    ),
]


@grundlag_app.command("new")
def new(
    name: Annotated[
        str | None,
        typer.Argument(
            help="Lederens navn som i groups.yaml (store/små bogstaver og æ/ø/å er ligegyldige).",
            metavar="NAVN",
            show_default=False,
        ),
    ] = None,
    all_leaders: Annotated[
        bool,
        typer.Option("--all", help="Opret et ledelsesgrundlag til hver leder, der mangler et."),
    ] = False,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Vis sti og tekst, men skriv intet.")
    ] = False,
    as_of: AsOfOption = None,
    content: common.ContentOption = None,
    verbose: common.VerboseOption = False,
) -> int:
    """Opret et ledelsesgrundlag fra skabelonen. Overskriver aldrig en eksisterende fil."""
    from felles import drafts
    from felles.content import display_path, load

    if (name is None) == (not all_leaders):
        raise UsageError("U020")
    found = common.content_dir(content, verbose)
    if found.source == "packaged" and not dry_run:
        raise UsageError("U021", {"path": str(found.path)})
    loaded = load(found, Path.cwd())
    if loaded.programme is None or not loaded.leaders():
        raise FellesError("E409")
    today = common.user_date(as_of, common.today())
    template = _template(found, verbose)
    leaders = loaded.leaders()
    if all_leaders:
        return _new_all(loaded, today, template, dry_run)
    assert name is not None
    leader = _leader(name, list(leaders))
    path = drafts.safe_draft_path(found.path, leader)
    shown = display_path(path, Path.cwd())
    if path.exists() or path.is_symlink():
        raise FellesError("E407", {"path": shown})
    other = next((d.display for d in loaded.drafts if d.meta.leader == leader), None)
    if other is not None:
        raise FellesError("E408", {"leader": leader, "path": other})
    text = drafts.scaffold(loaded, leader, today, template)
    if dry_run:
        common.write(TEXT["dry_run"].format(path=shown))
        common.write()
        sys.stdout.write(text)
        return ExitCode.OK
    _create(path, text, shown)
    common.write(TEXT["created"].format(path=shown))
    common.write(_next_step(loaded, leaders[leader], today))
    common.write(TEXT["edit"])
    return ExitCode.OK


def _new_all(loaded: Content, today: date, template: Path, dry_run: bool) -> int:
    from felles import drafts
    from felles.content import display_path

    has_draft = {draft.meta.leader for draft in loaded.drafts}
    created = skipped = 0
    for leader in loaded.leaders():
        path = drafts.safe_draft_path(loaded.dir.path, leader)
        shown = display_path(path, Path.cwd())
        if leader in has_draft or path.exists() or path.is_symlink():
            skipped += 1
            continue
        text = drafts.scaffold(loaded, leader, today, template)
        if dry_run:
            common.write(TEXT["dry_run"].format(path=shown))
        else:
            try:
                _create(path, text, shown)
            except FellesError:  # created by someone else a moment ago
                skipped += 1
                continue
            common.write(TEXT["created"].format(path=shown))
        created += 1
    common.write(TEXT["counts"].format(created=created, skipped=skipped))
    return ExitCode.OK


def _create(path: Path, text: str, shown: str) -> None:
    from felles.atomic import create_new

    path.parent.mkdir(exist_ok=True)
    try:
        create_new(path, text)
    except FileExistsError:
        raise FellesError("E407", {"path": shown}) from None


def _leader(query: str, leaders: list[str]) -> str:
    from felles.names import find_name, suggestion

    found, close = find_name(query, leaders)
    if found is None:
        raise UsageError("U001", {"name": query, "hint": suggestion(close)})
    return found


def _template(found: ContentDir, verbose: bool) -> Path:
    from felles import drafts

    path, is_override = drafts.template(found.path)
    if is_override:
        common.say(TEXT["override"].format(path=path))
    elif verbose:
        common.say(TEXT["template"].format(path=path))
    return path


def _next_step(loaded: Content, group: int, today: date) -> str:
    from felles.dates import describe_span
    from felles.schedule import next_workshop

    workshop = next_workshop(loaded, group, today)
    if workshop is None:
        return TEXT["no_next"].format(group=group)
    when = describe_span(workshop.start, workshop.end)
    return TEXT["next"].format(group=group, title=workshop.activity.title, when=when)


@grundlag_app.command("check")
def check(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Ledelsesgrundlag at tjekke (standard: alle).", metavar="FIL …", show_default=False
        ),
    ] = None,
    strict: Annotated[
        bool, typer.Option("--strict", help="Advarsler giver også udgangskode 1.")
    ] = False,
    output_format: Annotated[
        CheckFormat, typer.Option("--format", help="text, json eller github.")
    ] = CheckFormat.text,
    content: common.ContentOption = None,
    verbose: common.VerboseOption = False,
) -> int:
    """Tjek ledelsesgrundlag: front matter, leder, gruppe, filnavn og afsnit."""
    from felles import drafts, report
    from felles.content import load
    from felles.findings import sort_key

    found = common.content_dir(content, verbose)
    folder = drafts.drafts_dir(found.path).resolve()
    cwd = Path.cwd()
    chosen = {_draft_file(path, folder) for path in paths or []}
    _template(found, verbose)
    loaded = load(found, cwd, full=True)
    files = chosen or {p.resolve() for p in folder.glob("*.md") if not p.name.startswith(".")}

    def ours(path: str) -> bool:
        return (cwd / path).resolve() in files

    shown = sorted((f for f in loaded.findings if ours(f.path)), key=sort_key)
    others = [f for f in loaded.errors if not (cwd / f.path).resolve().is_relative_to(folder)]
    errors = sum(1 for f in shown if f.severity == "error")
    warnings = len(shown) - errors
    if output_format is CheckFormat.json:
        common.write(report.as_json(shown))
    else:
        if output_format is CheckFormat.github:
            for line in report.github(shown):
                common.write(line)
        for line in report.text(shown):
            common.write(line)
        summary = report.Summary(0, 0, 0, 0, 0, 0, errors, warnings)
        common.write(TEXT["checked"].format(count=len(files), result=summary.result_line()))
    if others:
        common.say(TEXT["other_errors"].format(count=len(others)))
    failed = errors or others or (strict and warnings)
    return ExitCode.CONTENT if failed else ExitCode.OK


def _draft_file(path: Path, folder: Path) -> Path:
    resolved = path.resolve()
    if not (resolved.is_file() and resolved.parent == folder and resolved.suffix == ".md"):
        raise UsageError("U024", {"path": str(path), "folder": str(folder)})
    return resolved


@grundlag_app.command("status")
def status(
    group: Annotated[
        int | None, typer.Option("--group", help="Kun denne sparringsgruppe.", show_default=False)
    ] = None,
    output_format: Annotated[
        StatusFormat, typer.Option("--format", help="text eller json.")
    ] = StatusFormat.text,
    content: common.ContentOption = None,
    verbose: common.VerboseOption = False,
) -> int:
    """Hver leders ledelsesgrundlag: status, antal ord og sidst ændret, gruppe for gruppe."""
    from zoneinfo import ZoneInfo

    from felles import drafts
    from felles.content import load

    found = common.content_dir(content, verbose)
    loaded = load(found, Path.cwd())
    numbers = [g.number for g in loaded.groups]
    if group is not None and group not in numbers:
        known = ", ".join(str(n) for n in numbers) or "ingen"
        raise UsageError("U023", {"group": group, "known": known})
    folder = drafts.drafts_dir(found.path)
    files = [d.doc.path for d in loaded.drafts]
    files += [drafts.draft_path(found.path, leader) for leader in loaded.leaders()]
    changed = drafts.last_changed(
        folder, {p for p in files if p.is_file()}, ZoneInfo(common.DEFAULT_ZONE)
    )
    rows = [r for r in drafts.progress(loaded, changed) if group is None or r.group == group]
    orphans = drafts.orphans(loaded) if group is None else []
    if output_format is StatusFormat.json:
        common.write(_status_json(rows, orphans))
        return ExitCode.OK
    if sys.stdout.isatty() and "NO_COLOR" not in os.environ:
        _status_table(rows)
    else:
        for line in _status_lines(rows):
            common.write(line)
    for line in _status_footer(rows, orphans):
        common.write(line)
    return ExitCode.OK


def _totals(rows: list[Row]) -> dict[str, int]:
    from felles import drafts

    return drafts.totals(rows)


def _cells(row: Row) -> tuple[str, str, str, str]:
    from felles.dates import short_day

    words = "" if row.words is None else TEXT["words"].format(words=row.words)
    day = "" if row.changed is None else short_day(row.changed)
    return row.leader, row.status, words, day


def _status_lines(rows: list[Row]) -> list[str]:
    lines: list[str] = []
    width = max((len(row.leader) for row in rows), default=0)
    current = None
    for row in rows:
        if row.group != current:
            if lines:
                lines.append("")
            lines.append(TEXT["group"].format(group=row.group))
            current = row.group
        leader, state, words, day = _cells(row)
        changed = TEXT["changed"].format(day=day) if day else ""
        line = f"  {leader:<{width}}  {state:<12}  {words:>8}  {changed}"
        lines.append(line.rstrip())
    return lines


def _status_footer(rows: list[Row], orphans: list[str]) -> list[str]:
    totals = _totals(rows)
    parts = ", ".join(f"{key} {count}" for key, count in totals.items() if count)
    lines = ["", TEXT["totals"].format(totals=parts or "0")]
    lines.append(TEXT["progress"].format(published=totals["udgivet"], total=len(rows)))
    if orphans:
        paths = ", ".join(orphans[:5]) + (", …" if len(orphans) > 5 else "")
        lines.append(TEXT["orphans"].format(count=len(orphans), paths=paths))
    return lines


def _status_table(rows: list[Row]) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from felles import drafts

    console = Console(highlight=False)
    table = Table(show_lines=False)
    table.add_column("Gruppe", justify="right")
    for header in HEADERS:
        table.add_column(header, justify="right" if header == "Ord" else "left")
    styles = {drafts.MISSING: "red", drafts.BROKEN: "red", "udgivet": "green"}
    current = None
    for row in rows:
        leader, state, _, day = _cells(row)
        words = "" if row.words is None else str(row.words)
        first = row.group != current
        current = row.group
        table.add_row(
            Text(str(row.group) if first else ""),
            Text(leader),
            Text(state, style=styles.get(state, "")),
            Text(words),
            Text(day),
            end_section=False,
        )
    console.print(table)


def _status_json(rows: list[Row], orphans: list[str]) -> str:
    import json

    from felles.content import display_path

    totals = _totals(rows)
    data: dict[str, Any] = {
        "leaders": [
            {
                "leader": row.leader,
                "group": row.group,
                "status": row.status,
                "words": row.words,
                "changed": row.changed.isoformat() if row.changed else None,
                "path": display_path(row.path, Path.cwd()) if row.path else None,
            }
            for row in rows
        ],
        "totals": totals,
        "published": totals["udgivet"],
        "total": len(rows),
        "orphans": orphans,
    }
    return json.dumps(data, ensure_ascii=False, indent=2)
