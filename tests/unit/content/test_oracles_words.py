"""The words a leader wrote (`grundlag status`): a hand-worked table, and random bodies
against a plain count of the lines that are the leader's own."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from felles.content.markdown import body_words, sections

# body                                                               words
TABLE = [
    ("", 0),
    ("Jeg leder ved at lytte.", 5),
    ("## Mit ledelsesgrundlag\n> Hvad er vigtigt for dig?\n", 0),
    ("## Værdier\n> Hvilke?\nTillid og ansvar.\n\nSamarbejde på tværs.\n", 6),
    ("<!-- en note til dig -->\nÉt ord<!-- ikke her -->.\n", 2),
    ("<!--\nflere\nlinjer\n-->\nto ord\n", 2),
    ("```\n# ikke en overskrift\n> ikke et citat\n```\n", 6),  # code is the leader's own
    ("Tvær-faglig, borger's og ‘ét’ ord_her\n", 6),  # tvær-faglig · borger's · ét · ord · her
    ("#hashtag er tekst\n", 3),  # no space after #: not a heading
]


@pytest.mark.parametrize(("body", "words"), TABLE)
def test_the_leaders_own_words_by_hand(body: str, words: int) -> None:
    assert body_words(body) == words


def test_words_per_section_by_hand() -> None:
    body = "Indledning her.\n## Et\n> spørgsmål\nsvar et\n## To\n\n### Under\nsvar to og tre\n"
    found = sections(body, first_line=10)
    assert [(s.title, s.line, s.words) for s in found] == [("Et", 11, 2), ("To", 14, 4)]


WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyzæøå", min_size=1, max_size=8)
LINE = st.one_of(
    st.lists(WORD, min_size=1, max_size=6).map(lambda ws: ("own", " ".join(ws))),
    st.lists(WORD, min_size=1, max_size=6).map(lambda ws: ("quote", "> " + " ".join(ws))),
    st.lists(WORD, min_size=1, max_size=6).map(lambda ws: ("heading", "## " + " ".join(ws))),
    st.lists(WORD, min_size=1, max_size=6).map(lambda ws: ("comment", f"<!-- {' '.join(ws)} -->")),
    st.just(("blank", "")),
)


@given(st.lists(LINE, max_size=30))
def test_random_bodies_count_only_the_plain_lines(lines: list[tuple[str, str]]) -> None:
    body = "\n".join(text for _, text in lines)
    expected = sum(len(text.split()) for kind, text in lines if kind == "own")
    assert body_words(body) == expected
