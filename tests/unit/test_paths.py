"""felles.paths.read_bytes, the one safe file reader: a regular file's bytes up to a limit,
TooBig past it, and nothing that is not a regular file (nor, when asked, a symlink)."""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from felles import paths


@settings(max_examples=60, deadline=None)
@given(data=st.binary(max_size=300_000), limit=st.integers(0, 200_000))
def test_a_file_is_read_whole_or_is_too_big(
    tmp_path_factory: pytest.TempPathFactory, data: bytes, limit: int
) -> None:
    path = tmp_path_factory.mktemp("read") / "fil.md"
    path.write_bytes(data)
    if len(data) <= limit:
        assert paths.read_bytes(path, limit) == data
    else:
        with pytest.raises(paths.TooBig) as raised:
            paths.read_bytes(path, limit)
        assert raised.value.size == len(data)


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


def test_a_file_that_grows_past_the_limit_while_read_is_too_big(tmp_path: Path) -> None:
    path = tmp_path / "fil.md"
    path.write_bytes(b"a" * 10)
    with path.open("ab") as handle:
        handle.write(b"b" * 100_000)
        handle.flush()
        with pytest.raises(paths.TooBig) as raised:
            paths.read_bytes(path, 50_000)
    assert raised.value.size > 50_000


@pytest.mark.skipif(sys.platform == "win32", reason="symlinks need rights on Windows")
def test_a_symlink_is_followed_only_when_allowed(tmp_path: Path) -> None:
    target = tmp_path / "fil.md"
    target.write_bytes(b"tekst")
    link = tmp_path / "link.md"
    link.symlink_to(target)
    assert paths.read_bytes(link, 100) == b"tekst"
    with pytest.raises(OSError) as raised:
        paths.read_bytes(link, 100, follow_symlinks=False)
    assert raised.value.errno in (errno.ELOOP, errno.EMLINK)
    assert paths.read_bytes(target, 100, follow_symlinks=False) == b"tekst"
