"""`felles grundlag docx` and `felles grundlag import`: a leader's draft out to Word and back.

Registered by `cli/grundlag.py`. `import` is the one command that changes a leader's
draft, and it never loses the previous text: when git's HEAD holds the draft's exact
bytes, git keeps the previous text; otherwise felles first keeps a copy beside the
draft (`cli/docx_import.py` does the work). The new text is written in one step
(`felles.atomic.replace`), only ever to the draft's own file: a regular file in the
content's ledelsesgrundlag/ folder, never through a symlink (E428), never in the
programme packaged with felles (U021).

For the coordinator's round trip, `docx --all -o MAPPE` (or `--group N`) writes one
document per leader with a draft, and `import MAPPE` brings every document of a folder
back into its own leader's draft (the leader is read from the document, never from its
file name), one line per document; a refused document never stops the others.

`docx` writes its documents by the one rule for `-o` (felles/cli/output.py); felles'
mark on a .docx is its app.xml (felles/render/docx_signature.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Final

import typer

from felles.cli.clock import today
from felles.cli.content import content_dir, load
from felles.cli.options import ContentOption, VerboseOption
from felles.cli.output import say, write
from felles.errors import ExitCode, FellesError, UsageError, os_reason
from felles.span_words import text_words

if TYPE_CHECKING:
    from felles.content.docx_read import Read
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
    "wrote_all": "{count} Word-dokumenter er gemt i {folder}. Tag teksterne tilbage med:\n"
    "  felles grundlag import {folder}",
    "no_drafts": "Ingen ledere{scope} har et ledelsesgrundlag endnu, så der er ingen "
    "Word-dokumenter at lave.",
    "line_same": "{docx}: ingen ændringer ({path})",
    "line_changed": "{docx}: {summary} i {path}",
    "line_dry": "{docx}: prøvekørsel – {summary} i {path}; intet er ændret",
    "line_refused": "{docx}: afvist – {reason}",
    "folder_done": "{total} dokumenter: {changed} ændret, {same} uændret, {refused} afvist.",
    "no_documents": "Der er ingen Word-dokumenter (.docx) i {folder}.",
}


def docx_out(
    name: Annotated[
        str | None,
        typer.Argument(
            metavar="[NAVN]",
            help="Lederens navn som i groups.yaml (store/små bogstaver og æ/ø/å er "
            "ligegyldige). Udelades med --all og --group.",
            show_default=False,
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            metavar="FIL",
            help="Word-dokumentet, der skrives (standard: lederens filnavn med .docx i den "
            "mappe, du står i); med --all og --group en mappe. Et dokument, nogen har "
            "ændret, overskrives aldrig.",
            show_default=False,
        ),
    ] = None,
    all_leaders: Annotated[
        bool, typer.Option("--all", help="Et Word-dokument til hver leder med et ledelsesgrundlag.")
    ] = False,
    group: Annotated[
        int | None,
        typer.Option(
            "--group",
            metavar="N",
            help="Et Word-dokument til hver leder i sparringsgruppe N.",
            show_default=False,
        ),
    ] = None,
    content: ContentOption = None,
    verbose: VerboseOption = False,
) -> int:
    """Lederens ledelsesgrundlag som Word-dokument (.docx).

    Til ledere, der ikke skriver i Markdown: overskrifterne bliver Word-overskrifter og
    spørgsmålene en grå hjælpetekst."""
    from felles.names import slug
    from felles.plan.roster import check_group

    many = all_leaders or group is not None
    if (name is None) != many or (all_leaders and group is not None):
        raise UsageError("U110")
    found = content_dir(content, verbose)
    loaded = load(found, drafts=True)
    if not many:
        assert name is not None
        leader, draft = _draft(loaded, name)
        target = output if output is not None else Path(f"{slug(leader)}.docx")
        _write_docx(found.path, leader, draft, target)
        say(MESSAGES["wrote"].format(path=target, leader=leader))
        return ExitCode.OK
    if group is not None:
        check_group(loaded, group)
    folder = output if output is not None else Path()
    chosen = [
        d for d in loaded.drafts
        if d.meta.leader in loaded.leaders()
        and (group is None or loaded.leaders()[d.meta.leader] == group)
    ]  # fmt: skip
    if not chosen:
        scope = f" i sparringsgruppe {group}" if group is not None else ""
        say(MESSAGES["no_drafts"].format(scope=scope))
        return ExitCode.OK
    _folder(folder)
    written = 0
    for draft in chosen:
        target = folder / f"{slug(draft.meta.leader)}.docx"
        try:
            _write_docx(found.path, draft.meta.leader, draft, target)
        except FellesError as error:  # one document kept (someone saved it) stops no other
            say(f"felles: {error}")
            continue
        written += 1
    say(MESSAGES["wrote_all"].format(count=written, folder=folder))
    return ExitCode.OK if written == len(chosen) else ExitCode.CONTENT


def _folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise UsageError("U039", {"path": str(folder), "reason": os_reason(error)}) from None
    if not folder.is_dir():
        raise UsageError("U039", {"path": str(folder), "reason": "det er ikke en mappe"})


def _write_docx(content: Path, leader: str, draft: Draft, target: Path) -> None:
    from felles.cli.output import protected, write_file
    from felles.content.blocks import parse
    from felles.names import slug
    from felles.render import docx_write

    header = MESSAGES["header"].format(
        leader=leader, group=draft.meta.group, status=draft.meta.status
    )
    raw = _draft_bytes(draft.doc.path, draft.display)
    body = draft.doc.body.replace("\r\n", "\n")
    data = docx_write.build(
        parse(body), leader=leader, slug=slug(leader), header=header, draft=raw, body=body
    )
    try:  # the one rule for -o (cli/output.py); the mark is docx's (render/docx_signature.py)
        write_file(target, data, protect=protected(content))
    except FellesError as error:
        if error.code != "E701":
            raise
        # Someone's document, or one of ours saved in Word since: it may hold text
        # that has not been brought back yet.
        raise FellesError("E425", {"path": str(target)}) from None


def import_(
    name: Annotated[
        str,
        typer.Argument(
            metavar="NAVN|MAPPE",
            help="Lederens navn som i groups.yaml, eller en mappe med Word-dokumenter (eller "
            "ét dokument): så hentes hvert dokument ind i ledelsesgrundlaget for den leder, "
            "det er lavet til.",
            show_default=False,
        ),
    ],
    document: Annotated[
        Path | None,
        typer.Argument(
            metavar="[FIL.docx]",
            help="Word-dokumentet med lederens tekst.",
            show_default=False,
            readable=False,  # felles says in Danish what is wrong with the file
        ),
    ] = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Vis ændringerne, men skriv intet.")
    ] = False,
    content: ContentOption = None,
    verbose: VerboseOption = False,
) -> int:
    """Hent teksten fra et Word-dokument tilbage i lederens ledelsesgrundlag.

    Front matter bevares (updated rettes til i dag), ændringerne vises, og den tidligere
    tekst gemmes. Med en mappe hentes alle dokumenter i den, hvert i sin leders
    ledelsesgrundlag."""
    from felles.cli.docx_import import bring_in
    from felles.content.load import display_path

    found = content_dir(content, verbose)
    if found.source == "packaged" and not dry_run:
        raise UsageError("U021", {"path": str(found.path)})
    loaded = load(found, drafts=True)
    if document is None:
        return _import_folder(loaded, Path(name), dry_run=dry_run)
    leader, draft = _draft(loaded, name)
    shown_docx = display_path(document, Path.cwd())
    incoming = _read(document, shown_docx)
    day = today()
    outcome = bring_in(
        found.path, leader, draft, incoming, shown_docx,
        names=_names(loaded), day=day, dry_run=dry_run,
    )  # fmt: skip
    for notice in outcome.notices:
        say(notice)
    if outcome.same:
        say(MESSAGES["same"].format(docx=shown_docx, path=draft.display))
        return ExitCode.OK
    write(MESSAGES["changes"].format(path=draft.display, docx=shown_docx))
    for line in outcome.diff:
        write(line)
    say(MESSAGES["summary"].format(**outcome.counts))
    if dry_run:
        say(MESSAGES["dry_run"])
        return ExitCode.OK
    say(MESSAGES["updated"].format(path=draft.display, day=text_words(day)) + " " + outcome.kept)
    say(MESSAGES["validate"].format(path=draft.display))
    return ExitCode.OK


def _import_folder(loaded: Content, folder: Path, *, dry_run: bool) -> int:
    """Every .docx in `folder` (or the one document `folder` names) into its own leader's
    draft: one line per document."""
    from felles.cli.docx_import import bring_in
    from felles.content.load import display_path

    shown_folder = display_path(folder, Path.cwd())
    try:
        documents = [folder] if folder.is_file() else sorted(
            p for p in folder.iterdir()
            if p.suffix.lower() == ".docx" and not p.name.startswith(("~$", ".~lock"))
        )  # fmt: skip
    except OSError as error:
        reason = os_reason(error) if folder.exists() else "mappen findes ikke"
        raise UsageError("U111", {"path": shown_folder, "reason": reason}) from None
    if not documents:
        raise UsageError("U111", {"path": shown_folder, "reason": "den har ingen .docx-filer"})
    names = _names(loaded)
    drafts = {slug_of(d.meta.leader): d for d in loaded.drafts}
    day = today()
    tally = {"changed": 0, "same": 0, "refused": 0}
    for path in documents:
        shown_docx = display_path(path, Path.cwd())
        try:
            incoming = _read(path, shown_docx)
            own = incoming.leader
            if not own:
                raise FellesError("E433", {"path": shown_docx})
            if own not in names:
                raise FellesError("E432", {"path": shown_docx, "leader": own})
            draft = drafts.get(own)
            if draft is None:
                raise FellesError("E422", {"leader": names[own]})
            outcome = bring_in(
                loaded.dir.path, names[own], draft, incoming, shown_docx,
                names=names, day=day, dry_run=dry_run,
            )  # fmt: skip
        except FellesError as error:
            tally["refused"] += 1
            say(MESSAGES["line_refused"].format(docx=shown_docx, reason=str(error)))
            continue
        if outcome.same:
            tally["same"] += 1
            line = MESSAGES["line_same"].format(docx=shown_docx, path=draft.display)
        else:
            tally["changed"] += 1
            summary = MESSAGES["summary"].format(**outcome.counts).rstrip(".")
            key = "line_dry" if dry_run else "line_changed"
            line = MESSAGES[key].format(docx=shown_docx, summary=summary, path=draft.display)
        say(" ".join([line, *outcome.notices]))
    say(MESSAGES["folder_done"].format(total=len(documents), **tally))
    return ExitCode.CONTENT if tally["refused"] else ExitCode.OK


def slug_of(name: str) -> str:
    from felles.names import slug

    return slug(name)


def _names(loaded: Content) -> dict[str, str]:
    """Each leader's name by slug."""
    return {slug_of(name): name for name in loaded.leaders()}


def _read(document: Path, shown: str) -> Read:
    from felles.content.docx_read import read

    return read(_docx_bytes(document, shown), shown)


def _draft(loaded: Content, name: str) -> tuple[str, Draft]:
    """The leader `name` means, and their draft; E422 without one, E423 if it is broken."""
    from felles import paths
    from felles.content.drafts import draft_path
    from felles.plan.roster import find_leader

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


def _docx_bytes(path: Path, shown: str) -> bytes:
    from felles.content.docx_read import MAX_BYTES
    from felles.paths import NotAFile, TooBig, read_bytes

    try:
        return read_bytes(path, MAX_BYTES)
    except NotAFile:
        raise FellesError("E421", {"path": shown, "reason": "det er ikke en fil"}) from None
    except TooBig:
        raise FellesError("E421", {"path": shown, "reason": "filen er over 50 MB"}) from None
    except OSError as error:
        raise FellesError("E421", {"path": shown, "reason": os_reason(error)}) from None


def _draft_bytes(path: Path, shown: str) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise FellesError("E423", {"path": shown, "reason": os_reason(error)}) from None
