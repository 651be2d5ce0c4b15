"""felles.names: the Danish slug rule behind draft file names and leader ids."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from felles.names import match_key, slug


@given(st.text(max_size=60))
def test_slug_is_ascii_stable_and_safe(name: str) -> None:
    result = slug(name)
    assert result == slug(result)
    assert result.isascii() and all(c.isalnum() or c == "-" for c in result)
    assert not result.startswith("-") and not result.endswith("-")
    assert result == result.lower() and "--" not in result


def test_danish_slug_rule() -> None:
    assert slug("Søren Aakjær") == "soeren-aakjaer"
    assert slug("Jan Beyer Schmidt-Sørensen") == "jan-beyer-schmidt-soerensen"
    assert slug("Jeanette L. Hoppe") == "jeanette-l-hoppe"
    assert slug("../../etc/passwd") == "etc-passwd"


# --- names of any script, and of any length -------------------------------------------

_LETTERS = st.characters(categories=("Lu", "Ll", "Lo", "Nd"), exclude_characters="_")
_NAMES = st.lists(st.text(_LETTERS, min_size=1, max_size=12), min_size=1, max_size=30).map(" ".join)


@settings(max_examples=400, deadline=None)
@given(first=_NAMES, second=_NAMES)
def test_slugs_are_ascii_short_and_tell_different_people_apart(first: str, second: str) -> None:
    for name in (first, second):
        made = slug(name)
        assert made and made.isascii() and len(made) <= 91
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", made)
        assert slug(made) == made  # a slug given back (a CSV's respondent column) is itself
    if match_key(first) != match_key(second):
        assert slug(first) != slug(second)


def test_names_without_latin_letters_are_not_one_person() -> None:
    assert match_key("王伟") != match_key("李娜")
    assert slug("王伟") != slug("李娜")
    assert slug("Søren 王") != slug("Søren")
    assert slug("Søren Aakjær") == "soeren-aakjaer"  # Latin names keep the Danish rule
