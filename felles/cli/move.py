"""`felles move --start DATO`: the whole programme moved to a new first date, in place.

Only the characters of each date change (plan/rebase.py); every comment, quote and
line stays as written. The move is one transaction:

1. plan every change, and say where the first dated activity lands and why;
2. check the moved content with every rule of `felles validate`, on a copy: a new
   error means nothing is written (the findings are printed, exit 1); new warnings are
   written and listed;
3. write every file or none (cli/move_files.py): temporary files, a journal a rerun
   finishes, no file overwritten that changed since it was read, links and owners kept.

The places in titles, purposes, agendas and phase texts that still name a date of the
old period are listed as a to-do (plan/oldtext.py). `felles init --start` uses the same
move on its fresh copy.
"""

from __future__ import annotations

import contextlib
import dataclasses
import shutil
import tempfile
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Final

import typer

from felles.cli.app import app
from felles.cli.content import clean, content_dir
from felles.cli.options import ContentOption, VerboseOption
from felles.cli.output import say, write
from felles.errors import ExitCode, FellesError, UsageError

if TYPE_CHECKING:
    from felles.cli.move_files import Planned
    from felles.content.load import Content
    from felles.content.locate import ContentDir
    from felles.findings import Finding
    from felles.plan.oldtext import Mention
    from felles.plan.rebase import FileMove, Shift

TEXT: Final = {
    "moved": "{dates} datoer i {files} filer er flyttet: {first} → {start}.",
    "moved_dry": "Prøvekørsel: {dates} datoer i {files} filer ville blive flyttet: {first} → "
    "{start}. Intet er ændret.",
    "moved_not": "{dates} datoer i {files} filer skulle flyttes: {first} → {start}.",
    "rule": "Måneder og år flytter {months} måneder; dage og tidspunkter {weeks} uger "
    "(samme ugedag og klokkeslæt).",
    "landing": "Første aktivitet med fast dato, »{title}«: {old} → {new}.",
    "same_day": "Den lander på startdatoen, som er samme ugedag.",
    "later_day": "{start} er en {weekday}; aktiviteten er en {own}, så den lander på den "
    "første {own} fra da: ugedag og klokkeslæt bevares.",
    "month_day": "Den lander på samme dag i måneden, den {day}., eller den første {own} derefter: "
    "ugedag og klokkeslæt bevares.",
    "change": "  {path}:{line}: {old} → {new}",
    "new": "Efter flytningen: {count}",
    "none_new": "Efter flytningen: ingen nye helligdage, weekender eller sammenfald.",
    "check": "Kør »felles validate« for at se alt.",
    "errors": "Efter flytningen ville indholdet have {count}, så intet er flyttet:",
    "diff": "Se ændringerne med »git diff«, før du gemmer dem i git.",
    "todo": "Tekst, der stadig nævner den gamle periode ({count}); ret den selv:",
    "todo_line": "  {path}:{line}: »{found}« i {where}",
}
WEEKDAYS: Final = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")


@dataclass
class Landing:
    id: str  # the activity's
    title: str
    old: date
    new: date
    start: date | None  # the start day, when --start named a day


@dataclass
class Moved:
    shift: Shift
    files: list[FileMove]
    created: list[Finding]  # findings the new dates created (warnings and errors)
    raw: dict[Path, bytes] = field(default_factory=dict)  # each file's bytes as read
    landing: Landing | None = None
    mentions: list[Mention] = field(default_factory=list)
    years: frozenset[int] = frozenset()  # the old period's years
    periods: dict[Path, str] = field(default_factory=dict)  # each phase's old period, in words

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.created if f.code.startswith("E")]


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


def first_day(loaded: Content) -> tuple[str, str, date] | None:
    """The first day-precise date of the programme's activities (and groups' sessions), and
    its activity's id and title."""
    from felles.dates import parse_when

    found: list[tuple[date, str, str]] = []
    for _, _, activity in loaded.activities():
        for text in (activity.when, *(s.when for s in activity.sessions)):
            try:
                when = parse_when(text)
            except ValueError:
                continue
            if when.fixed:
                found.append((when.first.date(), activity.id, activity.title))
    if not found:
        return None
    day, key, title = min(found)
    return key, title, day


def plan_move(cdir: ContentDir, start: str) -> Moved:
    """Every date of the content moved so that the programme begins at `start`, checked."""
    from felles.content.kinds import GROUPS, PROGRAMME, SURVEY
    from felles.content.reader import scalar_spans
    from felles.dates import parse_when
    from felles.paths import exists
    from felles.plan.oldtext import mentions, old_years
    from felles.plan.rebase import move_file, shift_between
    from felles.span_words import period_words

    loaded, _ = clean(cdir, survey=True)
    assert loaded.programme is not None
    first = first_day(loaded)
    new_start = parse_when(start)
    shift = shift_between(
        parse_when(loaded.programme.period.start), new_start, first[2] if first else None
    )
    files = [
        cdir.path / PROGRAMME.path,
        cdir.path / GROUPS.path,
        *(p.doc.path for p in loaded.phases),
    ]
    if exists(cdir.path / SURVEY.path):
        files.append(cdir.path / SURVEY.path)
    moves, raw = [], {}
    for path in files:
        raw[path] = path.read_bytes()
        text, data, spans = scalar_spans(path, path.suffix == ".md")
        if raw[path].decode("utf-8", "replace").removeprefix("\ufeff") != text:
            raise FellesError("E351", {"path": loaded.display(path)})
        try:
            moves.append(move_file(path, text, data, spans, shift))
        except ValueError as error:
            raise UsageError("U081", {"reason": str(error)}) from None
    result = Moved(shift, moves, _created(cdir, moves), raw)
    if first is not None:
        key, title, day = first
        landed = day + timedelta(weeks=shift.weeks)
        start_day = new_start.first.date() if new_start.fixed else None
        result.landing = Landing(key, title, day, landed, start_day)
    result.years = old_years(loaded)
    for phase in loaded.phases:
        with contextlib.suppress(ValueError):
            period = phase.meta.period
            result.periods[phase.doc.path] = period_words(period.start, period.end)
    result.mentions = mentions(loaded, shift, result.years)
    return result


