"""`felles pair ACTIVITY`: who visits whom, for an activity done two by two (`who: par`).

The pairs are made by plan/pairs.py and written, whole or not at all (felles/atomic.py),
to `<content>/pairs/<activity-id>.yaml`, a file to review and keep in git: the one file
felles writes into a content folder on purpose, so it keeps its own rule beside the
`-o` rule of cli/output.py:

- never into the programme packaged with felles (U021, which suggests `felles init`);
- never through a symlink, neither the file nor the pairs/ folder (E703);
- never over a file that is not a pairs file `felles pair` wrote for this activity
  (E319: its header is felles' mark, render/pairs_file.is_ours), not even with `--replace`;
- an existing pairing is replaced only with `--replace` (E317) or `--update` (which keeps
  every recorded visit that still follows the rules and pairs only those who need it);
  the same pairs again change nothing.

A finding in another activity's pairs file never stops `pair` (rounds are independent),
nor, with `--replace` or `--update`, one in the activity's own file.
"""

from __future__ import annotations

import os
import stat
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Final

import typer

from felles import paths
from felles.cli.app import app
from felles.cli.clock import today
from felles.cli.content import content_dir, judge, load, programme_errors
from felles.cli.options import ContentOption, VerboseOption
from felles.cli.output import reason, say, write
from felles.errors import ExitCode, FellesError, UsageError
from felles.names import windows_reserved

if TYPE_CHECKING:
    from felles.content.load import Content
    from felles.content.locate import ContentDir
    from felles.content.pairs_model import Pair

TEXT: Final = {
    "wrote": "Parrene er gemt i {path}. Gennemse dem, og læg filen i git.",
    "replaced": "Parrene i {path} er lavet forfra. Gennemse dem, og læg filen i git.",
    "unchanged": "{path} har allerede netop disse par; intet er ændret.",
    "dry_run": "Prøvekørsel: parrene ville blive gemt i {path}; intet er ændret.",
    "mutual": "Bemærk: {pairs} besøger hinanden; felles fandt ingen anden fordeling, der "
    "holder reglerne.",
    "mutual_pair": "{visitor} og {host}",
    "updated": "Opdaterede parrene i {path}: {kept} af {total} besøg er de samme. "
    "Gennemse dem, og læg filen i git.",
    "update_none": "{title} har ingen par endnu; --update laver dem fra bunden.",
    "dropped": "  Udgår: {visitor} besøger {host}",
    "added": "  Nyt:   {visitor} besøger {host}",
}
# Why the pairs file cannot be written (U039), in Danish.
REASON: Final = {
    "folder": "pairs er en fil, ikke en mappe",
    "dir": "det er en mappe",
}


class Format(StrEnum):
    text = "text"
    json = "json"


@app.command()
def pair(
    activity: Annotated[
        str,
        typer.Argument(
            metavar="AKTIVITET",
            help="Id på en aktivitet for par (who: par), fx jobbesoeg-graensekrydsende-samarbejde.",
            show_default=False,
        ),
    ],
    seed: Annotated[
        int | None,
        typer.Option(
            "--seed",
            metavar="N",
            help="Samme tal og samme indhold giver de samme par (standard: et tilfældigt tal, "
            "som skrives i filen).",
            show_default=False,
        ),
    ] = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Vis parrene, men skriv intet.")
    ] = False,
    output_format: Annotated[
        Format, typer.Option("--format", help="text eller json (en liste med visitor og host).")
    ] = Format.text,
    replace: Annotated[
        bool,
        typer.Option("--replace", help="Erstat parrene, hvis aktiviteten allerede har nogle."),
    ] = False,
    update: Annotated[
        bool,
        typer.Option(
            "--update",
            help="Behold de besøg, der stadig holder reglerne, og par kun de ledere, der "
            "mangler (nye, stoppede eller hvis makker er stoppet).",
        ),
    ] = False,
    content: ContentOption = None,
    verbose: VerboseOption = False,
) -> int:
    """Lav par til en aktivitet for par: hver leder besøger én kollega og får besøg af én
    anden, aldrig i egen sparringsgruppe, eget område eller et par, der har været før."""
    import shlex

    from felles.plan import pairs
    from felles.plan.select import select_activity
    from felles.render import pairs_file, pairs_listing

    if update and replace:
        raise UsageError("U130", {})
    found = content_dir(content, verbose)
    if not dry_run:
        _refuse_packaged(found)
    loaded = load(found, pairs=True)
    zone = loaded.programme.timezone if loaded.programme else None
    day = today(zone)
    chosen = select_activity(loaded, activity, day)
    act = chosen.activity
    _refuse_errors(loaded, act.id, replace or update)
    if act.who != "par":
        raise UsageError(
            "U084",
            {"title": act.title, "id": act.id, "who": act.who, "path": chosen.phase.display},
        )
    if seed is None:
        import secrets

        seed = secrets.randbelow(pairs.MAX_SEED + 1)
    elif not 0 <= seed <= pairs.MAX_SEED:
        raise UsageError("U085", {"largest": pairs.MAX_SEED, "value": seed})
    leaders = pairs.leaders_for(loaded, act)
    existing = pairs.pairing_of(loaded, act.id)
    recorded = [(p.visitor, p.host) for p in existing.meta.pairs] if existing else []
    if update and existing is None:
        say(TEXT["update_none"].format(title=act.title))
    try:
        if update and existing is not None:
            made = pairs.update(leaders, recorded, pairs.history(loaded, act.id), seed)
        else:
            made = pairs.make(leaders, pairs.history(loaded, act.id), seed)
    except pairs.Impossible as impossible:
        raise FellesError("E318", {"title": act.title, "reason": impossible.reason}) from None
    if windows_reserved(f"{act.id}.yaml"):  # W330: a file Windows cannot check out
        raise UsageError("U142", {"id": act.id, "path": chosen.phase.display})
    path = found.path / "pairs" / f"{act.id}.yaml"
    shown = loaded.display(path)
    replacing = paths.lstat(path) is not None
    same = existing is not None and _same(existing.meta.pairs, made.pairs)
    if existing is not None and not same and not (replace or update) and not dry_run:
        raise FellesError("E317", {"path": shown, "title": act.title})
    written = None
    if not dry_run and not same:  # written before anything is shown: `| head` cannot stop it
        words = ["felles", "pair", act.id, *(["--update"] if update else []), "--seed", str(seed)]
        text = pairs_file.yaml_text(act.id, act.title, seed, day, made.pairs, shlex.join(words))
        _write(loaded, path, text, act.id, act.title, replace=replace or update)
        written = TEXT["replaced" if replacing else "wrote"].format(path=shown)
        if update and existing is not None:
            kept = len(set(recorded) & set(made.pairs))
            written = TEXT["updated"].format(path=shown, kept=kept, total=len(made.pairs))
    groups = loaded.leaders()
    if output_format is Format.json:
        write(pairs_listing.as_json(made.pairs, groups))
    else:
        for line in pairs_listing.text_lines(act.title, seed, made.pairs, groups):
            write(line)
    if update and existing is not None and output_format is Format.text:
        dropped, added = pairs.changes(recorded, made.pairs)
        for visitor, host in dropped:
            write(TEXT["dropped"].format(visitor=visitor, host=host))
        for visitor, host in added:
            write(TEXT["added"].format(visitor=visitor, host=host))
    if made.mutual:
        both = [TEXT["mutual_pair"].format(visitor=a, host=b) for a, b in made.mutual]
        say(TEXT["mutual"].format(pairs=", ".join(both)))
    if dry_run:
        say(TEXT["dry_run"].format(path=shown))
    elif same:
        say(TEXT["unchanged"].format(path=shown))
    elif written is not None:
        say(written)
    return ExitCode.OK


