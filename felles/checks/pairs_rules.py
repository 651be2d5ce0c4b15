"""Rules over the pairs of `felles pair` (pairs/<activity-id>.yaml).

A pairs file belongs to an activity done two by two (`who: par`) and is named after
it (E302, E313, E314). Every name is a leader in groups.yaml (E302) taking part in
the activity (W311); each leader visits one colleague and hosts one (E315; a leader
left out is W309); nobody visits themselves, their own sparring group or, when both
carry one, their own area (E316). A pair already recorded for an earlier pairing
activity (in programme order), either way round, is a warning (W310) at the later.
"""

from __future__ import annotations

from collections.abc import Generator, Iterator
from dataclasses import dataclass
from pathlib import PurePath
from typing import TYPE_CHECKING, Any, Final

from felles.checks.common import KINDS, Loc, at, leader_hint
from felles.content.load import Content, Pairs
from felles.content.model import Activity
from felles.findings import Finding
from felles.names import find_name, match_key, suggestion
from felles.plan.participants import participants
from felles.plan.roster import absent, spans
from felles.plan.schedule import occurrences
from felles.plan.select import close_ids
from felles.span_words import text_words

if TYPE_CHECKING:
    from felles.content.pairs_model import Pair

# Words of findings (Danish), in one place.
TEXT: Final = {
    "visits": "besøger",
    "hosts": "får besøg af",
    "visits_none": "besøger ingen",
    "hosts_none": "får ikke besøg",
    "none": "står ikke",
    "self": "det er samme leder",
    "group": "de er begge i sparringsgruppe {group}",
    "area": "de er begge i området »{area}«",
    "where": "{path}:{line}",
}


def check(content: Content) -> Iterator[Finding]:
    activities = {a.id: a for _, _, a in content.activities()}
    position = {o.activity.id: n for n, o in enumerate(occurrences(content))}
    ordered = sorted(
        content.pairings,
        key=lambda p: (position.get(p.meta.activity, len(position)), p.display),
    )
    earlier: dict[frozenset[str], str] = {}
    for pairing in ordered:
        yield from _file(content, pairing, activities.get(pairing.meta.activity), activities)
        here: dict[frozenset[str], str] = {}
        for p, pair in enumerate(pairing.meta.pairs):
            key = frozenset((pair.visitor, pair.host))
            if len(key) < 2:
                continue
            if key in earlier:
                yield at(
                    content,
                    pairing.display,
                    ("pairs", p),
                    "W310",
                    visitor=pair.visitor,
                    host=pair.host,
                    other=earlier[key],
                )
            line = content.where(pairing.display, ("pairs", p))[0]
            here.setdefault(key, TEXT["where"].format(path=pairing.display, line=line))
        for key, where in here.items():
            earlier.setdefault(key, where)


def _file(
    content: Content, pairing: Pairs, activity: Activity | None, activities: dict[str, Activity]
) -> Iterator[Finding]:
    meta, display = pairing.meta, pairing.display
    if activity is None:
        hint = suggestion(close_ids(meta.activity, list(activities)))
        yield at(
            content,
            display,
            ("activity",),
            "E302",
            kind=KINDS["activity"],
            ref=meta.activity,
            hint=hint,
        )
        return
    expected = f"{meta.activity}.yaml"
    if PurePath(display).name != expected:
        yield at(content, display, ("activity",), "E313", activity=meta.activity, expected=expected)
    if activity.who != "par":
        yield at(content, display, ("activity",), "E314", title=activity.title, who=activity.who)
        return
    yield from _pairs(content, pairing, activity)


@dataclass(frozen=True)
class _Scene:
    """What the rules over one pairs file look up: its activity, the leaders and who takes part."""

    content: Content
    display: str
    activity: Activity
    leaders: dict[str, int]
    areas: dict[str, str | None]
    taking_part: frozenset[str] | None
    left: dict[str, str | None]

    def finding(self, loc: Loc, code: str, **params: Any) -> Finding:
        return at(self.content, self.display, loc, code, **params)

    def takes_part(self, name: str) -> bool:
        return self.taking_part is None or name in self.taking_part


