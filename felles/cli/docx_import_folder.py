"""`felles grundlag import MAPPE`: every Word document of a folder back into its own leader's
draft (the leader is read from the document, never from its file name), one line per
document; a refused document never stops the others."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Final

from felles.cli.clock import today
from felles.cli.output import say
from felles.errors import ExitCode, FellesError, UsageError, os_reason

if TYPE_CHECKING:
    from felles.content.load import Content

from felles.cli.docx_merge import SUMMARY
from felles.cli.grundlag_sources import names_by_slug, read_document, slug_of

TEXT: Final = {
    "line_same": "{docx}: ingen ændringer ({path})",
    "line_changed": "{docx}: {summary} i {path}",
    "line_dry": "{docx}: prøvekørsel – {summary} i {path}; intet er ændret",
    "line_refused": "{docx}: afvist – {reason}",
    "folder_done": "{total} dokumenter: {changed} ændret, {same} uændret, {refused} afvist.",
    "no_folder": "mappen findes ikke",
    "no_docx": "den har ingen .docx-filer",
}


def import_folder(loaded: Content, folder: Path, *, dry_run: bool) -> int:
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
        reason = os_reason(error) if folder.exists() else TEXT["no_folder"]
        raise UsageError("U111", {"path": shown_folder, "reason": reason}) from None
    if not documents:
        raise UsageError("U111", {"path": shown_folder, "reason": TEXT["no_docx"]})
    names = names_by_slug(loaded)
    drafts = {slug_of(d.meta.leader): d for d in loaded.drafts}
    day = today()
    tally = {"changed": 0, "same": 0, "refused": 0}
    for path in documents:
        shown_docx = display_path(path, Path.cwd())
        try:
            incoming = read_document(path, shown_docx)
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
            say(TEXT["line_refused"].format(docx=shown_docx, reason=str(error)))
            continue
        if outcome.same:
            tally["same"] += 1
            line = TEXT["line_same"].format(docx=shown_docx, path=draft.display)
        else:
            tally["changed"] += 1
            summary = SUMMARY.format(**outcome.counts).rstrip(".")
            key = "line_dry" if dry_run else "line_changed"
            line = TEXT[key].format(docx=shown_docx, summary=summary, path=draft.display)
        say(" ".join([line, *outcome.notices]))
    say(TEXT["folder_done"].format(total=len(documents), **tally))
    return ExitCode.CONTENT if tally["refused"] else ExitCode.OK
