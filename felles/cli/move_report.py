"""What `felles move` says: the dates moved and by which rule, where the first dated activity
lands and why, new findings, and the text still naming the old period; and the move
written (cli/move_files.py) when it creates no error."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Final

from felles.cli.move_landing import landing_lines
from felles.cli.output import say, write
from felles.errors import ExitCode

if TYPE_CHECKING:
    from felles.cli.move_plan import Moved


TEXT: Final = {
    "moved": "{dates} datoer i {files} filer er flyttet: {first} → {start}.",
    "moved_dry": "Prøvekørsel: {dates} datoer i {files} filer ville blive flyttet: {first} → "
    "{start}. Intet er ændret.",
    "moved_not": "{dates} datoer i {files} filer skulle flyttes: {first} → {start}.",
    "rule": "Måneder og år flytter {months} måneder; dage og tidspunkter {weeks} uger "
    "(samme ugedag og klokkeslæt).",
    "change": "  {path}:{line}: {old} → {new}",
    "new": "Efter flytningen: {count}",
    "none_new": "Efter flytningen: ingen nye helligdage, weekender eller sammenfald.",
    "check": "Kør »felles validate« for at se alt.",
    "errors": "Efter flytningen ville indholdet have {count}, så intet er flyttet:",
    "todo": "Tekst, der stadig nævner den gamle periode ({count}); ret den selv:",
    "todo_line": "  {path}:{line}: »{found}« i {where}",
    "error": "fejl",  # one and many alike
    "warning": "ny advarsel",
    "warnings": "nye advarsler",
    "place": "sted",
    "places": "steder",
}


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
        lines.append(
            TEXT["errors"].format(count=count(len(result.errors), TEXT["error"], TEXT["error"]))
        )
        lines += [f"  {finding}" for finding in result.errors]
    elif warnings:
        found = count(len(warnings), TEXT["warning"], TEXT["warnings"])
        lines.append(TEXT["new"].format(count=found))
        lines += [f"  {finding}" for finding in warnings]
        lines.append(TEXT["check"])
    else:
        lines.append(TEXT["none_new"])
    if result.mentions and not result.errors:
        lines.append(
            TEXT["todo"].format(count=count(len(result.mentions), TEXT["place"], TEXT["places"]))
        )
        lines += [
            TEXT["todo_line"].format(path=m.path, line=m.line, found=m.found, where=m.where)
            for m in result.mentions
        ]
    return lines


def run_move(root: Path, result: Moved, start: str, *, dry_run: bool) -> int:
    """Report the move, and write it when it creates no error: the exit code."""
    from felles.cli.move_files import commit
    from felles.cli.move_plan import planned

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
