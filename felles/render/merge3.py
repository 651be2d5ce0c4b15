"""What `felles grundlag import` makes of a Word document: the blocks of the new body.

The document holds the blocks a reader sees; the draft's notes to the author (HTML
comments) were never in it, so they are put back where they stood in the draft
(`with_notes`). When the draft has changed since the document was made, the leader's
changes in Word and the changes in the draft are merged block by block against the
version the document was made from (`three_way`, diff3's rule): a run of blocks changed
on one side only takes that side's change; where both sides changed a run of the same
length, each block is settled on its own; a block (or a run) changed on both sides
differently keeps both versions, the draft's first, and is named as a conflict.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from dataclasses import dataclass

from felles.content.blocks import Block


@dataclass(frozen=True)
class Merged:
    blocks: list[Block]
    conflicts: list[int]  # where each conflict starts in `blocks` (the draft's version first)

    def where(self, at: int) -> str:
        """The heading over the block at `at` ('' before the first heading)."""
        return next((b.text() for b in reversed(self.blocks[: at + 1]) if b.kind == "heading"), "")


def visible(blocks: Sequence[Block]) -> list[Block]:
    """The blocks a reader of the document sees: every block but the notes."""
    return [block for block in blocks if block.kind != "note"]


def _matches(base: Sequence[Block], other: Sequence[Block]) -> dict[int, int]:
    matcher = difflib.SequenceMatcher(a=list(base), b=list(other), autojunk=False)
    found: dict[int, int] = {}
    for a, b, size in matcher.get_matching_blocks():
        for k in range(size):
            found[a + k] = b + k
    return found


def three_way(base: Sequence[Block], draft: Sequence[Block], word: Sequence[Block]) -> Merged:
    """`draft` and `word`, both changed from `base`, merged block by block."""
    in_draft, in_word = _matches(base, draft), _matches(base, word)
    out: list[Block] = []
    conflicts: list[int] = []
    b = d = w = 0
    while b < len(base) or d < len(draft) or w < len(word):
        if b < len(base) and in_draft.get(b) == d and in_word.get(b) == w:
            out.append(draft[d])  # unchanged on both sides
            b, d, w = b + 1, d + 1, w + 1
            continue
        # the next base block both sides still hold, in order, after this point
        nxt = next(
            (
                j
                for j in range(b, len(base))
                if in_draft.get(j, -1) >= d and in_word.get(j, -1) >= w
            ),
            None,
        )
        d_end = in_draft[nxt] if nxt is not None else len(draft)
        w_end = in_word[nxt] if nxt is not None else len(word)
        b_end = nxt if nxt is not None else len(base)
        old, ours, theirs = list(base[b:b_end]), list(draft[d:d_end]), list(word[w:w_end])
        if len(old) == len(ours) == len(theirs):  # blocks changed in place: one by one
            for was, mine, word_block in zip(old, ours, theirs, strict=True):
                _resolve([was], [mine], [word_block], out, conflicts)
        else:
            _resolve(old, ours, theirs, out, conflicts)
        b, d, w = b_end, d_end, w_end
    return Merged(out, conflicts)


def _resolve(
    old: list[Block], ours: list[Block], theirs: list[Block], out: list[Block], conflicts: list[int]
) -> None:
    if ours == old:
        out.extend(theirs)
    elif theirs in (old, ours):
        out.extend(ours)
    else:
        conflicts.append(len(out))
        out.extend(ours + theirs)


def with_notes(draft: Sequence[Block], merged: Sequence[Block]) -> list[Block]:
    """`merged` with the draft's notes put back, each after the visible block it followed
    in the draft (or the nearest one before that which is still there)."""
    seen = visible(draft)
    place = _matches(seen, merged)
    notes: dict[int, list[Block]] = {}  # index in merged (-1: the start) → notes after it
    before = -1  # the visible block of the draft the next note follows
    for block in draft:
        if block.kind != "note":
            before += 1
            continue
        anchor = next((place[k] for k in range(before, -1, -1) if k in place), -1)
        notes.setdefault(anchor, []).append(block)
    out = list(notes.get(-1, []))
    for n, block in enumerate(merged):
        out.append(block)
        out.extend(notes.get(n, []))
    return out
