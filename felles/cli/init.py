"""`felles init MAPPE`: a ready content repository for a programme of one's own.

The folder gets `content/` (the shipped programme, or with `--blank` a small valid
skeleton that shows every field once), `schemas/` for the editors, a pre-commit
configuration and a GitHub workflow that install felles from where the running felles
came from (`render/hooks.py`; `--felles-source URL@REV` names a git source), a
`requirements.txt` for the workflow, a `.gitignore`, a Danish README for the people who
edit the content, and (with git on the PATH) a repository with one commit. `--start`
moves the copy to a new first date (`felles move`). It never writes into a folder that
is not empty, nor into the packaged copy.

Everything is made in a hidden temporary folder beside the target and renamed into
place only when all of it (the commit too) has succeeded: a refused commit, a full disk
or Ctrl-C leaves no half-made folder, and a rerun works.
"""

from __future__ import annotations

import contextlib
import secrets
import shutil
import subprocess
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Final

import typer

from felles.cli import init_folder
from felles.cli.app import app
from felles.cli.output import say, write
from felles.errors import ExitCode, UsageError, os_reason
from felles.render.install_source import Source

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from felles.cli.move_plan import Moved

TEXT: Final = {
    "made": "{path} er oprettet med {what}.",
    "shipped": "forløbet, der følger med felles (Fælles om ledelse)",
    "blank": "et lille skelet af et forløb",
    "git": "Mappen er et git-arkiv med den første ændring gemt: {commit}.",
    "no_git": "Git findes ikke på denne maskine: mappen er ikke et git-arkiv endnu.",
    "next": "Sådan kommer du videre:",
    "step_cd": "  1. cd {path}",
    "step_edit": "  2. Ret indholdet i content/ (navne, datoer, grupper), og kør: felles validate",
    "step_use": "  3. Se det næste i forløbet med: felles next",
    "vcs": "  4. pre-commit og GitHub Actions installerer felles fra {url}\n"
    "     i commit {rev} (.pre-commit-config.yaml og requirements.txt).",
    "vcs_local": "  4. pre-commit installerer felles fra mappen {url} i commit {rev}.\n"
    "     GitHub kan ikke hente derfra: skriv i requirements.txt, hvorfra GitHub Actions\n"
    "     skal installere felles (kommentaren i filen siger hvordan).",
    "other": "  4. Skriv i requirements.txt, hvorfra GitHub Actions skal installere felles\n"
    "     (kommentaren i filen siger hvordan). felles blev ikke installeret fra et\n"
    "     git-repository; pre-commit bruger den felles, der er installeret på maskinen.",
    "commit": "Nyt forløb oprettet med felles init",
    # why a folder cannot be made into a programme (U082)
    "is_file": "det er en fil",
    "not_empty": "mappen er ikke tom",
    # what git did wrong
    "git_said": "git {command} sagde »{words}«",
    "git_exit": "udgangskode {code}",
    "git_silent": "git {command} svarede ikke inden for et minut",
}
# Files of the repository beside content/, from the packaged scaffold (source → target).
FILES: Final = {
    "README.md": "README.md",
    "gitignore": ".gitignore",
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
            raise UsageError("U082", {"path": str(target), "reason": TEXT["is_file"]})
        try:
            empty = not any(target.iterdir())
        except OSError as error:
            raise UsageError("U082", {"path": str(target), "reason": os_reason(error)}) from None
        if not empty:
            raise UsageError("U082", {"path": str(target), "reason": TEXT["not_empty"]})


def source_of(option: str | None) -> Source:
    """Where hooks and CI install felles from: `--felles-source`, else what PEP 610 says
    about the running felles."""
    from felles.cli.source import direct_url
    from felles.render.install_source import from_direct_url, from_option

    if option is None:
        return from_direct_url(direct_url())
    named = from_option(option)
    if named is None:
        raise UsageError("U141", {"value": option})
    return named


def create(target: Path, *, blank: bool, source: Source) -> None:
    """The repository's files in `target` (a new or empty folder)."""
    from felles import __version__
    from felles.atomic import create_new
    from felles.content.kinds import KINDS
    from felles.content.locate import packaged
    from felles.render import hooks, json_schema

    scaffold = packaged("scaffold")
    source_dir = scaffold / "blank" / "content" if blank else packaged("content")
    shutil.copytree(
        source_dir, target / "content", ignore=shutil.ignore_patterns("ledelsesgrundlag")
    )
    (target / "schemas").mkdir()
    for kind in KINDS.values():
        create_new(
            target / "schemas" / json_schema.filename(kind),
            json_schema.dumps(json_schema.schema(kind)),
        )
    for name, destination in FILES.items():
        path = target / destination
        path.parent.mkdir(parents=True, exist_ok=True)
        create_new(path, (scaffold / name).read_bytes())
    create_new(target / ".pre-commit-config.yaml", hooks.precommit_config(source))
    create_new(target / hooks.REQUIREMENTS, hooks.requirements(source, __version__))


class GitFailed(Exception):
    """git said no: its last line of explanation."""


def git_commit(target: Path) -> str | None:
    """`git init` and one commit of everything; the short commit id, or None without git.

    GitFailed when git refuses (a commit.gpgsign without a key, a hook that says no).
    """
    git = shutil.which("git")
    if git is None:
        return None

    def run(*args: str) -> str:
        try:
            done = subprocess.run(
                [git, "-C", str(target), *args],
                capture_output=True,
                text=True,
                encoding="utf-8",
                errors="replace",
                check=True,
                timeout=60,
                stdin=subprocess.DEVNULL,
            )
        except subprocess.CalledProcessError as error:
            said = [line.strip() for line in (error.stderr or error.stdout or "").splitlines()]
            said = [line for line in said if line and not line.startswith("hint:")]
            words = " / ".join(said[-2:]) or TEXT["git_exit"].format(code=error.returncode)
            raise GitFailed(TEXT["git_said"].format(command=args[0], words=words)) from None
        except subprocess.TimeoutExpired:
            raise GitFailed(TEXT["git_silent"].format(command=args[0])) from None
        return done.stdout.strip()

    run("init", "-q")
    run("add", "-A")
    identity: list[str] = []
    for key, fallback in (("user.name", "felles init"), ("user.email", "felles@localhost")):
        try:
            run("config", key)
        except GitFailed:  # no identity yet: the commit must still work
            identity += ["-c", f"{key}={fallback}"]
    run(*identity, "commit", "-q", "-m", TEXT["commit"])
    return run("rev-parse", "--short", "HEAD")


# The arguments and options of `felles init`.
FolderArgument = Annotated[
    Path,
    typer.Argument(
        metavar="MAPPE",
        help="Den nye mappe (den må ikke findes eller skal være tom).",
        show_default=False,
    ),
]
BlankOption = Annotated[
    bool,
    typer.Option("--blank", help="Et lille, gyldigt skelet i stedet for forløbet, der følger med."),
]
StartOption = Annotated[
    str | None,
    typer.Option(
        "--start",
        metavar="DATO",
        help="Flyt forløbet til denne første dato: en måned (2027-02), en dag (2027-02-04) "
        "eller en uge (»uge 6«: den kommende uge 6).",
        show_default=False,
    ),
]
NoGitOption = Annotated[bool, typer.Option("--no-git", help="Lav ikke mappen til et git-arkiv.")]
SourceOption = Annotated[
    str | None,
    typer.Option(
        "--felles-source",
        metavar="URL@REV",
        help="Hvorfra pre-commit og GitHub Actions installerer felles: et git-arkiv "
        "og en commit (ellers der, hvor denne felles blev installeret fra).",
        show_default=False,
    ),
]


@app.command()
def init(
    folder: FolderArgument,
    blank: BlankOption = False,
    start: StartOption = None,
    no_git: NoGitOption = False,
    felles_source: SourceOption = None,
) -> int:
    """Opret en ny mappe til et forløb: indhold, skemaer, pre-commit, GitHub og en README."""
    from felles.cli.move import start_date

    _refuse(folder)
    new_start = start_date(start) if start is not None else None
    source = source_of(felles_source)
    created = init_folder.missing_parents(folder)
    temp: Path | None = None
    started: tuple[Moved, list[str]] | None = None
    prefix = init_folder.TEMP_PREFIX.format(name=folder.absolute().name)

    def show(path: Path | str) -> str:
        return init_folder.shown(str(path), temp_name=prefix, folder=folder)

    try:
        with _refused_as_u039(folder):
            folder.absolute().parent.mkdir(parents=True, exist_ok=True)
            init_folder.clean_leftovers(folder.absolute())
            temp = folder.absolute().parent / (prefix + secrets.token_hex(6))
            temp.mkdir()  # as the umask says (mkdtemp's would be private)
            create(temp, blank=blank, source=source)
            if new_start is not None:
                started = _start_anew(temp, new_start, blank=blank, show=show)
                if started is None:  # nothing is made: the new dates would break the programme
                    return ExitCode.CONTENT
        commit = None if no_git else _committed(temp, folder)
        with _refused_as_u039(folder):
            init_folder.into_place(temp, folder)
        temp = None
    finally:
        if temp is not None:  # anything failed or was interrupted: nothing stays behind
            init_folder.remove(temp, created)
    write(TEXT["made"].format(path=folder, what=TEXT["blank" if blank else "shipped"]))
    if new_start is not None and started is not None:
        _write_started(*started, new_start, blank=blank, show=show)
    if not no_git:
        say(TEXT["git"].format(commit=commit) if commit else TEXT["no_git"])
    _write_next_steps(folder, source)
    return ExitCode.OK


@contextlib.contextmanager
def _refused_as_u039(folder: Path) -> Iterator[None]:
    """An OSError while making the folder as U039, with its reason."""
    try:
        yield
    except OSError as error:
        raise UsageError("U039", {"path": str(folder), "reason": os_reason(error)}) from None


def _start_anew(
    temp: Path, new_start: str, *, blank: bool, show: Callable[[Path | str], str]
) -> tuple[Moved, list[str]] | None:
    """The copy in `temp` moved to begin on `new_start` (`--start`), and its text made ready
    for the new cohort; the move and the lines to review. None, with the move's report
    written, when the new dates would break the programme."""
    from felles.cli import init_cohort, move_files
    from felles.cli.move_plan import plan_move, planned
    from felles.content.locate import ContentDir

    cdir = ContentDir(temp / "content", "option")
    moved = plan_move(cdir, new_start)
    if moved.errors:
        _write_move(moved, new_start, show)
        return None
    move_files.commit(cdir.path, planned(moved), new_start)
    review = [] if blank else init_cohort.new_cohort(cdir, moved, show)
    return moved, review


def _write_move(moved: Moved, new_start: str, show: Callable[[Path | str], str]) -> None:
    """The move's report, its paths as they are in the finished folder."""
    from felles.cli import init_cohort
    from felles.cli.move_report import report

    first = next((old for _, old, _ in moved.files[0].changes), new_start)
    init_cohort.shown_paths(moved, show)
    for line in report(moved, first, new_start, dry_run=False):
        write(line)


def _write_started(
    moved: Moved,
    review: list[str],
    new_start: str,
    *,
    blank: bool,
    show: Callable[[Path | str], str],
) -> None:
    """What `--start` did: the move, the lines rewritten to review, or that no text names
    the old period any more."""
    from felles.cli import init_cohort

    _write_move(moved, new_start, show)
    if review:
        write(init_cohort.TEXT["review"])
        for line in review:
            write(line)
    if not moved.mentions and not blank:
        write(init_cohort.TEXT["no_todo"])


def _committed(temp: Path, folder: Path) -> str | None:
    """`git_commit` of the new folder, U140 when git refuses."""
    try:
        return git_commit(temp)
    except GitFailed as error:
        raise UsageError("U140", {"path": str(folder), "reason": str(error)}) from None


def _write_next_steps(folder: Path, source: Source) -> None:
    write(TEXT["next"])
    for key in ("step_cd", "step_edit", "step_use"):
        write(TEXT[key].format(path=folder))
    write(_source_step(source))


def _source_step(source: Source) -> str:
    if not source.vcs:
        return TEXT["other"]
    rev = source.rev[:12]
    return TEXT["vcs_local" if source.local else "vcs"].format(url=source.url, rev=rev)
