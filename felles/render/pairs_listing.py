"""The pairs of `felles pair` as it shows them: one line a visit, or JSON (`--format
json`), a list in the order of groups.yaml, one object per visit:
`{"visitor", "visitor_group", "host", "host_group"}`."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from typing import Any, Final

# User-facing words of this module (Danish), in one place.
TEXT: Final = {
    "head": "{title}: {count} besøg (--seed {seed})",
    "row": "  {visitor}  besøger  {host}",
    "who": "{name} (sparringsgruppe {group})",
}


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
