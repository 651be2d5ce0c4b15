"""Leaders' drafts made as a leader would: `felles grundlag new`, then their own text."""

from __future__ import annotations

from pathlib import Path

from felles.names import slug
from tests.helpers.content import edit
from tests.helpers.run import Cli

FIRST_SECTION = "## 1. Formål med mit ledelsesgrundlag\n"


def draft_path(content: Path, leader: str) -> Path:
    return content / "ledelsesgrundlag" / f"{slug(leader)}.md"


def write_draft(
    cli: Cli, content: Path, leader: str, status: str = "udkast", text: str | None = None
) -> Path:
    """A new draft for `leader` with `status`, and `text` under the first section."""
    result = cli("grundlag", "new", leader, "--content", content, "--as-of", "2018-06-08")
    assert result.code == 0, result.output
    path = draft_path(content, leader)
    if status != "udkast":
        edit(path, "status: udkast", f"status: {status}")
    if text is not None:
        edit(path, FIRST_SECTION, f"{FIRST_SECTION}\n{text}\n")
    return path
