"""Spans written as Markdown read back as the same spans: text always, emphasis whenever
CommonMark can say it (always for whole words, as Word users set it)."""

from __future__ import annotations

import itertools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from felles.content.blocks import Block, Span
from felles.content.inline_spans import normalised
from felles.content.markdown_blocks import parse
from felles.render import markdown_merge, markdown_out

WORDS = st.sampled_from(
    ["Søren", "æble", "øl", "år", "ÆØÅ", "leder", "*", "_", "#", "1.", "-", "<b>", "[x]", "`",
     "\\", "&amp;", "tillid,", "(ok)", "!", "~", "|", "2)", "+", "**", "a_b", "![i](x)"]
)  # fmt: skip
SPAN = st.builds(
    lambda words, bold, italic, space: Span(" ".join(words) + space, bold=bold, italic=italic),
    st.lists(WORDS, min_size=1, max_size=3),
    st.booleans(),
    st.booleans(),
    st.sampled_from(["", " "]),
)


def characters(spans: tuple[Span, ...]) -> list[tuple[str, tuple[bool, bool]]]:
    return [(c, (s.bold, s.italic)) for s in spans for c in s.text]


@settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(SPAN, min_size=1, max_size=5), st.sampled_from(["paragraph", "heading", "item"]))
def test_text_always_and_emphasis_where_markdown_can_say_it(spans: list[Span], kind: str) -> None:
    wanted = normalised(spans)
    if not wanted:
        return
    block = Block(kind, wanted, 2 if kind == "heading" else int(kind == "item"))  # type: ignore[arg-type]
    [back] = parse(markdown_out.write([block]))
    assert back.kind == kind
    got, want = characters(back.spans), characters(wanted)
    assert [c for c, _ in got] == [c for c, _ in want]
    for (_, (bold, italic)), (_, (was_bold, was_italic)) in zip(got, want, strict=True):
        assert bold <= was_bold and italic <= was_italic  # never added, never moved
    whole_words = all(
        s.text[:1].isalnum() and s.text[-1:].isalnum() for s in wanted if s.bold or s.italic
    )
    apart = all(
        (a.bold, a.italic) == (b.bold, b.italic) or a.text.endswith(" ") or b.text.startswith(" ")
        for a, b in itertools.pairwise(wanted)
    )
    if whole_words and apart:
        assert back.spans == wanted


def test_what_would_start_a_block_is_escaped() -> None:
    for text in ("# ikke en overskrift", "1. ikke en liste", "- ikke et punkt", "> ikke citat"):
        block = Block("paragraph", (Span(text),))
        written = markdown_out.write([block])
        assert parse(written) == [block], written
    heading = Block("heading", (Span("Mål #"),), 2)
    assert parse(markdown_out.write([heading])) == [heading]


def test_merge_keeps_the_authors_lines_around_a_change() -> None:
    body = (
        "# Titel\n\nEt afsnit, der er\nbrudt over to linjer.\n\n* punkt\n* punkt to\n\n"
        "Sidste afsnit.\n"
    )
    old = parse(body)
    new = [*old[:-1], Block("paragraph", (Span("Nyt sidste afsnit med "), Span("fed", bold=True)))]
    assert markdown_merge.merge(body, old, new) == (
        "# Titel\n\nEt afsnit, der er\nbrudt over to linjer.\n\n* punkt\n* punkt to\n\n"
        "Nyt sidste afsnit med **fed**\n"
    )
