"""Markdown from the content made fit for a reader: nothing injects, nothing loads."""

from __future__ import annotations

from html.parser import HTMLParser

from hypothesis import given, settings
from hypothesis import strategies as st

from felles.render import prose

PIECES = st.sampled_from(
    ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<!-- note -->", "**fed**",
     "[l](javascript:alert(1))", "![b](https://x.example/b.png)", "<https://x.example>",
     "`<kode>`", "\n\n> spørgsmål\n\n", "\n\n## Afsnit\n\n", "æøå", " ", "\n", "&lt;", "<b",
     "<div>\n\n", "```\n<pre>\n```\n"]
)  # fmt: skip
ALLOWED = {
    *("p", "h1", "h2", "h3", "h4", "h5", "h6", "strong", "em", "code", "pre", "ul", "ol"),
    *("li", "blockquote", "br", "hr", "table", "thead", "tbody", "tr", "th", "td", "s"),
}


class Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.found: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found.append((tag, attrs))


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, max_size=12).map("".join), st.booleans(), st.integers(0, 2))
def test_no_tag_or_attribute_of_the_authors_and_nothing_that_loads(
    text: str, guidance: bool, shift: int
) -> None:
    tags = Tags()
    tags.feed(prose.to_html(text, guidance=guidance, shift=shift))
    for tag, attrs in tags.found:
        assert tag in ALLOWED, tag
        assert all(name in ("align", "style") for name, _ in attrs), (tag, attrs)
    markdown = prose.to_markdown(text, guidance=guidance, shift=shift)
    again = Tags()
    again.feed(prose.to_html(markdown))
    assert all(tag in ALLOWED for tag, _ in again.found)


def test_guidance_false_leaves_out_questions_comments_and_empty_sections() -> None:
    body = "# T\n\n<!-- x -->\n\n## Tom\n\n> Spørgsmål?\n\n## Fuld\n\n> Spørgsmål?\n\nSvar.\n"
    html = prose.to_html(body, guidance=False, shift=1, title="T")
    assert html == "<h3>Fuld</h3>\n<p>Svar.</p>\n"
    assert prose.to_markdown(body, guidance=False, shift=1, title="T") == "### Fuld\n\nSvar.\n"
    assert "Spørgsmål?" in prose.to_html(body)  # on the site, a quote is a quote
