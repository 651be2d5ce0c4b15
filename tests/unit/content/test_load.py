"""felles.content.load: each file is named as the user would name it, wherever they stand."""

from __future__ import annotations

from pathlib import Path

import pytest

from felles.content.load import display_path, load
from felles.content.locate import ContentDir
from tests.helpers.tree import programme


@pytest.mark.parametrize("where", ["content", "phases", "above", "elsewhere"])
def test_every_file_is_named_as_the_user_would_name_it_from_where_they_stand(
    tmp_path: Path, where: str
) -> None:
    """Each file's path in the findings and documents is its path from the working
    folder (or absolute from outside it), whichever folder felles is run from."""
    root = programme(tmp_path / "a" / "content")
    cwd = {
        "content": root,
        "phases": root / "phases",
        "above": tmp_path,
        "elsewhere": tmp_path.parent,
    }[where]
    content = load(ContentDir(root, "option"), cwd)
    phases = sorted((root / "phases").glob("*.md"))
    assert [phase.display for phase in content.phases] == [
        display_path(path, cwd) for path in phases
    ]
    assert all(phase.display in content.documents for phase in content.phases)
