"""`felles grundlag new|check|status`: leaders' personal ledelsesgrundlag."""

from __future__ import annotations

import os
import sys
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Final

import typer

from felles.cli.app import group
from felles.cli.clock import today, user_date
from felles.cli.content import content_dir, errors, judge, load, template
from felles.cli.grundlag_docx import docx_out
from felles.cli.grundlag_import import import_
from felles.cli.options import ContentOption, VerboseOption
from felles.cli.output import say, wants_table, write
from felles.errors import ExitCode, FellesError, UsageError, os_reason

if TYPE_CHECKING:
    from felles.content.load import Content
    from felles.content.locate import ContentDir
    from felles.plan.progress import Row
    from felles.render.grundlag_status import Workshops


TEXT: Final = {
    "group": "Gruppe",  # the status table's first column
    "dry_run": "Prøvekørsel: {path} ville blive oprettet sådan:",
    "created": "Oprettet: {path}",
    "next": "Næste skridt for sparringsgruppe {group}: {title}, {when}.",
    "no_next": "Sparringsgruppe {group} har ingen kommende workshops i forløbet.",
    "edit": "Skriv under spørgsmålene i hvert afsnit, og ret status, når du når et nyt trin.",
    "counts": "Oprettet: {created}, sprunget over: {skipped} (har allerede et ledelsesgrundlag).",
    "checked": "{count} ledelsesgrundlag er tjekket: {result}",
    "other_errors": "Indholdet har også {count} fejl uden for ledelsesgrundlag/; kør 'felles "
    "validate'.",
}

STATUS_WIDTH = 70  # columns the status table needs

grundlag_app = group(
    "grundlag",
    "Ledernes personlige ledelsesgrundlag: opret (new), tjek (check), se status (status), "
    "og til Word og tilbage (docx, import).",
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
        metavar="DATO",
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
    content: ContentOption = None,
    verbose: VerboseOption = False,
) -> int:
    """Opret et ledelsesgrundlag fra skabelonen. Overskriver aldrig en eksisterende fil."""
    from felles.content import drafts
    from felles.plan.roster import find_leader
    from felles.render.scaffold import scaffold

    if (name is None) == (not all_leaders):
        raise UsageError("U020")
    found = content_dir(content, verbose)
    if found.source == "packaged" and not dry_run:
        raise UsageError("U021", {"path": str(found.path)})
    loaded = load(found, drafts=True)
    if loaded.programme is None or not loaded.leaders():
        raise FellesError("E409")
    day = user_date(as_of, today())
    template = _template(found, verbose)
    leaders = loaded.leaders()
    if all_leaders:
        return _new_all(loaded, day, template, dry_run)
    assert name is not None
    leader = find_leader(loaded, name)
    path = drafts.safe_draft_path(found.path, leader)
    shown = loaded.display(path)
    if path.exists() or path.is_symlink():
        raise FellesError("E407", {"path": shown})
    other = next((d.display for d in loaded.drafts if d.meta.leader == leader), None)
    if other is not None:
        raise FellesError("E408", {"leader": leader, "path": other})
    text = scaffold(loaded, leader, day, template)
    if dry_run:
        write(TEXT["dry_run"].format(path=shown))
        write()
        sys.stdout.write(text)
        return ExitCode.OK
    _create(path, text, shown)
    write(TEXT["created"].format(path=shown))
    write(_next_step(loaded, leaders[leader], day))
    write(TEXT["edit"])
    return ExitCode.OK


def _new_all(loaded: Content, day: date, template: Path, dry_run: bool) -> int:
    from felles.content import drafts
    from felles.render.scaffold import scaffold

    has_draft = {draft.meta.leader for draft in loaded.drafts}
    created = skipped = 0
    for leader in loaded.leaders():
        path = drafts.safe_draft_path(loaded.dir.path, leader)
        shown = loaded.display(path)
        if leader in has_draft or path.exists() or path.is_symlink():
            skipped += 1
            continue
        text = scaffold(loaded, leader, day, template)
        if dry_run:
            write(TEXT["dry_run"].format(path=shown))
        else:
            try:
                _create(path, text, shown)
            except FellesError as error:
                if error.code != "E407":  # not: created by someone else a moment ago
                    raise
                skipped += 1
                continue
            write(TEXT["created"].format(path=shown))
        created += 1
    write(TEXT["counts"].format(created=created, skipped=skipped))
    return ExitCode.OK


