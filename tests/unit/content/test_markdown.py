"""felles.content.markdown: sections and their lines as an editor shows them."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from felles.content.markdown import sections

ODD = ["\u2028", "\u2029", "\x85", "\x0c", "\x1c", "\x1d", "\x1e", "\x0b"]


@given(
    noise=st.lists(st.sampled_from(ODD), min_size=1, max_size=6),
    before=st.integers(0, 5),
)
def test_only_a_line_feed_ends_a_line(noise: list[str], before: int) -> None:
    lines = [f"Linje {n} med " + "".join(noise) + " i" for n in range(before)]
    body = "\n".join([*lines, "## Afsnit", "Tekst"]) + "\n"
    [section] = sections(body, first_line=10)
    assert section.title == "Afsnit"
    assert section.line == 10 + before  # the heading's line, counted as an editor counts
