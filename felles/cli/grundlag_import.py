"""`felles grundlag import`: a leader's text from Word back into their draft.

Registered by `cli/grundlag.py`. `import` is the one command that changes a leader's
draft, and it never loses the previous text: when git's HEAD holds the draft's exact
bytes, git keeps the previous text; otherwise felles first keeps a copy beside the
draft (`cli/docx_import.py` does the work). The new text is written in one step
(`felles.atomic.replace`), only ever to the draft's own file: a regular file in the
content's ledelsesgrundlag/ folder, never through a symlink (E428), never in the
programme packaged with felles (U021). `import MAPPE` is cli/docx_import_folder.py's.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Final

import typer

from felles.cli.clock import today
from felles.cli.content import content_dir, load
from felles.cli.grundlag_sources import leader_draft, names_by_slug, read_document
from felles.cli.options import ContentOption, VerboseOption
from felles.cli.output import say, write
from felles.errors import ExitCode, UsageError
from felles.span_words import text_words

if TYPE_CHECKING:
    pass

TEXT: Final = {
    "same": "Ingen ændringer: teksten i {docx} er den samme som i {path}.",
    "changes": "Ændringer i {path} fra {docx}:",
    "dry_run": "Prøvekørsel: ledelsesgrundlaget ville blive opdateret sådan; intet er ændret.",
    "updated": "Opdateret: {path}; datoen for seneste ændring (feltet updated) er nu {day}.",
    "validate": "Kør »felles grundlag check {path}« for at se, om alle afsnit er med.",
}


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
    from felles.cli.docx_merge import SUMMARY
    from felles.content.load import display_path

    found = content_dir(content, verbose)
    if found.source == "packaged" and not dry_run:
        raise UsageError("U021", {"path": str(found.path)})
    loaded = load(found, drafts=True)
    if document is None:
        from felles.cli.docx_import_folder import import_folder

        return import_folder(loaded, Path(name), dry_run=dry_run)
    leader, draft = leader_draft(loaded, name)
    shown_docx = display_path(document, Path.cwd())
    incoming = read_document(document, shown_docx)
    day = today()
    outcome = bring_in(
        found.path, leader, draft, incoming, shown_docx,
        names=names_by_slug(loaded), day=day, dry_run=dry_run,
    )  # fmt: skip
    for notice in outcome.notices:
        say(notice)
    if outcome.same:
        say(TEXT["same"].format(docx=shown_docx, path=draft.display))
        return ExitCode.OK
    write(TEXT["changes"].format(path=draft.display, docx=shown_docx))
    for line in outcome.diff:
        write(line)
    say(SUMMARY.format(**outcome.counts))
    if dry_run:
        say(TEXT["dry_run"])
        return ExitCode.OK
    say(TEXT["updated"].format(path=draft.display, day=text_words(day)) + " " + outcome.kept)
    say(TEXT["validate"].format(path=draft.display))
    return ExitCode.OK
