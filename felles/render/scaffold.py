"""A new ledelsesgrundlag from the template: its variables, the text, and the check of it.

The template in use is `templates/ledelsesgrundlag.md.j2` beside the content folder
if there is one (a coordinator's own), else the packaged one. Its front matter must
make a valid draft for the leader, or nothing is written.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any, Final

from felles.content.load import Content
from felles.content.locate import template_path
from felles.errors import FellesError, ReadError
from felles.render.templates import render
from felles.words import joined

TEMPLATE: Final = "ledelsesgrundlag.md.j2"
CODE: Final = "E406"  # the template cannot be used
# Why the template's front matter is no draft for the leader (E406's reason).
TEXT: Final = {
    "front matter": "front matter: {reason}",
    "not a mapping": "front matter er ikke nøgle: værdi",
    # shown as written (no format): the template's own variables, {{ leader }} and {{ group }}
    "wrong leader": "front matter skal have leader og group for lederen "
    "({{ leader }}, {{ group }})",
}


def template(content_dir: Path) -> Path:
    """The template in use: the coordinator's own beside the content folder, or ours."""
    return template_path(content_dir, TEMPLATE)[0]


def context(content: Content, leader: str, today: date) -> dict[str, Any]:
    """The template's variables for one leader (see templates/ledelsesgrundlag.md.j2)."""
    group = content.leaders()[leader]
    members = [name for name in content.members(group) if name != leader]
    programme = content.programme
    return {
        "leader": leader,
        "group": group,
        "members": members,
        "members_text": joined(members),
        "created": today.isoformat(),
        "programme": programme.name if programme else "",
        "organisation": programme.owner.organisation if programme else "",
        "forum": programme.owner.forum if programme else "",
        "frame": list(programme.strategic_frame) if programme else [],
    }


def fill(template_file: Path, values: dict[str, Any]) -> str:
    """The template rendered (E406 with its file and line if it cannot be)."""
    return render(template_file, values, html=False, code=CODE)


def _error(path: Path, reason: str) -> FellesError:
    return FellesError(CODE, {"reason": reason}, path=str(path))


def scaffold(content: Content, leader: str, today: date, template_file: Path) -> str:
    """The new draft's text, checked: its front matter must be a valid draft for `leader`."""
    from felles.content.build import build_model
    from felles.content.document import Document
    from felles.content.model import DraftMeta
    from felles.content.reader import parse_yaml, split_front_matter

    text = fill(template_file, context(content, leader, today))
    try:
        yaml_text, _, _ = split_front_matter(text)
        data, positions = parse_yaml(yaml_text, line_offset=1)
    except ReadError as error:
        raise _error(template_file, TEXT["front matter"].format(reason=error)) from None
    if not isinstance(data, dict):
        raise _error(template_file, TEXT["not a mapping"])
    meta, findings = build_model(DraftMeta, Document(template_file, data, positions), "")
    if meta is None:
        raise _error(template_file, TEXT["front matter"].format(reason=findings[0].message))
    if meta.leader != leader or meta.group != content.leaders()[leader]:
        raise _error(template_file, TEXT["wrong leader"])
    return text
