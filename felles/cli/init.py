"""`felles init MAPPE`: a ready content repository for a programme of one's own.

The folder gets `content/` (the shipped programme, or with `--blank` a small valid
skeleton that shows every field once), `schemas/` for the editors, a pre-commit
configuration and a GitHub workflow that install felles, a `.gitignore`, a Danish
README for the people who edit the content, and (with git on the PATH) a repository
with one commit. `--start` moves the copy to a new first date (`felles move`). It
never writes into a folder that is not empty, nor into the packaged copy.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Final

import typer

from felles.cli.app import app
from felles.cli.output import say, write
from felles.errors import ExitCode, UsageError, os_reason

if TYPE_CHECKING:
    from felles.cli.move import Moved
    from felles.content.locate import ContentDir

TEXT: Final = {
    "made": "Oprettede {path} med {what}.",
    "shipped": "forløbet, der følger med felles (Fælles om ledelse)",
    "blank": "et lille skelet af et forløb",
    "git": "Git-repository med første commit: {commit}.",
    "no_git": "Git findes ikke på denne maskine: mappen er ikke et git-repository endnu.",
    "next": "Sådan kommer du videre:",
    "step_cd": "  1. cd {path}",
    "step_edit": "  2. Ret indholdet i content/ (navne, datoer, grupper), og kør: felles validate",
    "step_use": "  3. Se det næste i forløbet med: felles next",
    "commit": "Nyt forløb oprettet med felles init",
    "review": "Skrevet om til det nye hold (gennemse det; kildens ordlyd står i en kommentar):",
    "review_line": "  {path}:{line}: {text}",
    "dropped": "  {path}:{line}: »{section}« er ikke taget med: det handler om det første hold",
    "no_todo": "Ingen tekst nævner længere den gamle periode.",
}
# Files of the repository beside content/, from the packaged scaffold (source → target).
FILES: Final = {
    "README.md": "README.md",
    "gitignore": ".gitignore",
    "pre-commit-config.yaml": ".pre-commit-config.yaml",
    ".github/workflows/validate.yml": ".github/workflows/validate.yml",
}


def _refuse(target: Path) -> None:
    """U082 for a folder that is not empty (or not a folder), or inside the packaged copy."""
    from felles import paths
    from felles.content.locate import packaged

    for root in (packaged("content"), packaged("templates"), packaged("scaffold")):
        if paths.inside(target, root):
            raise UsageError("U083", {"path": str(target)})
    if paths.exists(target):
        if not paths.is_dir(target):
            raise UsageError("U082", {"path": str(target), "reason": "det er en fil"})
        try:
            empty = not any(target.iterdir())
        except OSError as error:
            raise UsageError("U082", {"path": str(target), "reason": os_reason(error)}) from None
        if not empty:
            raise UsageError("U082", {"path": str(target), "reason": "mappen er ikke tom"})


def create(target: Path, *, blank: bool) -> None:
    """The repository's files in `target` (a new or empty folder)."""
    from felles.atomic import create_new
    from felles.content.kinds import KINDS
    from felles.content.locate import packaged
    from felles.export import schema

    scaffold = packaged("scaffold")
    source = scaffold / "blank" / "content" if blank else packaged("content")
    shutil.copytree(source, target / "content", ignore=shutil.ignore_patterns("ledelsesgrundlag"))
    (target / "schemas").mkdir()
    for kind in KINDS.values():
        create_new(target / "schemas" / schema.filename(kind), schema.dumps(schema.schema(kind)))
    for name, destination in FILES.items():
        path = target / destination
        path.parent.mkdir(parents=True, exist_ok=True)
        create_new(path, (scaffold / name).read_bytes())


def git_commit(target: Path) -> str | None:
    """`git init` and one commit of everything; the short commit id, or None without git."""
    git = shutil.which("git")
    if git is None:
        return None

    def run(*args: str) -> str:
        done = subprocess.run(
            [git, "-C", str(target), *args], capture_output=True, text=True, check=True, timeout=60
        )
        return done.stdout.strip()

    run("init", "-q")
    run("add", "-A")
    identity: list[str] = []
    for key, fallback in (("user.name", "felles init"), ("user.email", "felles@localhost")):
        try:
            run("config", key)
        except subprocess.CalledProcessError:  # no identity yet: the commit must still work
            identity += ["-c", f"{key}={fallback}"]
    run(*identity, "commit", "-q", "-m", TEXT["commit"])
    return run("rev-parse", "--short", "HEAD")


