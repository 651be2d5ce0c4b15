"""`felles move --start DATO`: the whole programme moved to a new first date, in place.

Only the characters of each date change (plan/rebase.py); every comment, quote and
line stays as written. After the move the calendar is checked as `felles validate`
checks it, and what the new dates created (a holiday, a weekend, a clash) is listed.
`felles init --start` uses the same move on its fresh copy.
"""

from __future__ import annotations

import dataclasses
import shutil
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Final

import typer

from felles.cli.app import app
from felles.cli.content import clean, content_dir
from felles.cli.options import ContentOption, VerboseOption
from felles.cli.output import say, write
from felles.errors import ExitCode, UsageError, os_reason

if TYPE_CHECKING:
    from felles.content.locate import ContentDir
    from felles.findings import Finding
    from felles.plan.rebase import FileMove, Shift

TEXT: Final = {
    "moved": "{dates} datoer i {files} filer er flyttet: {first} → {start}.",
    "moved_dry": "Prøvekørsel: {dates} datoer i {files} filer ville blive flyttet: {first} → "
    "{start}. Intet er ændret.",
    "rule": "Måneder og år flytter {months} måneder; dage og tidspunkter {weeks} uger "
    "(samme ugedag og klokkeslæt).",
    "change": "  {path}:{line}: {old} → {new}",
    "new": "Efter flytningen: {count}",
    "none_new": "Efter flytningen: ingen nye helligdage, weekender eller sammenfald.",
    "check": "Kør »felles validate« for at se alt.",
    "diff": "Se ændringerne med »git diff«, før du gemmer dem i git.",
}
# The calendar findings a move can create.
CALENDAR: Final = frozenset({"W501", "W502", "W503", "W510", "W511", "W306", "E308"})


@dataclass
class Moved:
    shift: Shift
    files: list[FileMove]
    created: list[Finding]  # calendar findings the new dates created


def start_date(text: str) -> str:
    """--start as a content date: a month (2027-02) or a day (2027-02-04, 4.2.2027)."""
    from felles.dates import OUT_OF_RANGE, parse_user_date, parse_when

    value = text.strip()
    try:
        if len(value) == 7:
            return parse_when(value).text
        return parse_user_date(value, lambda: parse_when("2000").first.date()).isoformat()
    except ValueError as error:
        if str(error) == OUT_OF_RANGE:
            raise UsageError("U006", {"value": text, "reason": OUT_OF_RANGE}) from None
        raise UsageError("U080", {"value": text}) from None


def plan_move(cdir: ContentDir, start: str) -> Moved:
    """Every date of the content moved so that the programme begins at `start`."""
    from felles.content.kinds import PROGRAMME, SURVEY
    from felles.content.reader import scalar_spans
    from felles.dates import parse_when
    from felles.paths import exists
    from felles.plan.rebase import move_file, shift_between

    loaded, _ = clean(cdir, survey=True)
    assert loaded.programme is not None
    shift = shift_between(parse_when(loaded.programme.period.start), parse_when(start))
    files = [cdir.path / PROGRAMME.path, *(p.doc.path for p in loaded.phases)]
    if exists(cdir.path / SURVEY.path):
        files.append(cdir.path / SURVEY.path)
    moves = []
    for path in files:
        text, data, spans = scalar_spans(path, path.suffix == ".md")
        try:
            moves.append(move_file(path, text, data, spans, shift))
        except ValueError as error:
            raise UsageError("U081", {"reason": str(error)}) from None
    return Moved(shift, moves, _created(cdir, moves))


def _calendar(root: Path) -> dict[tuple[str, str, int | None], Finding]:
    """The calendar findings of the content in `root`, by code, file and line."""
    from felles.cli.content import judge, load
    from felles.content.locate import ContentDir

    # A `today` before any programme: the planning warnings (W504, W505) stay out.
    findings = judge(load(ContentDir(root, "option"), survey=True), today=date(1900, 1, 1))
    base = root.resolve()
    return {
        (f.code, Path(f.path).resolve().relative_to(base).as_posix(), f.line): f
        for f in findings
        if f.code in CALENDAR
    }


def _created(cdir: ContentDir, moves: list[FileMove]) -> list[Finding]:
    """The calendar findings after the move that were not there before (found on a copy)."""
    before = _calendar(cdir.path)
    with tempfile.TemporaryDirectory(prefix="felles-move-") as temp:
        copy = Path(temp) / "content"
        shutil.copytree(cdir.path, copy, ignore=shutil.ignore_patterns("ledelsesgrundlag"))
        for move in moves:
            target = copy / move.path.relative_to(cdir.path)
            target.write_text(move.new_text, encoding="utf-8", newline="")
        after = _calendar(copy)
    return [
        dataclasses.replace(finding, path=str(cdir.path / key[1]))
        for key, finding in sorted(after.items(), key=lambda item: item[0][1:])
        if key not in before
    ]


def write_moves(moves: list[FileMove]) -> None:
    """Each moved file replaced in one step (its permissions kept)."""
    from felles.atomic import replace

    for move in moves:
        raw = move.path.read_bytes()
        bom = "\ufeff" if raw.startswith(b"\xef\xbb\xbf") else ""
        try:
            replace(move.path, (bom + move.new_text).encode("utf-8"))
        except OSError as error:
            raise UsageError("U039", {"path": str(move.path), "reason": os_reason(error)}) from None


def report(result: Moved, first: str, start: str, *, dry_run: bool) -> list[str]:
    from felles.words import count

    dates = sum(len(move.changes) for move in result.files)
    files = sum(1 for move in result.files if move.changes)
    key = "moved_dry" if dry_run else "moved"
    lines = [TEXT[key].format(dates=dates, files=files, first=first, start=start)]
    lines.append(TEXT["rule"].format(months=result.shift.months, weeks=result.shift.weeks))
    if dry_run:
        for move in result.files:
            for line, old, new in move.changes:
                lines.append(TEXT["change"].format(path=move.path, line=line, old=old, new=new))
    if result.created:
        found = count(len(result.created), "ny advarsel", "nye advarsler")
        lines.append(TEXT["new"].format(count=found))
        lines += [f"  {finding}" for finding in result.created]
        lines.append(TEXT["check"])
    else:
        lines.append(TEXT["none_new"])
    return lines


@app.command()
def move(
    start: Annotated[
        str,
        typer.Option(
            "--start",
            metavar="DATO",
            help="Forløbets nye første dato: en måned (2027-02) eller en dag (2027-02-04).",
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
    found = content_dir(content, verbose)
    if found.source == "packaged":
        raise UsageError("U021", {"path": str(found.path)})
    new_start = start_date(start)
    result = plan_move(found, new_start)
    first = result.files[0]
    old_first = next((old for _, old, _ in first.changes), new_start)
    if not dry_run:
        write_moves(result.files)
    for line in report(result, old_first, new_start, dry_run=dry_run):
        write(line)
    if not dry_run:
        say(TEXT["diff"])
    return ExitCode.OK