def _create(path: Path, text: str, shown: str) -> None:
    from felles.atomic import create_new

    try:
        path.parent.mkdir(exist_ok=True)
        create_new(path, text)
    except FileExistsError:
        raise FellesError("E407", {"path": shown}) from None
    except OSError as error:  # read-only content, no permission, disk full, name too long
        raise UsageError("U039", {"path": shown, "reason": os_reason(error)}) from None


def _template(found: ContentDir, verbose: bool) -> Path:
    from felles.render.scaffold import TEMPLATE

    return template(found.path, TEMPLATE, verbose)


def _next_step(loaded: Content, group: int, day: date) -> str:
    from felles.plan.leader import next_workshop
    from felles.span_words import describe_span

    workshop = next_workshop(loaded, group, day)  # the group's own date, if it has one
    if workshop is None:
        return TEXT["no_next"].format(group=group)
    when = describe_span(workshop.start, workshop.end)
    if workshop.place:
        when += f", {workshop.place}"
    return TEXT["next"].format(group=group, title=workshop.title, when=when)


@grundlag_app.command("check")
def check(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Ledelsesgrundlag at tjekke (standard: alle).",
            metavar="[FILER]",
            show_default=False,
        ),
    ] = None,
    strict: Annotated[
        bool, typer.Option("--strict", help="Advarsler giver også udgangskode 1.")
    ] = False,
    output_format: Annotated[
        CheckFormat, typer.Option("--format", help="text, json eller github.")
    ] = CheckFormat.text,
    content: ContentOption = None,
    verbose: VerboseOption = False,
) -> int:
    """Tjek ledelsesgrundlag: front matter, leder, gruppe, filnavn og afsnit."""
    from felles.checks import accepted, text_rules
    from felles.content.drafts import drafts_dir
    from felles.findings import sort_key
    from felles.render import findings_summary, reporters

    found = content_dir(content, verbose)
    # Compared as absolute paths, links not followed: a name too long or a link in a
    # ring is the loader's finding, not a crash here.
    folder = _absolute(drafts_dir(found.path))
    chosen = {_draft_file(path, folder) for path in paths or []}
    _template(found, verbose)
    loaded = load(found, drafts=True)
    # Control characters (E370) are validate's, and the drafts' own here.
    controls = [f for f in text_rules.check(loaded) if _in(f.path, folder)]
    verdict = accepted.apply(loaded, [*judge(loaded), *controls])
    findings = verdict.findings
    files = chosen or {_absolute(p) for p in _drafts_in(folder)}

    def ours(path: str) -> bool:
        return _absolute(Path(path)) in files

    shown = sorted((f for f in findings if ours(f.path)), key=sort_key)
    others = [f for f in errors(findings) if not _in(f.path, folder)]
    failures = len(errors(shown))
    warnings = len(shown) - failures
    kept = sorted(
        (pair for pair in verdict.accepted if ours(pair[0].path)), key=lambda p: p[0].path
    )
    summary = findings_summary.Summary(0, 0, 0, 0, 0, 0, failures, warnings, accepted=kept)
    checked = TEXT["checked"].format(count=len(files), result=summary.result_line())
    lines = [checked, *summary.accepted_lines()]
    for line in reporters.REPORTERS[output_format.value](shown, lines):
        write(line)
    if others:
        say(TEXT["other_errors"].format(count=len(others)))
    failed = failures or others or (strict and warnings)
    return ExitCode.CONTENT if failed else ExitCode.OK


def _drafts_in(folder: Path) -> list[Path]:
    try:
        return [p for p in folder.glob("*.md") if not p.name.startswith(".")]
    except OSError:
        return []


def _absolute(path: Path) -> Path:
    return Path(os.path.abspath(path))  # noqa: PTH100 (resolve() follows links and can raise)


def _in(display: str, folder: Path) -> bool:
    return _absolute(Path(display)).parent == folder


