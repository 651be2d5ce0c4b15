"""`felles grundlag docx` and `felles grundlag import`: a leader's draft out to Word and back.

Registered by `cli/grundlag.py`. `import` is the one command that changes a leader's
draft, and it never loses the previous text: when git holds the draft exactly as it is
(committed, no change since), git keeps the previous text; otherwise felles first keeps
a copy beside the draft (`<navn>.md.foer-import-<tid>`, a name felles never reads as a
draft). The new text is written in one step (`felles.atomic.replace`), only ever to
the draft's own file: a regular file in the content's ledelsesgrundlag/ folder, never
through a symlink (E428), never in the programme packaged with felles (U021).

`docx` writes its document by the one rule for `-o` (felles/cli/output.py); felles'
mark on a .docx is its app.xml (felles/export/signature.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Final

import typer

from felles.cli.clock import today
from felles.cli.content import content_dir, load
from felles.cli.options import ContentOption, VerboseOption
from felles.cli.output import say, write
from felles.dates import text_words
from felles.errors import ExitCode, FellesError, UsageError, os_reason

if TYPE_CHECKING:
    from felles.content.blocks import Block
    from felles.content.load import Content, Draft

MESSAGES: Final = {
    "wrote": "{leader}s ledelsesgrundlag er gemt som Word-dokument i {path}. Spørgsmålene står "
    "med grå kursiv og må gerne blive stående. Tag teksten tilbage med:\n"
    '  felles grundlag import "{leader}" {path}',
    "header": "{leader} · sparringsgruppe {group} · status: {status} – skriv i dokumentet; "
    "felles tager teksten med tilbage i ledelsesgrundlaget.",
    "same": "Ingen ændringer: teksten i {docx} er den samme som i {path}.",
    "changes": "Ændringer i {path} fra {docx}:",
    "dry_run": "Prøvekørsel: ledelsesgrundlaget ville blive opdateret sådan; intet er ændret.",
    "updated": "Opdateret: {path}; datoen for seneste ændring (feltet updated) er nu {day}.",
    "in_git": "Den tidligere tekst ligger i git: git show HEAD:{name}",
    "kept_beside": "Den tidligere tekst er gemt i {backup}.",
    "validate": "Kør »felles grundlag check {path}« for at se, om alle afsnit er med.",
    "summary": "{changed} afsnit ændret, {added} tilføjet, {removed} fjernet.",
}
BACKUP: Final = "{name}.foer-import-{stamp}"
REFUSED: Final = {  # why import will not write a draft (E428)
    "link": "det er et symbolsk link",
    "special": "det er ikke en almindelig fil",
    "elsewhere": "den ligger ikke i mappen ledelsesgrundlag/ i indholdsmappen",
}

NameArgument = Annotated[
    str,
    typer.Argument(
        metavar="NAVN",
        help="Lederens navn som i groups.yaml (store/små bogstaver og æ/ø/å er ligegyldige).",
        show_default=False,
    ),
]


def docx_out(
    name: NameArgument,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            metavar="FIL",
            help="Word-dokumentet, der skrives (standard: lederens filnavn med .docx i den "
            "mappe, du står i). Et dokument, nogen har ændret, overskrives aldrig.",
            show_default=False,
        ),
    ] = None,
    content: ContentOption = None,
    verbose: VerboseOption = False,
) -> int:
    """Lederens ledelsesgrundlag som Word-dokument (.docx).

    Til ledere, der ikke skriver i Markdown: overskrifterne bliver Word-overskrifter og
    spørgsmålene en grå hjælpetekst."""
    from felles.cli.output import protected, write_file
    from felles.content.blocks import parse
    from felles.export import docx
    from felles.names import slug

    found = content_dir(content, verbose)
    loaded = load(found, drafts=True)
    leader, draft = _draft(loaded, name)
    target = output if output is not None else Path(f"{slug(leader)}.docx")
    header = MESSAGES["header"].format(
        leader=leader, group=draft.meta.group, status=draft.meta.status
    )
    data = docx.build(parse(draft.doc.body), leader=leader, slug=slug(leader), header=header)
    try:  # the one rule for -o (cli/output.py); the mark is docx's (export/signature.py)
        write_file(target, data, protect=protected(found.path))
    except FellesError as error:
        if error.code != "E701":
            raise
        # Someone's document, or one of ours saved in Word since: it may hold text
        # that has not been brought back yet.
        raise FellesError("E425", {"path": str(target)}) from None
    say(MESSAGES["wrote"].format(path=target, leader=leader))
    return ExitCode.OK


def import_(
    name: NameArgument,
    document: Annotated[
        Path,
        typer.Argument(
            metavar="FIL.docx",
            help="Word-dokumentet med lederens tekst.",
            show_default=False,
            readable=False,  # felles says in Danish what is wrong with the file
        ),
    ],
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Vis ændringerne, men skriv intet.")
    ] = False,
    content: ContentOption = None,
    verbose: VerboseOption = False,
) -> int:
    """Hent teksten fra et Word-dokument tilbage i lederens ledelsesgrundlag.

    Front matter bevares (updated rettes til i dag), ændringerne vises, og den tidligere
    tekst gemmes."""
    from felles.content.blocks import parse
    from felles.content.docx_read import read
    from felles.content.load import display_path
    from felles.export import markdown_out, redraft
    from felles.names import slug

    found = content_dir(content, verbose)
    if found.source == "packaged" and not dry_run:
        raise UsageError("U021", {"path": str(found.path)})
    loaded = load(found, drafts=True)
    leader, draft = _draft(loaded, name)
    shown_docx = display_path(document, Path.cwd())
    incoming = read(_docx_bytes(document, shown_docx), shown_docx)
    expected = f"felles:ledelsesgrundlag:{slug(leader)}"
    if incoming.identifier.startswith("felles:ledelsesgrundlag:") and (
        incoming.identifier != expected
    ):
        other = _leader_of(loaded, incoming.identifier.rsplit(":", 1)[-1])
        raise FellesError("E424", {"path": shown_docx, "other": other, "leader": leader})
    if not incoming.blocks:
        raise FellesError("E426", {"path": shown_docx})
    path, shown = draft.doc.path, draft.display
    _own_file(found.path, path, shown, write=not dry_run)
    raw = _draft_bytes(path, shown)
    crlf = b"\r\n" in raw
    text = raw.decode("utf-8").replace("\r\n", "\n")
    body = draft.doc.body.replace("\r\n", "\n")
    old_blocks = parse(body)
    new_body = markdown_out.merge(body, old_blocks, incoming.blocks)
    if new_body == body:
        say(MESSAGES["same"].format(docx=shown_docx, path=shown))
        return ExitCode.OK
    day = today()
    new_text = redraft.with_body(text, body, new_body, day)
    if new_text is None:
        raise FellesError("E427", {"path": shown})
    write(MESSAGES["changes"].format(path=shown, docx=shown_docx))
    for line in redraft.diff(body, new_body, path.name):
        write(line)
    say(MESSAGES["summary"].format(**_counts(old_blocks, incoming.blocks)))
    if dry_run:
        say(MESSAGES["dry_run"])
        return ExitCode.OK
    kept = _keep_previous(path, raw, shown)
    _replace(path, new_text.replace("\n", "\r\n") if crlf else new_text, shown)
    say(MESSAGES["updated"].format(path=shown, day=text_words(day)) + " " + kept)
    say(MESSAGES["validate"].format(path=shown))
    return ExitCode.OK


def _draft(loaded: Content, name: str) -> tuple[str, Draft]:
    """The leader `name` means, and their draft; E422 without one, E423 if it is broken."""
    from felles import paths
    from felles.content.drafts import draft_path
    from felles.plan.upcoming import find_leader

    leader = find_leader(loaded, name)
    draft = next((d for d in loaded.drafts if d.meta.leader == leader), None)
    if draft is not None:
        return leader, draft
    path = draft_path(loaded.dir.path, leader)
    if paths.exists(path):
        first = next((f for f in loaded.findings if f.path == loaded.display(path)), None)
        reason = first.message if first is not None else "front matter kan ikke læses"
        raise FellesError("E423", {"path": loaded.display(path), "reason": reason})
    raise FellesError("E422", {"leader": leader})


def _leader_of(loaded: Content, leader_slug: str) -> str:
    from felles.names import slug

    return next((name for name in loaded.leaders() if slug(name) == leader_slug), leader_slug)


def _docx_bytes(path: Path, shown: str) -> bytes:
    from felles.content.docx_read import MAX_BYTES
    from felles.paths import NotAFile, read_bytes

    try:
        data = read_bytes(path, MAX_BYTES)
    except NotAFile:
        raise FellesError("E421", {"path": shown, "reason": "det er ikke en fil"}) from None
    except OSError as error:
        raise FellesError("E421", {"path": shown, "reason": os_reason(error)}) from None
    if len(data) > MAX_BYTES:
        raise FellesError("E421", {"path": shown, "reason": "filen er over 50 MB"})
    return data


def _own_file(content: Path, path: Path, shown: str, *, write: bool) -> None:
    """Refuse a draft `import` must not write: E428 unless it is a regular file (no
    symlink) right in the content's ledelsesgrundlag/ folder; U021 in the packaged
    programme (with `write`; a dry run may look at it)."""
    import stat

    from felles import paths
    from felles.cli.output import protected
    from felles.content.drafts import drafts_dir

    found = paths.lstat(path)
    if found is None or stat.S_ISLNK(found.st_mode):
        raise FellesError("E428", {"path": shown, "reason": REFUSED["link"]})
    if not stat.S_ISREG(found.st_mode):
        raise FellesError("E428", {"path": shown, "reason": REFUSED["special"]})
    parent, folder = paths.resolve(path.parent), paths.resolve(drafts_dir(content))
    if parent is None or folder is None or parent != folder:
        raise FellesError("E428", {"path": shown, "reason": REFUSED["elsewhere"]})
    if write:
        for packaged in protected():
            root = paths.resolve(packaged)
            if root is not None and parent.is_relative_to(root):
                raise UsageError("U021", {"path": str(content)})


def _draft_bytes(path: Path, shown: str) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise FellesError("E423", {"path": shown, "reason": os_reason(error)}) from None


def _keep_previous(path: Path, raw: bytes, shown: str) -> str:
    """Where the previous text is kept: git, when it holds the draft as it is; else a
    copy beside the draft, written before the draft is touched."""
    from felles.atomic import create_new
    from felles.plan.git import committed

    if committed(path):
        return MESSAGES["in_git"].format(name=_git_name(path))
    stamp = datetime.now().strftime("%Y-%m-%d-%H%M%S")
    for n in range(1, 100):
        suffix = "" if n == 1 else f"-{n}"
        backup = path.with_name(BACKUP.format(name=path.name, stamp=stamp) + suffix)
        try:
            create_new(backup, raw)
        except FileExistsError:
            continue
        except OSError as error:
            raise UsageError("U039", {"path": str(backup), "reason": os_reason(error)}) from None
        return MESSAGES["kept_beside"].format(backup=str(Path(shown).with_name(backup.name)))
    raise UsageError("U039", {"path": str(path), "reason": "for mange gemte udgaver i dag"})


def _git_name(path: Path) -> str:
    from felles.plan.git import relative

    return relative(path) or path.name


def _replace(path: Path, text: str, shown: str) -> None:
    from felles.atomic import replace

    try:
        replace(path, text)
    except OSError as error:
        raise UsageError("U039", {"path": shown, "reason": os_reason(error)}) from None


def _counts(old: Sequence[Block], new: Sequence[Block]) -> dict[str, int]:
    """How many blocks (paragraphs, items, headings) changed, came and went."""
    import difflib

    counts = {"changed": 0, "added": 0, "removed": 0}
    matcher = difflib.SequenceMatcher(a=list(old), b=list(new), autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "replace":
            common = min(i2 - i1, j2 - j1)
            counts["changed"] += common
            counts["added"] += (j2 - j1) - common
            counts["removed"] += (i2 - i1) - common
        elif tag == "insert":
            counts["added"] += j2 - j1
        elif tag == "delete":
            counts["removed"] += i2 - i1
    return counts