def _findings(root: Path) -> dict[tuple[str, str, int | None], Finding]:
    """The findings of the content in `root` (errors and warnings), by code, file and line."""
    from felles.cli.content import judge, load
    from felles.content.locate import ContentDir

    # A `today` before any programme: the planning warnings (W504, W505) stay out.
    found = judge(load(ContentDir(root, "option"), survey=True, pairs=True), today=date(1900, 1, 1))
    base = root.resolve()
    return {(f.code, Path(f.path).resolve().relative_to(base).as_posix(), f.line): f for f in found}


def _created(cdir: ContentDir, moves: list[FileMove]) -> list[Finding]:
    """The findings after the move that were not there before (found on a copy)."""
    before = _findings(cdir.path)
    with tempfile.TemporaryDirectory(prefix="felles-move-") as temp:
        copy = Path(temp) / "content"
        shutil.copytree(cdir.path, copy, ignore=shutil.ignore_patterns("ledelsesgrundlag", ".git"))
        for folder in (copy, *(p for p in copy.rglob("*") if p.is_dir())):
            folder.chmod(0o700)  # the copy is ours, even of a read-only folder
        for move in moves:
            target = copy / move.path.relative_to(cdir.path)
            target.unlink()  # a symlink copied as a link: never write through it here
            target.write_text(move.new_text, encoding="utf-8", newline="")
        after = _findings(copy)
    return [
        dataclasses.replace(finding, path=str(cdir.path / key[1]))
        for key, finding in sorted(after.items(), key=lambda item: item[0][1:])
        if key not in before
    ]


def planned(result: Moved) -> list[Planned]:
    """The files that change, as cli/move_files.py writes them (through symlinks)."""
    from felles.cli.move_files import Planned

    found = []
    for move in result.files:
        if not move.changes:
            continue
        old = result.raw[move.path]
        bom = "\ufeff" if old.startswith(b"\xef\xbb\xbf") else ""
        found.append(Planned(move.path, move.path.resolve(), old, (bom + move.new_text).encode()))
    return found


def report(result: Moved, first: str, start: str, *, dry_run: bool) -> list[str]:
    from felles.words import count

    dates = sum(len(move.changes) for move in result.files)
    files = sum(1 for move in result.files if move.changes)
    from felles.span_words import text_words

    key = "moved_dry" if dry_run else "moved_not" if result.errors else "moved"
    lines = [
        TEXT[key].format(dates=dates, files=files, first=text_words(first), start=text_words(start))
    ]
    lines.append(TEXT["rule"].format(months=result.shift.months, weeks=result.shift.weeks))
    lines += landing_lines(result.landing)
    if dry_run:
        for move in result.files:
            for line, old, new in move.changes:
                lines.append(TEXT["change"].format(path=move.path, line=line, old=old, new=new))
    warnings = [f for f in result.created if not f.code.startswith("E")]
    if result.errors:
        lines.append(TEXT["errors"].format(count=count(len(result.errors), "fejl", "fejl")))
        lines += [f"  {finding}" for finding in result.errors]
    elif warnings:
        lines.append(TEXT["new"].format(count=count(len(warnings), "ny advarsel", "nye advarsler")))
        lines += [f"  {finding}" for finding in warnings]
        lines.append(TEXT["check"])
    else:
        lines.append(TEXT["none_new"])
    if result.mentions and not result.errors:
        lines.append(TEXT["todo"].format(count=count(len(result.mentions), "sted", "steder")))
        lines += [
            TEXT["todo_line"].format(path=m.path, line=m.line, found=m.found, where=m.where)
            for m in result.mentions
        ]
    return lines


def landing_lines(landing: Landing | None) -> list[str]:
    """Where the first dated activity lands, and why there."""
    from felles.danish_days import short_day

    if landing is None:
        return []
    lines = [
        TEXT["landing"].format(
            title=landing.title, old=short_day(landing.old), new=short_day(landing.new)
        )
    ]
    own = WEEKDAYS[landing.old.weekday()]
    if landing.start is None:
        lines.append(TEXT["month_day"].format(day=landing.old.day, own=own))
    elif landing.start == landing.new:
        lines.append(TEXT["same_day"])
    else:
        weekday = WEEKDAYS[landing.start.weekday()]
        lines.append(
            TEXT["later_day"].format(start=short_day(landing.start), weekday=weekday, own=own)
        )
    return lines


def run_move(root: Path, result: Moved, start: str, *, dry_run: bool) -> int:
    """Report the move, and write it when it creates no error: the exit code."""
    from felles.cli.move_files import commit

    first = result.files[0]
    old_first = next((old for _, old, _ in first.changes), start)
    if result.errors or dry_run:
        for line in report(result, old_first, start, dry_run=dry_run):
            write(line)
        return ExitCode.CONTENT if result.errors else ExitCode.OK
    notes = commit(root, planned(result), start)  # written before anything is shown
    for line in report(result, old_first, start, dry_run=False):
        write(line)
    for note in notes:
        say(note)
    return ExitCode.OK


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
    from felles.cli.move_files import finish

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
        say(TEXT["diff"])
    return code
