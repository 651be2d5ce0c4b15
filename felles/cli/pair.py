"""`felles pair ACTIVITY`: who visits whom, for an activity done two by two (`who: par`).

The pairs are made by plan/pairs.py and written to `<content>/pairs/<activity-id>.yaml`,
a file to review and keep in git, by the rule of cli/pairs_writing.py. An existing
pairing is replaced only with `--replace` (E317) or `--update` (which keeps every
recorded visit that still follows the rules and pairs only those who need it); the same
pairs again change nothing.

A finding in another activity's pairs file never stops `pair` (rounds are independent),
nor, with `--replace` or `--update`, one in the activity's own file.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Final, NamedTuple

import typer

from felles import paths
from felles.cli import pairs_writing
from felles.cli.app import app
from felles.cli.clock import today
from felles.cli.content import content_dir, judge, load, programme_errors
from felles.cli.options import ContentOption, VerboseOption
from felles.cli.output import refuse_packaged, say, write
from felles.errors import ExitCode, FellesError, UsageError
from felles.names import windows_reserved

if TYPE_CHECKING:
    from datetime import date

    from felles.content.load import Content, Pairs
    from felles.content.locate import ContentDir
    from felles.content.model import Activity
    from felles.content.pairs_model import Pair
    from felles.plan.pairs import Leader, Made
    from felles.plan.schedule import Occurrence

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


class Format(StrEnum):
    text = "text"
    json = "json"


# The argument and options of `felles pair`.
ActivityArgument = Annotated[
    str,
    typer.Argument(
        metavar="AKTIVITET",
        help="Id på en aktivitet for par (who: par), fx jobbesoeg-graensekrydsende-samarbejde.",
        show_default=False,
    ),
]
SeedOption = Annotated[
    int | None,
    typer.Option(
        "--seed",
        metavar="N",
        help="Samme tal og samme indhold giver de samme par (standard: et tilfældigt tal, "
        "som skrives i filen).",
        show_default=False,
    ),
]
DryRunOption = Annotated[bool, typer.Option("--dry-run", help="Vis parrene, men skriv intet.")]
FormatOption = Annotated[
    Format, typer.Option("--format", help="text eller json (en liste med visitor og host).")
]
ReplaceOption = Annotated[
    bool,
    typer.Option("--replace", help="Erstat parrene, hvis aktiviteten allerede har nogle."),
]
UpdateOption = Annotated[
    bool,
    typer.Option(
        "--update",
        help="Behold de besøg, der stadig holder reglerne, og par kun de ledere, der "
        "mangler (nye, stoppede eller hvis makker er stoppet).",
    ),
]


@app.command()
def pair(
    activity: ActivityArgument,
    seed: SeedOption = None,
    dry_run: DryRunOption = False,
    output_format: FormatOption = Format.text,
    replace: ReplaceOption = False,
    update: UpdateOption = False,
    content: ContentOption = None,
    verbose: VerboseOption = False,
) -> int:
    """Lav par til en aktivitet for par: hver leder besøger én kollega og får besøg af én
    anden, aldrig i egen sparringsgruppe, eget område eller et par, der har været før."""
    from felles.plan import pairs

    if update and replace:
        raise UsageError("U130", {})
    mending = replace or update
    found = content_dir(content, verbose)
    if not dry_run:
        refuse_packaged(found)
    loaded = load(found, pairs=True)
    day = today(loaded.programme.timezone if loaded.programme else None)
    chosen = _pairing_activity(loaded, activity, day, mending=mending)
    act = chosen.activity
    seed = _seed(seed)
    leaders = pairs.leaders_for(loaded, act)
    existing = pairs.pairing_of(loaded, act.id)
    # --update of a recorded pairing: its visits.
    recorded = [(p.visitor, p.host) for p in existing.meta.pairs] if update and existing else None
    if update and recorded is None:
        say(TEXT["update_none"].format(title=act.title))
    made = _made(loaded, act, leaders, recorded, seed)
    path = _pairs_path(found, chosen)
    shown = loaded.display(path)
    same = _unchanged(existing, made, shown, act.title, may_replace=mending or dry_run)
    written = None
    if not dry_run and not same:  # written before anything is shown: `| head` cannot stop it
        saved = _Saved(act, seed, day, made, recorded, update=update)
        written = _save(loaded, path, saved, replace=mending)
    _show(loaded, act, seed, made, output_format, recorded)
    if dry_run:
        say(TEXT["dry_run"].format(path=shown))
    elif same:
        say(TEXT["unchanged"].format(path=shown))
    elif written is not None:
        say(written)
    return ExitCode.OK


def _pairing_activity(loaded: Content, query: str, day: date, *, mending: bool) -> Occurrence:
    """The activity to pair, by id or day: U037 if the content has errors (module
    docstring), U084 if it is not done two by two."""
    from felles.plan.select import select_activity

    chosen = select_activity(loaded, query, day)
    act = chosen.activity
    _refuse_errors(loaded, act.id, mending)
    if act.who != "par":
        raise UsageError(
            "U084",
            {"title": act.title, "id": act.id, "who": act.who, "path": chosen.phase.display},
        )
    return chosen


def _seed(seed: int | None) -> int:
    """--seed, checked, or a random one."""
    from felles.plan import pairs

    if seed is None:
        import secrets

        return secrets.randbelow(pairs.MAX_SEED + 1)
    if not 0 <= seed <= pairs.MAX_SEED:
        raise UsageError("U085", {"largest": pairs.MAX_SEED, "value": seed})
    return seed


def _made(
    loaded: Content,
    act: Activity,
    leaders: list[Leader],
    recorded: list[tuple[str, str]] | None,
    seed: int,
) -> Made:
    """The pairs made anew, or the `recorded` ones updated; E318 when the rules cannot all
    be met."""
    from felles.plan import pairs

    try:
        if recorded is not None:
            return pairs.update(leaders, recorded, pairs.history(loaded, act.id), seed)
        return pairs.make(leaders, pairs.history(loaded, act.id), seed)
    except pairs.Impossible as impossible:
        raise FellesError("E318", {"title": act.title, "reason": impossible.reason}) from None


def _pairs_path(found: ContentDir, chosen: Occurrence) -> Path:
    """pairs/<activity-id>.yaml; U142 for a name Windows cannot check out (W330)."""
    act = chosen.activity
    if windows_reserved(f"{act.id}.yaml"):
        raise UsageError("U142", {"id": act.id, "path": chosen.phase.display})
    return found.path / "pairs" / f"{act.id}.yaml"


def _unchanged(
    existing: Pairs | None, made: Made, shown: str, title: str, *, may_replace: bool
) -> bool:
    """Does the activity's pairs file have these very pairs? E317 when it has others that
    may not be replaced."""
    if existing is None:
        return False
    if _same(existing.meta.pairs, made.pairs):
        return True
    if not may_replace:
        raise FellesError("E317", {"path": shown, "title": title})
    return False


class _Saved(NamedTuple):
    """What the pairs file records."""

    act: Activity
    seed: int
    day: date
    made: Made
    recorded: list[tuple[str, str]] | None  # the visits before --update
    update: bool


def _save(loaded: Content, path: Path, saved: _Saved, *, replace: bool) -> str:
    """Write the pairs file; what to say about it."""
    import shlex

    from felles.render import pairs_file

    act, made = saved.act, saved.made
    shown = loaded.display(path)
    replacing = paths.lstat(path) is not None
    flags = ["--update"] if saved.update else []
    words = ["felles", "pair", act.id, *flags, "--seed", str(saved.seed)]
    text = pairs_file.yaml_text(
        act.id, act.title, saved.seed, saved.day, made.pairs, shlex.join(words)
    )
    pairs_writing.write(loaded, path, text, act.id, act.title, replace=replace)
    if saved.recorded is not None:
        kept = len(set(saved.recorded) & set(made.pairs))
        return TEXT["updated"].format(path=shown, kept=kept, total=len(made.pairs))
    return TEXT["replaced" if replacing else "wrote"].format(path=shown)


def _show(
    loaded: Content,
    act: Activity,
    seed: int,
    made: Made,
    output_format: Format,
    recorded: list[tuple[str, str]] | None,
) -> None:
    """The pairs (with what --update changed), and the pairs who visit each other."""
    from felles.plan import pairs
    from felles.render import pairs_listing

    groups = loaded.leaders()
    if output_format is Format.json:
        write(pairs_listing.as_json(made.pairs, groups))
    else:
        for line in pairs_listing.text_lines(act.title, seed, made.pairs, groups):
            write(line)
    if recorded is not None and output_format is Format.text:
        dropped, added = pairs.changes(recorded, made.pairs)
        for visitor, host in dropped:
            write(TEXT["dropped"].format(visitor=visitor, host=host))
        for visitor, host in added:
            write(TEXT["added"].format(visitor=visitor, host=host))
    if made.mutual:
        both = [TEXT["mutual_pair"].format(visitor=a, host=b) for a, b in made.mutual]
        say(TEXT["mutual"].format(pairs=", ".join(both)))


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
