"""The block-by-block merge of `grundlag import` when the draft changed since the export."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from felles.content.blocks import Block, Span
from felles.render import merge3


def _p(text: str) -> Block:
    return Block("paragraph", (Span(text),))


BLOCKS = st.lists(st.sampled_from("abcdefg").map(_p), max_size=8)


@settings(max_examples=200, deadline=None)
@given(BLOCKS, BLOCKS)
def test_a_side_that_did_not_change_takes_the_other_sides_changes(
    base: list[Block], other: list[Block]
) -> None:
    assert merge3.three_way(base, base, other) == merge3.Merged(other, [])
    assert merge3.three_way(base, other, base) == merge3.Merged(other, [])


@settings(max_examples=200, deadline=None)
@given(BLOCKS, BLOCKS, BLOCKS)
def test_nothing_either_side_wrote_is_lost(
    base: list[Block], draft: list[Block], word: list[Block]
) -> None:
    merged = merge3.three_way(base, draft, word).blocks
    for added in [b for b in draft if b not in base] + [b for b in word if b not in base]:
        assert added in merged


def test_changes_in_different_places_both_survive_and_one_place_is_a_conflict() -> None:
    base = [_p("a"), _p("b"), _p("c")]
    merged = merge3.three_way(base, [_p("a"), _p("B"), _p("c")], [_p("a"), _p("b"), _p("C")])
    assert merged == merge3.Merged([_p("a"), _p("B"), _p("C")], [])
    heading = Block("heading", (Span("4. Værdier"),), 2)
    base = [heading, _p("x")]
    merged = merge3.three_way(base, [heading, _p("draft")], [heading, _p("word")])
    assert merged.blocks == [heading, _p("draft"), _p("word")]
    assert [merged.where(at) for at in merged.conflicts] == ["4. Værdier"]


def test_notes_go_back_after_the_block_they_followed() -> None:
    note = Block("note", raw="<!-- note -->")
    draft = [_p("a"), note, _p("b")]
    assert merge3.with_notes(draft, [_p("a"), _p("new"), _p("b")]) == [
        _p("a"), note, _p("new"), _p("b")
    ]  # fmt: skip
    assert merge3.with_notes(draft, [_p("b")]) == [note, _p("b")]  # its block went: it stays
