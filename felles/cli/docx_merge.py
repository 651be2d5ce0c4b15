"""The new text of a leader's draft from a Word document, block by block.

The answers are read from Word (`content.docx_read`, as Word shows them with every tracked
change accepted), merged block by block with the draft when the draft has changed since the
document was made (`render.merge3`: W410 for each conflict), the draft's notes kept; and
what `grundlag import` says of it: the tracked changes and comments, and how many blocks
changed, came and went.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

from felles.errors import FellesError

if TYPE_CHECKING:
    from felles.content.blocks import Block
    from felles.content.docx_read import Read


SUMMARY: Final = "{changed} afsnit ændret, {added} tilføjet, {removed} fjernet."  # Outcome.counts
TEXT: Final = {
    "changes": "{changes} registrerede ændringer i {docx} er læst som accepteret",
    "one_change": "1 registreret ændring i {docx} er læst som accepteret",
    "comments": "{comments} kommentarer i Word er ikke taget med",
    "one_comment": "1 kommentar i Word er ikke taget med",
    "before_headings": "før første overskrift",  # W410's section, above every heading
}


def read_notes(incoming: Read, shown_docx: str) -> list[str]:
    parts = []
    if incoming.changes:
        key = "one_change" if incoming.changes == 1 else "changes"
        parts.append(TEXT[key].format(changes=incoming.changes, docx=shown_docx))
    if incoming.comments:
        key = "one_comment" if incoming.comments == 1 else "comments"
        parts.append(TEXT[key].format(comments=incoming.comments))
    return ["; ".join(parts) + "."] if parts else []


def counts(old: Sequence[Block], new: Sequence[Block]) -> dict[str, int]:
    """How many blocks (paragraphs, items, headings) changed, came and went."""
    import difflib

    found = {"changed": 0, "added": 0, "removed": 0}
    matcher = difflib.SequenceMatcher(a=list(old), b=list(new), autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "replace":
            common = min(i2 - i1, j2 - j1)
            found["changed"] += common
            found["added"] += (j2 - j1) - common
            found["removed"] += (i2 - i1) - common
        elif tag == "insert":
            found["added"] += j2 - j1
        elif tag == "delete":
            found["removed"] += i2 - i1
    return found


def word_blocks(
    incoming: Read, old_blocks: list[Block], raw: bytes, shown: str, shown_docx: str
) -> tuple[list[Block], list[str]]:
    """The draft's new blocks from `incoming`, and the notices on them (tracked changes,
    comments, conflicts); E426 for a document without text, E431 when the draft changed
    and the document does not say from what."""
    from felles.codes import render
    from felles.content.docx_properties import DRAFT, blob_hash, exported_body
    from felles.content.docx_read import answers
    from felles.content.markdown_blocks import parse
    from felles.render import merge3

    base_body = exported_body(incoming.properties)
    base = parse(base_body) if base_body is not None else []
    questions = [b for b in (*old_blocks, *base) if b.kind == "quote"]
    word = merge3.visible(answers(incoming.blocks, questions))
    if not word:
        raise FellesError("E426", {"path": shown_docx})
    notices: list[str] = []
    made_from = incoming.properties.get(DRAFT)
    if made_from is not None and made_from != blob_hash(raw):
        if base_body is None:
            raise FellesError("E431", {"path": shown_docx, "draft": shown})
        merged = merge3.three_way(merge3.visible(base), merge3.visible(old_blocks), word)
        for at in merged.conflicts:
            section = merged.where(at) or TEXT["before_headings"]
            notices.append("W410 " + render("W410", {"section": section, "path": shown}))
        new = merged.blocks
    else:
        new = word
    new_blocks = merge3.with_notes(old_blocks, new)
    return new_blocks, read_notes(incoming, shown_docx) + notices
