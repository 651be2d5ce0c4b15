"""felles.paths.read_bytes: a regular file's bytes up to a limit, and nothing that is not
a regular file."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from felles import paths


@settings(max_examples=60, deadline=None)
@given(data=st.binary(max_size=300_000), limit=st.integers(0, 200_000))
def test_a_file_is_read_whole_or_to_one_byte_past_the_limit(
    tmp_path_factory: pytest.TempPathFactory, data: bytes, limit: int
) -> None:
    path = tmp_path_factory.mktemp("read") / "fil.md"
    path.write_bytes(data)
    assert paths.read_bytes(path, limit) == data[: limit + 1]


def test_a_file_that_grows_after_its_size_was_taken_is_read_to_its_end(tmp_path: Path) -> None:
    path = tmp_path / "fil.md"
    path.write_bytes(b"a" * 10)
    with path.open("ab") as handle:  # the size a reader sees first is not the last word
        handle.write(b"b" * 100_000)
        handle.flush()
        assert paths.read_bytes(path, 1_000_000) == b"a" * 10 + b"b" * 100_000


def test_a_folder_is_not_a_file(tmp_path: Path) -> None:
    with pytest.raises(paths.NotAFile) as raised:
        paths.read_bytes(tmp_path, 100)
    assert raised.value.folder


@pytest.mark.skipif(sys.platform == "win32", reason="no FIFOs on Windows")
def test_a_fifo_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    with pytest.raises(paths.NotAFile) as raised:
        paths.read_bytes(fifo, 100)  # with nobody writing, reading would wait forever
    assert not raised.value.folder
