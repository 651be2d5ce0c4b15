"""Markdown → Word → Markdown over random bodies: headings, paragraphs, bullet and numbered
lists, guiding questions, bold and italic, æøå. What comes back is what went out, an
unchanged document gives the very same text back, and an edited one merges into a body
that reads as exactly the edited blocks."""

from __future__ import annotations

import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from felles.content.blocks import Block, Span
from felles.content.docx_read import read
from felles.content.markdown_blocks import parse
from felles.render import docx_write, markdown_merge, markdown_out

WORDS = st.sampled_from(
    ["Søren", "æblegrød", "øresund", "Århus", "ledelse", "tillid", "på", "tværs", "ÆØÅ",
     "værdi,", "borgerne.", "(fx", "data)", "5", "–", "'citat'", "#1", "*", "_", "<b>"]
)  # fmt: skip


@st.composite
def spans(draw: st.DrawFn) -> tuple[Span, ...]:
    words = draw(st.lists(WORDS, min_size=1, max_size=8))
    out: list[Span] = []
    for n, word in enumerate(words):
        mark = draw(st.sampled_from(["", "", "", "b", "i", "bi"])) if word.isalpha() else ""
        out.append(Span(word, bold="b" in mark, italic="i" in mark))
        if n + 1 < len(words):
            out.append(Span(" "))
    from felles.content.inline_spans import normalised

    return normalised(out)


@st.composite
def bodies(draw: st.DrawFn) -> list[Block]:
    blocks: list[Block] = []
    depth = 0
    for _ in range(draw(st.integers(1, 12))):
        kind = draw(st.sampled_from(["heading", "paragraph", "item", "item", "quote"]))
        text = draw(spans())
        if kind == "item":
            depth = draw(st.integers(1, min(depth + 1, 3)))
            blocks.append(Block("item", text, depth, draw(st.booleans()), start=1))
            continue
        depth = 0
        level = draw(st.integers(1, 3)) if kind == "heading" else 0
        blocks.append(Block(kind, text, level))
    return blocks


def word_round_trip(blocks: list[Block]) -> list[Block]:
    data = docx_write.build(blocks, leader="Søren Aakjær", slug="soeren-aakjaer", header="x")
    return read(data, "test.docx").blocks


SETTINGS = settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))


@SETTINGS
@given(bodies())
def test_markdown_reads_back_and_word_gives_back_the_same_blocks(blocks: list[Block]) -> None:
    markdown = markdown_out.write(blocks)
    parsed = parse(markdown)
    back = word_round_trip(parsed)
    assert back == parsed
    assert markdown_merge.merge(markdown, parsed, back) == markdown  # unchanged: the same text


@SETTINGS
@given(bodies(), st.randoms(use_true_random=False))
def test_a_body_written_another_way_comes_back_byte_for_byte(
    blocks: list[Block], rnd: random.Random
) -> None:
    """Lines wrapped, '*' bullets, blank lines doubled: an unchanged round trip keeps them."""
    lines = []
    for line in markdown_out.write(blocks).split("\n"):
        if line.startswith("- "):
            line = "* " + line[2:]
        if len(line) > 30 and not line.startswith(("#", ">")) and " " in line[10:]:
            cut = line.index(" ", 10)
            indent = " " * (
                len(line) - len(line.lstrip()) + (2 if line.lstrip()[:2] in ("* ",) else 0)
            )
            line = (
                line[:cut] + "\n" + indent + line[cut + 1 :].lstrip()
                if rnd.random() < 0.7
                else line
            )
        lines.append(line)
    markdown = "\n".join(lines)
    parsed = parse(markdown)
    assert markdown_merge.merge(markdown, parsed, word_round_trip(parsed)) == markdown


@SETTINGS
@given(bodies(), bodies(), st.randoms(use_true_random=False))
def test_an_edited_document_merges_into_exactly_the_edited_blocks(
    blocks: list[Block], more: list[Block], rnd: random.Random
) -> None:
    markdown = markdown_out.write(blocks)
    parsed = parse(markdown)
    edited = list(word_round_trip(parsed))
    if edited and rnd.random() < 0.5:
        del edited[rnd.randrange(len(edited))]
    at = rnd.randrange(len(edited) + 1)
    edited[at:at] = [b for b in more if b.kind != "item"][:3]
    merged = markdown_merge.merge(markdown, parsed, edited)
    assert parse(merged) == parse(markdown_out.write(edited))
