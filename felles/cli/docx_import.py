"""The work of `felles grundlag import`: one Word document into one leader's draft.

`bring_in` reads the document (`content.docx_read`, as Word shows it with every tracked
change accepted), refuses one made for another leader, makes the new body (the blocks
from Word; merged block by block with the draft when the draft has changed since the
document was made: cli/docx_merge.py) and, unless it is a dry run, keeps the previous
text and writes the draft in one step (cli/draft_overwrite.py). It prints nothing:
the command prints the whole story for one document, or one line per document for a
folder (`cli/grundlag_import.py`, `cli/docx_import_folder.py`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from felles.cli.docx_merge import counts, word_blocks
from felles.cli.draft_overwrite import draft_bytes, keep_previous, own_file, replace_draft
from felles.errors import FellesError

if TYPE_CHECKING:
    from felles.content.docx_read import Read
    from felles.content.load import Draft


@dataclass
class Outcome:
    shown: str  # the draft, as the user names it
    same: bool = False
    diff: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    notices: list[str] = field(default_factory=list)  # tracked changes, comments, conflicts
    kept: str = ""  # where the previous text is


def bring_in(
    content: Path,
    leader: str,
    draft: Draft,
    incoming: Read,
    shown_docx: str,
    *,
    names: Mapping[str, str],
    day: date,
    dry_run: bool,
) -> Outcome:
    """The draft of `leader` with the text of `incoming`; FellesError for a refusal (and
    then nothing is written). `names`: each leader's name by slug."""
    from felles.content.markdown_blocks import parse
    from felles.names import slug
    from felles.render import markdown_merge, merge3, redraft

    if incoming.leader and incoming.leader != slug(leader):
        other = names.get(incoming.leader, incoming.leader)
        raise FellesError("E424", {"path": shown_docx, "other": other, "leader": leader})
    path, shown = draft.doc.path, draft.display
    own_file(content, path, shown, write=not dry_run)
    raw = draft_bytes(path, shown)
    crlf = b"\r\n" in raw
    text = raw.decode("utf-8").replace("\r\n", "\n")
    body = draft.doc.body.replace("\r\n", "\n")
    old_blocks = parse(body)
    new_blocks, notices = word_blocks(incoming, old_blocks, raw, shown, shown_docx)
    outcome = Outcome(shown, notices=notices)
    new_body = markdown_merge.merge(body, old_blocks, new_blocks)
    if new_body == body:
        outcome.same = True
        return outcome
    new_text = redraft.with_body(text, body, new_body, day)
    if new_text is None:
        raise FellesError("E427", {"path": shown})
    outcome.diff = redraft.diff(body, new_body, path.name)
    outcome.counts = counts(merge3.visible(old_blocks), merge3.visible(new_blocks))
    if not dry_run:
        outcome.kept = keep_previous(path, raw, shown)
        replace_draft(path, new_text.replace("\n", "\r\n") if crlf else new_text, shown)
    return outcome