def _draft_file(path: Path, folder: Path) -> Path:
    from felles import paths

    absolute = _absolute(path)
    if not (paths.is_file(absolute) and absolute.parent == folder and absolute.suffix == ".md"):
        raise UsageError("U024", {"path": str(path), "folder": str(folder)})
    return absolute


@grundlag_app.command("status")
def status(
    group: Annotated[
        int | None,
        typer.Option(
            "--group", metavar="N", help="Kun denne sparringsgruppe (nummer).", show_default=False
        ),
    ] = None,
    output_format: Annotated[
        StatusFormat, typer.Option("--format", help="text eller json.")
    ] = StatusFormat.text,
    content: ContentOption = None,
    verbose: VerboseOption = False,
    as_of: AsOfOption = None,
) -> int:
    """Hver leders ledelsesgrundlag: status, antal ord og sidst ændret, gruppe for gruppe, og
    hvilke af gruppens workshops der er holdt."""
    from felles.plan import progress
    from felles.plan.leader import held
    from felles.plan.roster import check_group
    from felles.render import grundlag_status_json

    found = content_dir(content, verbose)
    loaded = load(found, drafts=True)
    if group is not None:
        check_group(loaded, group)
    changed = _last_changed(found, loaded)
    day = user_date(as_of, today())
    rows = [r for r in progress.progress(loaded, changed, day) if group is None or r.group == group]
    orphans = progress.orphans(loaded) if group is None else []
    workshops = {
        number: found
        for number, found in held(loaded, day).items()
        if group is None or number == group
    }
    if output_format is StatusFormat.json:
        write(grundlag_status_json.as_json(rows, orphans, loaded.display, workshops))
        return ExitCode.OK
    # Without sessions every group shares the workshops' own dates: nothing to tell apart.
    shown = workshops if any(a.sessions for _, _, a in loaded.activities()) else None
    _write_status(rows, orphans, shown)
    return ExitCode.OK


def _last_changed(found: ContentDir, loaded: Content) -> dict[Path, date]:
    """When each leader's draft (and each draft of no leader) last changed."""
    from zoneinfo import ZoneInfo

    from felles.cli.clock import DEFAULT_ZONE
    from felles.content.drafts import draft_path, drafts_dir
    from felles.plan import git

    files = [d.doc.path for d in loaded.drafts]
    files += [draft_path(found.path, leader) for leader in loaded.leaders()]
    return git.last_changed(
        drafts_dir(found.path), {p for p in files if p.is_file()}, ZoneInfo(DEFAULT_ZONE)
    )


def _write_status(rows: list[Row], orphans: list[str], shown: Workshops | None) -> None:
    """The status as a table when the terminal is wide enough, else as lines."""
    from felles.render import grundlag_status

    if wants_table(STATUS_WIDTH):
        _status_table(rows)
        for line in grundlag_status.group_lines(shown or {}):
            write(line)
    else:
        for line in grundlag_status.lines(rows, shown):
            write(line)
    for line in grundlag_status.footer(rows, orphans):
        write(line)


def _status_table(rows: list[Row]) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from felles.cli.output import terminal
    from felles.controls import harmless
    from felles.plan.progress import BROKEN, MISSING
    from felles.render.grundlag_status import HEADERS, cells

    console = Console(file=terminal(), highlight=False)
    table = Table(show_lines=False)
    table.add_column(TEXT["group"], justify="right")
    for header in HEADERS:
        table.add_column(header, justify="right" if header == "Ord" else "left")
    styles = {MISSING: "red", BROKEN: "red", "udgivet": "green"}
    current = None
    for row in rows:
        leader, state, _, day = cells(row)
        words = "" if row.words is None else str(row.words)
        first = row.group != current
        current = row.group
        table.add_row(
            Text(str(row.group) if first else ""),
            Text(harmless(leader)),
            Text(harmless(state), style=styles.get(state, "")),
            Text(words),
            Text(harmless(day)),
            end_section=False,
        )
    console.print(table)


# A draft out to Word and back (cli/grundlag_docx.py), listed after new, check and status.
grundlag_app.command("docx")(docx_out)
grundlag_app.command("import")(import_)
