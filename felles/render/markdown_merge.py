"""A new body merged into the old one: what `felles grundlag import` writes.

The blocks that came back from Word unchanged keep the author's own lines (their
wrapping, their `*` or `-`, the blank lines between them), and only what changed is
written anew (markdown_out), so the draft's history in git shows what the leader changed
and nothing else.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence

from felles.content.blocks import Block
from felles.render.markdown_out import Piece, join, pieces


def merge(old_body: str, old: Sequence[Block], new: Sequence[Block]) -> str:
    """The new blocks as a body, keeping the old body's own lines for every run of blocks
    that is unchanged (what lies between two kept blocks is kept too)."""
    lines = old_body.split("\n")
    written = pieces(new)
    parts: list[Piece] = []
    matcher = difflib.SequenceMatcher(a=list(old), b=list(new), autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            # A list item whose neighbour before it changed (an item above it deleted or
            # added) has lost the list its indentation was written for: written anew, as
            # are the items that follow it in the run, so the nesting reads as Word shows it.
            before_old = old[i1 - 1] if i1 else None
            before_new = new[j1 - 1] if j1 else None
            fresh = 0
            if before_old != before_new:
                while fresh < j2 - j1 and new[j1 + fresh].kind == "item":
                    fresh += 1
            parts.extend(written[j1 : j1 + fresh])
            if fresh < j2 - j1:
                first, end = old[i1 + fresh].lines[0], old[i2 - 1].lines[1]
                text = "\n".join(lines[first:end]).rstrip("\n")
                parts.append(Piece(text, new[j1 + fresh], new[j2 - 1]))
        else:
            parts.extend(written[j1:j2])
    lead = ""
    if old and parts and parts[0].first is new[0] and matcher.get_opcodes()[0][0] == "equal":
        lead = "\n".join(lines[: old[0].lines[0]])  # what stood before the first block
        lead = lead + "\n" if lead else ""
    return lead + join(parts) if parts else ""
