"""felles.content.markdown: sections and their lines as an editor shows them."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from felles.content import markdown
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


PIECES = ["## ", "# ", "### ", "> ", "   ## ", "    ## ", "\u00a0## ", "##", "## #", "#######"]
PIECES += [
    "Mine værdier",
    "ord",
    "id'et",
    "a–b",
    " ",
    "\t",
    "\r",
    "\n",
    "\n\n",
    "\u2028",
    "<!-- x -->",
]


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.sampled_from(PIECES), max_size=40),
    st.sampled_from([1, 7]),
    st.sampled_from([1, 2, 3]),
)
def test_without_fences_the_regexes_find_what_the_line_loop_finds(
    pieces: list[str], first_line: int, level: int
) -> None:
    text = "".join(pieces)
    fast = markdown._unfenced_sections(text, first_line, level)
    assert fast == markdown._sections_by_line(text, first_line, level)