def _refuse_errors(loaded: Content, activity: str, mending: bool) -> None:
    """U037 if the content has errors. Errors in another activity's pairs file do not
    count (another round), nor, with --replace or --update, those in the activity's own
    file: it is about to be made anew or mended."""
    own = f"{activity}.yaml"

    def counts(path: Path) -> bool:
        if path.parent.name != "pairs":
            return True
        return path.name == own and not mending

    found = [f for f in programme_errors(judge(loaded)) if counts(Path(f.path))]
    if found:
        first = min(found, key=lambda f: (f.path, f.line or 0))
        raise FellesError("U037", {"count": len(found), "first": str(first)})


def _same(recorded: list[Pair], made: list[tuple[str, str]]) -> bool:
    pairs = [(p.visitor, p.host) for p in recorded]
    return sorted(pairs) == sorted(made)


def _refuse_packaged(found: ContentDir) -> None:
    """U021: the programme packaged with felles is never written into, however it is named."""
    from felles.cli.output import protected

    if found.source == "packaged" or any(paths.inside(found.path, p) for p in protected()):
        raise UsageError("U021", {"path": str(found.path)})


def _write(
    loaded: Content, path: Path, text: str, activity: str, title: str, *, replace: bool
) -> None:
    """The pairs file written by the rule of the module docstring."""
    from felles import atomic

    shown = loaded.display(path)
    folder = path.parent
    try:
        entry = paths.lstat(folder)
        if entry is None:
            folder.mkdir()
        elif stat.S_ISLNK(entry.st_mode):
            raise FellesError("E703", {"path": loaded.display(folder)})
        elif not stat.S_ISDIR(entry.st_mode):
            raise UsageError("U039", {"path": shown, "reason": REASON["folder"]})
        entry = paths.lstat(path)
        if entry is None:
            atomic.create_new(path, text)
            return
        if stat.S_ISLNK(entry.st_mode):
            raise FellesError("E703", {"path": shown})
        if stat.S_ISDIR(entry.st_mode):
            raise UsageError("U039", {"path": shown, "reason": REASON["dir"]})
        if not _ours(path, activity):
            raise FellesError("E319", {"path": shown, "title": title})
        if not replace:
            raise FellesError("E317", {"path": shown, "title": title})
        atomic.replace(path, text)
    except FileExistsError:  # made by someone else a moment ago
        raise FellesError("E317", {"path": shown, "title": title}) from None
    except OSError as error:  # read-only content, no permission, disk full, name too long
        raise UsageError("U039", {"path": shown, "reason": reason(error)}) from None


def _ours(path: Path, activity: str) -> bool:
    """Is `path` a regular file whose header says `felles pair` wrote it for `activity`?"""
    from felles.render.pairs_file import HEAD_BYTES, is_ours

    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags | getattr(os, "O_BINARY", 0))
    except OSError:
        return False
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(fd).st_mode):  # a FIFO or device: nobody's pairs
            return False
        head = handle.read(HEAD_BYTES).decode("utf-8", "replace").lstrip("\ufeff")
    return is_ours(head, activity)
