"""felles.content.drafts: a leader's name never leads out of the drafts folder."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from felles.content import drafts
from felles.content.drafts import draft_path, drafts_dir


@given(st.text(max_size=60))
def test_a_name_never_leads_out_of_the_drafts_folder(name: str) -> None:
    root = Path("/srv/content")
    path = draft_path(root, name)
    assert path.parent == drafts_dir(root)
    assert path.resolve().parent == drafts_dir(root).resolve()
    assert path.name.endswith(".md") and "/" not in path.name and "\\" not in path.name


def test_the_draft_path_stays_inside_the_folder_for_any_name(content: Path) -> None:
    for name in ("../../etc/passwd", "a/b", "..", "", "/", "Søren Aakjær", "x/../../y"):
        try:
            path = drafts.safe_draft_path(content, name)
        except Exception as error:
            assert getattr(error, "code", None) == "U022"
            continue
        assert path.parent == content / "ledelsesgrundlag"
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*\.md", path.name)
