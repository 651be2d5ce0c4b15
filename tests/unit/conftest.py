"""Unit tests build the small content tree they need (tests/helpers/tree.py): the `content`
fixture here is such a tree, and the programme packaged with felles is out of reach."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import pytest

from felles.content import locate
from felles.content.locate import ContentDir
from tests.helpers.tree import SURVEY, programme


@pytest.fixture
def content(tmp_path: Path) -> Path:
    """A small valid programme (tests/helpers/tree.py, with its survey) in tmp_path/content."""
    return programme(tmp_path / "content", survey=SURVEY)


@pytest.fixture(autouse=True)
def _no_packaged_programme(monkeypatch: pytest.MonkeyPatch) -> None:
    """felles run without --content falls back on the packaged programme, the shipped one:
    a unit test that lets it do so fails."""
    find_content = locate.find_content

    def refusing(option: Path | None, environ: Mapping[str, str], cwd: Path) -> ContentDir:
        found = find_content(option, environ, cwd)
        if found.source == "packaged":
            pytest.fail("a unit test reached the shipped programme: give it --content")
        return found

    monkeypatch.setattr(locate, "find_content", refusing)
