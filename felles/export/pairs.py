"""The pairs of `felles pair` as a content file (pairs/<activity-id>.yaml), text and JSON.

The file is YAML that felles' strict reader and every other YAML tool read alike: each
name is written as a JSON string (a valid YAML double-quoted scalar), so a name such as
"No" or one with a colon can never turn into something else, and the date is quoted
(YAML 1.1 tools read a bare 2019-02-01 as a timestamp). Its header is felles' mark
(`is_ours`): `felles pair` replaces only a file whose header names the command that made
it for the same activity, never anyone's own file of that name.

JSON (`--format json`) is a list in the order of groups.yaml, one object per visit:
`{"visitor", "visitor_group", "host", "host_group"}`.
"""

from __future__ import annotations

import json
import re
import shlex
from collections.abc import Iterator, Mapping
from datetime import date
from typing import Any, Final

TEXT: Final = {
    "head": "{title}: {count} besøg (--seed {seed})",
    "row": "  {visitor}  besøger  {host}",
    "who": "{name} (sparringsgruppe {group})",
}
HEADER: Final = (
    "# Parrene til »{title}«, lavet med: {command}",
    "# Hver leder besøger én kollega (visitor) og får besøg af én anden (host).",
    "# Gennemse parrene, og læg filen i git; kør »felles validate«, hvis I retter i den.",
)
MODELINE: Final = "# yaml-language-server: $schema=../../schemas/pairs.schema.json"
# felles' mark on a pairs file: the header line naming the command that made it.
_MARK: Final = re.compile(r"# Parrene til .*, lavet med: felles pair (\S+)(?: .*)?")
HEAD_BYTES: Final = 4096  # the header is the file's first lines


def yaml_text(
    activity: str, title: str, seed: int, made: date, pairs: list[tuple[str, str]], command: str
) -> str:
    """The pairs file as felles writes it (see the module docstring)."""
    lines = [MODELINE, *(line.format(title=title, command=command) for line in HEADER)]
    lines += [
        f"activity: {activity}",
        f"seed: {seed}",
        f'made: "{made.isoformat()}"',
        "pairs:",
    ]
    lines += [
        f"  - {{visitor: {_quoted(visitor)}, host: {_quoted(host)}}}" for visitor, host in pairs
    ]
    return "\n".join(lines) + "\n"


def is_ours(head: str, activity: str) -> bool:
    """Did `felles pair` write the file that begins with `head` for `activity`? Its header
    (`HEADER`, within the first lines) names the command: `felles pair <activity> …`."""
    wanted = shlex.quote(activity)
    for line in head.split("\n")[: len(HEADER) + 2]:
        found = _MARK.fullmatch(line.rstrip("\r"))
        if found is not None and found.group(1) == wanted:
            return True
    return False


def _quoted(name: str) -> str:
    return json.dumps(name, ensure_ascii=False)


def text_lines(
    title: str, seed: int, pairs: list[tuple[str, str]], groups: Mapping[str, int]
) -> Iterator[str]:
    """One line a visit: 'Søren Aakjær (sparringsgruppe 1)  besøger  Kirsten Jørgensen
    (sparringsgruppe 2)'."""
    yield TEXT["head"].format(title=title, count=len(pairs), seed=seed)
    yield ""
    shown = [(_who(visitor, groups), _who(host, groups)) for visitor, host in pairs]
    width = max((len(visitor) for visitor, _ in shown), default=0)
    for visitor, host in shown:
        yield TEXT["row"].format(visitor=visitor.ljust(width), host=host)


def _who(name: str, groups: Mapping[str, int]) -> str:
    group = groups.get(name)
    return name if group is None else TEXT["who"].format(name=name, group=group)


def as_json(pairs: list[tuple[str, str]], groups: Mapping[str, int]) -> str:
    rows: list[dict[str, Any]] = [
        {
            "visitor": visitor,
            "visitor_group": groups.get(visitor),
            "host": host,
            "host_group": groups.get(host),
        }
        for visitor, host in pairs
    ]
    return json.dumps(rows, ensure_ascii=False, indent=2)
