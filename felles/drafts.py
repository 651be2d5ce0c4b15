"""Leaders' ledelsesgrundlag drafts: where they live and what they say about themselves."""

from __future__ import annotations

from pathlib import Path

from felles.content import DRAFTS
from felles.errors import ReadError
from felles.names import slug
from felles.reader import read_front_matter


def drafts_dir(content_dir: Path) -> Path:
    return content_dir / DRAFTS


def draft_path(content_dir: Path, leader: str) -> Path:
    """`<content>/ledelsesgrundlag/<slug>.md` for a leader's name (Danish slug rule)."""
    return drafts_dir(content_dir) / f"{slug(leader)}.md"


def read_status(path: Path) -> str | None:
    """The status in a draft's front matter; None if there is no readable draft."""
    if not path.is_file():
        return None
    try:
        status = read_front_matter(path).data.get("status")
    except ReadError:
        return None
    return status if isinstance(status, str) else None
