"""felles.content.reader: YAML from libyaml events, with positions, whatever the bytes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from felles.content.reader import parse_yaml, read_text
from tests.helpers.strategies import SCALARS


def test_files_are_read_as_utf8_whatever_the_locale(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import locale

    monkeypatch.setattr(locale, "getpreferredencoding", lambda *a: "cp1252")
    path = tmp_path / "x.yaml"
    path.write_bytes("navn: Søren Aakjær\n".encode())
    assert "Søren Aakjær" in read_text(path)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_random_bytes_never_make_the_reader_raise_anything_unexpected(data: bytes) -> None:
    from felles.errors import ReadError

    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return
    try:
        parse_yaml(text)
    except ReadError as error:
        assert error.code.startswith("E1")


@settings(max_examples=200, deadline=None)
@given(
    keys=st.lists(
        st.from_regex(r"[a-z][a-z_]{0,10}", fullmatch=True), min_size=1, max_size=8, unique=True
    ),
    values=st.lists(SCALARS, min_size=8, max_size=8),
    nested=st.booleans(),
)
def test_line_numbers_point_at_the_key(keys: list[str], values: list[Any], nested: bool) -> None:
    data: dict[str, Any] = dict(zip(keys, values, strict=False))
    document = {"top": data, "after": 1} if nested else data
    text = yaml.safe_dump(document, allow_unicode=True, sort_keys=False, width=10_000)
    _, positions = parse_yaml(text)
    lines = text.split("\n")  # only a line feed ends a line (U+0085 in a value does not)
    for key in keys:
        loc = ("top", key) if nested else (key,)
        line, col = positions[loc]
        assert lines[line - 1][col - 1 :].lstrip("'\"").startswith(key), (text, key, line, col)
