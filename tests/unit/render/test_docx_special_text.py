"""Whatever a leader types in Word comes back into the draft as text that renders as what
they typed: Markdown's and HTML's special characters, a comment opener, a line of dashes,
a javascript link written out. The booklet, the word count and the section check see
every paragraph and every section after it; and a hand-written comment that is never
closed hides nothing after its own line."""

from __future__ import annotations

import html

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from felles.content.blocks import Block, Span
from felles.content.docx_read import read
from felles.content.inline_spans import normalised
from felles.content.markdown import body_words, sections, without_comments
from felles.content.markdown_blocks import parse
from felles.render import docx_write, markdown_out, prose

SPECIAL = st.sampled_from(
    ["<!--", "-->", "<b>", "*", "_", "#", "|", "\\", "[x](javascript:alert(1))", "---",
     "`", "Se", "her", "æblegrød", "1.", "-", ">", "&amp;", "~~"]
)  # fmt: skip
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))


def _heading(text: str) -> Block:
    return Block("heading", (Span(text),), 2)


@SETTINGS
@given(st.lists(st.lists(SPECIAL, min_size=1, max_size=6).map(" ".join), min_size=1, max_size=4))
def test_special_text_typed_in_word_reads_back_as_typed(paragraphs: list[str]) -> None:
    typed = [Block("paragraph", normalised([Span(text)])) for text in paragraphs]
    blocks = [_heading("Første"), *typed, _heading("Sidste"), Block("paragraph", (Span("slut"),))]
    data = docx_write.build(blocks, leader="Søren Aakjær", slug="soeren-aakjaer", header="x")
    back = read(data, "s.docx").blocks
    assert back == blocks
    markdown = markdown_out.write(back)
    assert parse(markdown) == blocks  # the draft reads back as the same text
    assert [s.title for s in sections(markdown)] == ["Første", "Sidste"]
    assert sections(markdown)[-1].words == 1  # 'slut' is counted after the special text
    assert without_comments(markdown) == markdown  # nothing typed became a comment
    page = prose.to_html(markdown)
    for text in paragraphs:
        assert html.escape(" ".join(text.split()), quote=False) in page
    assert "Sidste" in page and "slut" in page
    assert body_words(markdown) >= 1


def test_a_comment_never_closed_hides_nothing_after_its_line() -> None:
    body = "## Et\n\nSe <!-- her og mere\n\nTekst.\n\n## To\n\nMere tekst.\n"
    assert [s.title for s in sections(body)] == ["Et", "To"]
    assert sections(body)[0].words == 2  # 'Se' and 'Tekst'
    page = prose.to_html(body)
    assert "Tekst." in page and "To" in page and "Mere tekst." in page
    assert "her og mere" not in page  # the rest of its own line is the comment


def test_a_comment_opener_in_code_or_escaped_is_text() -> None:
    body = "## Et\n\nSkriv `<!--` i HTML og \\<!-- her.\n\n## To\n\nSlut.\n"
    assert without_comments(body) == body
    assert [s.title for s in sections(body)] == ["Et", "To"]
    assert "&lt;!--" in prose.to_html(body)


def test_a_closed_comment_is_still_a_note() -> None:
    body = "## Et\n\n<!--\nEn note\nover linjer\n-->\n\nTekst.\n"
    assert "En note" not in prose.to_html(body)
    assert [b.kind for b in parse(body)] == ["heading", "note", "paragraph"]
