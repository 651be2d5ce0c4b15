"""What every rule shares: a finding at a key's line, unknown references, first use only."""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Iterator
from typing import Any, Final

from felles.content.load import Content
from felles.findings import Finding
from felles.names import suggestion

Loc = tuple[str | int, ...]
Use = tuple[str, Any, str, Loc]  # (kind, id or number, display, loc)

# What E301 (an id given twice) and E302 (an unknown reference) call each kind of thing.
KINDS: Final = {
    "goal": "læringsmål",
    "goal_number": "læringsmålsnummer",
    "theme": "tema",
    "group": "gruppe",
    "group_number": "gruppenummer",
    "phase": "fase",
    "phase_number": "fasenummer",
    "activity": "aktivitet",
    "leader": "leder",
    "round": "runde",
    "scale": "skala",
    "relation": "relationsspørgsmål",
    "actor": "aktørtype",
    "statement": "udsagn",
}


def at(content: Content, display: str, loc: Loc, code: str, **params: Any) -> Finding:
    line, col = content.where(display, loc)
    return Finding(display, line, col, code, params)


def file_display(content: Content, name: str) -> str:
    """The display path of a top-level content file (`groups.yaml`)."""
    return content.display(content.dir.path / name)


def first_use_only(content: Content, uses: Iterable[Use]) -> Iterator[Finding]:
    """E301 for every use of a kind's id or number after its first."""
    seen: dict[tuple[str, Any], str] = {}
    for kind, key, display, loc in uses:
        where = f"{display}:{content.where(display, loc)[0]}"
        first = seen.setdefault((kind, key), where)
        if first != where:
            yield at(content, display, loc, "E301", kind=kind, id=key, other=first)


def unknown(
    content: Content,
    display: str,
    loc: Loc,
    kind: str,
    ref: str,
    known: list[str],
) -> Finding:
    close = difflib.get_close_matches(ref, known, n=1, cutoff=0.5)
    return at(content, display, loc, "E302", kind=kind, ref=ref, hint=suggestion(close))


# Why a leader is unknown (E302, E401), in Danish.
TEXT: Final = {
    "deleted": " – navnet stod i groups.yaml i sidste commit; er lederen stoppet, så lad "
    "navnet stå og skriv »until:« med datoen (fx until: 2019-01): så består det, der er sket",
    "nowhere": " – lederen står ikke i nogen sparringsgruppe i groups.yaml",
}


def leader_hint(content: Content, name: str, found: str | None, close: list[str]) -> str:
    """The hint for a name that is no leader of groups.yaml: a close spelling, or that the
    name was deleted since the last commit (then `until:` keeps the history)."""
    from felles.content.kinds import GROUPS
    from felles.plan.git_head import committed_members

    if found is not None:
        return suggestion([found])
    path = content.dir.path / GROUPS.path
    committed = committed_members(path.parent, path.name)
    if committed is not None and name in committed:
        return TEXT["deleted"]
    return TEXT["nowhere"] + suggestion([c for c in close if _alike(name, c)])


def _alike(name: str, other: str) -> bool:
    """Close enough to suggest: a word in common, or nearly the same letters ("Henrik
    Seiding" is not "Lotte Henriksen", though difflib finds them close)."""
    from felles.names import match_key

    words = {match_key(w) for w in name.split()} & {match_key(w) for w in other.split()}
    ratio = difflib.SequenceMatcher(None, match_key(name), match_key(other)).ratio()
    return bool(words) or ratio >= 0.8
