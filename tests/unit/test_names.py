"""felles.names: the Danish slug rule behind draft file names and leader ids."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from felles.names import slug


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