def _scene(content: Content, pairing: Pairs, activity: Activity) -> _Scene:
    gone = absent(content, activity)
    return _Scene(
        content=content,
        display=pairing.display,
        activity=activity,
        leaders=content.leaders(),
        areas={m.name: m.area for g in content.groups for m in g.members},
        taking_part=participants(activity, content).names,
        left={name: s.left_text for name, s in spans(content).items() if name in gone},
    )


def _pairs(content: Content, pairing: Pairs, activity: Activity) -> Iterator[Finding]:
    scene = _scene(content, pairing, activity)
    visited: dict[str, str] = {}
    hosted: dict[str, str] = {}
    for p, pair in enumerate(pairing.meta.pairs):
        loc = ("pairs", p)
        known = yield from _names(scene, loc, pair)
        yield from _twice(scene, loc, pair, known, visited, hosted)
        if len(known) == 2:
            reason = _forbidden(pair.visitor, pair.host, scene.leaders, scene.areas)
            if reason is not None:
                yield scene.finding(
                    loc, "E316", visitor=pair.visitor, host=pair.host, reason=reason
                )
    yield from _left_out(scene, visited, hosted)


def _names(scene: _Scene, loc: Loc, pair: Pair) -> Generator[Finding, None, list[str]]:
    """E302 for a name that is no leader, W325/W311 for a leader who is gone or does not
    take part; returns the roles whose name is a leader."""
    known = []
    for role in ("visitor", "host"):
        name = getattr(pair, role)
        if name not in scene.leaders:
            found, close = find_name(name, list(scene.leaders))
            hint = leader_hint(scene.content, name, found, close)
            yield scene.finding((*loc, role), "E302", kind=KINDS["leader"], ref=name, hint=hint)
            continue
        known.append(role)
        title = scene.activity.title
        if scene.left.get(name):
            until = text_words(scene.left[name])
            yield scene.finding(
                (*loc, role),
                "W325",
                name=name,
                until=until,
                title=title,
                activity=scene.activity.id,
            )
        elif not scene.takes_part(name):
            yield scene.finding((*loc, role), "W311", name=name, title=title)
    return known


def _twice(
    scene: _Scene,
    loc: Loc,
    pair: Pair,
    known: list[str],
    visited: dict[str, str],
    hosted: dict[str, str],
) -> Iterator[Finding]:
    """E315 for a leader who visits, or hosts, a second time; records the first."""
    visitor, host = pair.visitor, pair.host
    for role, name, other, seen in (
        ("visitor", visitor, host, visited),
        ("host", host, visitor, hosted),
    ):
        if role not in known:
            continue
        if name not in seen:
            seen[name] = other
            continue
        yield scene.finding(
            loc,
            "E315",
            name=name,
            role=TEXT["visits" if role == "visitor" else "hosts"],
            first=seen[name],
            second=other,
        )


def _left_out(scene: _Scene, visited: dict[str, str], hosted: dict[str, str]) -> Iterator[Finding]:
    """W309 for a taking-part leader who visits nobody or gets no visit."""
    for name in scene.leaders:
        if not scene.takes_part(name):
            continue
        missing = [
            role
            for seen, role in ((visited, "visits_none"), (hosted, "hosts_none"))
            if name not in seen
        ]
        if missing:
            role = TEXT["none"] if len(missing) == 2 else TEXT[missing[0]]
            yield scene.finding(
                ("pairs",), "W309", name=name, role=role, title=scene.activity.title
            )


def _forbidden(
    visitor: str, host: str, leaders: dict[str, int], areas: dict[str, str | None]
) -> str | None:
    """Why `visitor` may not visit `host`, or None."""
    if visitor == host:
        return TEXT["self"]
    if leaders[visitor] == leaders[host]:
        return TEXT["group"].format(group=leaders[visitor])
    mine, theirs = areas.get(visitor), areas.get(host)
    if mine and theirs and mine.strip() and match_key(mine) == match_key(theirs):
        return TEXT["area"].format(area=mine.strip())
    return None
