"""The shipped content, and edits of a copy of it (integration tests only: unit tests build
their own, tests/helpers/tree.py)."""

from __future__ import annotations

import shutil
from pathlib import Path

from felles.content.reader import read_yaml
from tests.helpers.tree import edit

REPO = Path(__file__).resolve().parents[2]
SHIPPED = REPO / "content"

# The shipped leaders and their groups (the survey's respondents in integration tests).
GROUPS: dict[str, int] = {
    m["name"]: g["number"]
    for g in read_yaml(SHIPPED / "groups.yaml").data["groups"]
    for m in g["members"]
}
LEADERS = list(GROUPS)


def copy_shipped(target: Path) -> Path:
    """A copy of the shipped content (without leaders' drafts) at target."""
    shutil.copytree(SHIPPED, target, ignore=shutil.ignore_patterns("ledelsesgrundlag"))
    return target


def line_of(path: Path, text: str, *, last: bool = False) -> int:
    """The number of the first (or last) line of path holding text."""
    lines = path.read_text(encoding="utf-8").splitlines()
    hits = [number for number, line in enumerate(lines, 1) if text in line]
    assert hits, f"{text!r} not in {path}"
    return hits[-1] if last else hits[0]


PHASE_2 = "phases/02-aktiv-visionsledelse.md"
PHASE_3 = "phases/03-graensekrydsende-samarbejde.md"
# The 22 February seminar's line: the deliberate W301, accepted in the content.
ACCEPTED_W301 = next(
    line
    for line in (SHIPPED / PHASE_3).read_text(encoding="utf-8").splitlines(keepends=True)
    if "# felles: tillad W301" in line
)
SEMINAR_3 = '    when: "2019-02-22"\n'


def without_acceptance(content: Path) -> Path:
    """The copy's phase 3 without the acceptance: the W301 on 22 February shows again."""
    path = content / PHASE_3
    edit(path, ACCEPTED_W301, SEMINAR_3)
    return path


def add_activity(content: Path, block: str) -> None:
    """Put an activity first in phase 2 (aktiv visionsledelse)."""
    edit(content / PHASE_2, "activities:\n", "activities:\n" + block)


def group_activity(activity_id: str, group: int, when: str, end: str | None = None) -> str:
    """An activity for one group, with a place and a preparation."""
    end_line = f"    end: {end}\n" if end else ""
    return (
        f"  - id: {activity_id}\n"
        "    type: workshop\n"
        f"    title: Workshop kun for gruppe {group}\n"
        f"    when: {when}\n{end_line}"
        "    who: grupper\n"
        f"    groups: [{group}]\n"
        "    place: Rådhuset, lokale 2\n"
        "    preparation: Læs dit udkast igennem.\n"
    )


PHASE_1 = "phases/01-ledelsesgrundlag.md"


def add_sessions(content: Path, activity_id: str, *sessions: str) -> None:
    """Give an activity of phase 1 `sessions:`, one flow mapping per line ("{group: 1, …}")."""
    path = content / PHASE_1
    text = path.read_text(encoding="utf-8")
    start = text.index(f"  - id: {activity_id}\n")
    following = text.find("\n  - id: ", start + 1)
    end = following + 1 if following != -1 else text.index("\n---", start) + 1
    block = "    sessions:\n" + "".join(f"      - {session}\n" for session in sessions)
    path.write_text(text[:end] + block + text[end:], encoding="utf-8")
