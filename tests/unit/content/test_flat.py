"""The flat fast path builds exactly what the full YAML reader builds, or steps aside."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from felles.content import flat
from felles.content.reader import parse_yaml
from felles.errors import ReadError

# Characters that matter to YAML or to the fast path's rules, and ordinary ones.
TRICKY = " :#\"'\\-,.[]{}&*!|>%@`~?\t\r\x85\u2028\ufeff0123456789æøåÆØÅ_/()+–"
VALUE = st.text(alphabet=st.sampled_from(TRICKY + "abcXYZ"), max_size=12)
# Mostly what the fast path takes, so that both paths are compared often.
NEAR = st.text(alphabet=st.sampled_from("ab1 0:-.æ–,/"), min_size=1, max_size=10)
KEY = st.text(alphabet=st.sampled_from("abz_AZ09-. "), min_size=1, max_size=6)
GOOD_KEY = st.from_regex(r"[a-z_][a-z0-9_]{0,5}", fullmatch=True)
LINE = st.one_of(
    st.just(""),
    st.builds(lambda k, v: f"{k}: {v}", KEY, VALUE),
    st.builds(lambda k, v: f'{k}: "{v}"', KEY, VALUE),
    st.builds(lambda k, v: f"{k}:{v}", KEY, VALUE),
    st.builds(lambda k, v: f"{k}: {v}", GOOD_KEY, NEAR),
    st.builds(lambda k, v: f'{k}: "{v}"', GOOD_KEY, NEAR),
    st.sampled_from(["a: true", "b: null", "c: ~", "d: 0", "e: 007", "f: FALSE"]),
)


def full(text: str, offset: int) -> object:
    """The full reader's answer (spans force it past the fast path)."""
    try:
        return parse_yaml(text, offset, spans={})
    except ReadError as error:
        return error.code


@settings(max_examples=400, deadline=None)
@given(st.lists(LINE, min_size=1, max_size=6), st.sampled_from([0, 1]))
@example(['leader: "Søren Aakjær"', "group: 1", "status: udkast", "created: 2018-06-08"], 1)
@example(["a: yes", "b: null", "c: 0150", "d: 12:00", "e: true"], 0)
@example(["a: 1", "a: 2"], 0)
def test_the_fast_path_agrees_with_the_full_reader(lines: list[str], offset: int) -> None:
    text = "\n".join(lines) + "\n"
    fast = flat.parse(text, offset)
    if fast is not None:
        assert fast == full(text, offset)


@pytest.mark.parametrize(
    "text",
    [
        'leader: "Søren Aakjær"\ngroup: 1\nstatus: udkast\ncreated: "2018-06-08"\n',
        "title: Seminar om ledelse\nwhen: 2018-11-08 12:00\nversion: 1\n",
    ],
)
def test_the_common_front_matter_takes_the_fast_path(text: str) -> None:
    assert flat.parse(text, 1) is not None
    assert flat.parse(text, 1) == parse_yaml(text, 1, spans={})


@pytest.mark.parametrize(
    "text",
    [
        "a: 1\na: 2\n",  # a duplicate: the full reader names it
        "a: 1  # comment\n",
        "a:\n  - b\n",
        "a: 'b'\n",
        'a: "b\\n"\n',
        "a: b \n",
        "a: &x b\n",
        "a:\tb\n",
        "a: b\r\n",
        "",
    ],
)
def test_anything_else_goes_to_the_full_reader(text: str) -> None:
    assert flat.parse(text) is None