def new_cohort(cdir: ContentDir, moved: Moved) -> list[str]:
    """The shipped programme's text made ready for a new cohort (plan/cohort.py), each
    phase file replaced whole. Sets what still names the old period (the to-do) and the
    text warnings of the result on `moved`; returns the lines rewritten, to review."""
    import difflib

    from felles.atomic import replace
    from felles.cli.content import judge, load
    from felles.dates import parse_when, period_words
    from felles.plan.cohort import new_cohort as rewrite
    from felles.plan.oldtext import mentions

    days = frozenset(
        parse_when(old).first.date()
        for move in moved.files
        for _, old, _ in move.changes
        if parse_when(old).fixed
    )
    loaded = load(cdir)
    review: list[str] = []
    for phase in loaded.phases:
        period = phase.meta.period
        words = period_words(period.start, period.end)
        path = phase.doc.path
        text = path.read_text(encoding="utf-8")
        old = moved.periods.get(path)
        years = (moved.years, moved.shift.months)
        new = rewrite(text, days, moved.shift.weeks, words, old, years)
        if new == text:
            continue
        replace(path, new.encode("utf-8"))
        before, after = text.splitlines(), new.splitlines()
        matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag == "delete" or (tag == "replace" and j2 - j1 < i2 - i1 - 3):
                removed = next((line for line in before[i1:i2] if line.startswith("#")), None)
                section = removed or before[i1].strip()
                review.append(TEXT["dropped"].format(path=path, line=j1 + 1, section=section))
            elif tag in ("replace", "insert"):
                review += [
                    TEXT["review_line"].format(path=path, line=j + 1, text=_short(after[j]))
                    for j in range(j1, j2)
                ]
    final = load(cdir)
    moved.created = [f for f in moved.created if f.code != "W327"]
    moved.created += [f for f in judge(final) if f.code == "W327"]
    moved.mentions = mentions(final, moved.shift, moved.years)
    if moved.landing is not None:
        own = next((a for _, _, a in final.activities() if a.id == moved.landing.id), None)
        moved.landing.title = own.title if own else moved.landing.title
    return review


def _short(line: str) -> str:
    text = line.strip()
    return text if len(text) <= 90 else text[:87] + "…"


@app.command()
def init(
    folder: Annotated[
        Path,
        typer.Argument(
            metavar="MAPPE",
            help="Den nye mappe (den må ikke findes eller skal være tom).",
            show_default=False,
        ),
    ],
    blank: Annotated[
        bool,
        typer.Option(
            "--blank", help="Et lille, gyldigt skelet i stedet for forløbet, der følger med."
        ),
    ] = False,
    start: Annotated[
        str | None,
        typer.Option(
            "--start",
            metavar="DATO",
            help="Flyt forløbet til denne første dato: en måned (2027-02), en dag (2027-02-04) "
            "eller en uge (»uge 6«: den kommende uge 6).",
            show_default=False,
        ),
    ] = None,
    no_git: Annotated[bool, typer.Option("--no-git", help="Lav ikke et git-repository.")] = False,
) -> int:
    """Opret et nyt indholds-repository: indhold, skemaer, pre-commit, GitHub og en README."""
    from felles.cli.move import plan_move, report, start_date
    from felles.cli.move_files import commit as write_all
    from felles.content.locate import ContentDir

    _refuse(folder)
    new_start = start_date(start) if start is not None else None
    review: list[str] = []
    try:
        folder.mkdir(parents=True, exist_ok=True)
        create(folder, blank=blank)
        if new_start is not None:
            cdir = ContentDir(folder / "content", "option")
            moved = plan_move(cdir, new_start)
            if moved.errors:  # not written: the copy keeps the seeds' dates
                for line in report(moved, new_start, new_start, dry_run=True):
                    write(line)
                return ExitCode.CONTENT
            from felles.cli.move import planned

            write_all(cdir.path, planned(moved), new_start)
            if not blank:
                review = new_cohort(cdir, moved)
    except OSError as error:
        raise UsageError("U039", {"path": str(folder), "reason": os_reason(error)}) from None
    write(TEXT["made"].format(path=folder, what=TEXT["blank" if blank else "shipped"]))
    if new_start is not None:
        first = next((old for _, old, _ in moved.files[0].changes), new_start)
        for line in report(moved, first, new_start, dry_run=False):
            write(line)
        if review:
            write(TEXT["review"])
            for line in review:
                write(line)
        if not moved.mentions and not blank:
            write(TEXT["no_todo"])
    commit = None if no_git else git_commit(folder)
    if not no_git:
        say(TEXT["git"].format(commit=commit) if commit else TEXT["no_git"])
    write(TEXT["next"])
    for key in ("step_cd", "step_edit", "step_use"):
        write(TEXT[key].format(path=folder))
    return ExitCode.OK
