"""Rules over the programme files: unique ids, one group per leader, references, dates.

Rules only see content that read and modelled cleanly, so a broken file gives its
own findings and no cascade of follow-ups.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Final, NamedTuple

from felles.checks.common import (
    KINDS,
    Loc,
    Use,
    at,
    file_display,
    first_use_only,
    leader_hint,
    unknown,
)
from felles.content.load import Content, Phase
from felles.content.model import Activity
from felles.dates import When, parse_when
from felles.findings import Finding
from felles.names import find_name, match_key, slug, windows_reserved
from felles.span_words import period_words, range_words

# Where an activity lies from its phase's period (W301), and a period that is not dates.
TEXT: Final = {
    "before": "før",
    "after": "efter",
    "outside": "uden for",
    "period": "{start} – {end}",
    "from": "fra {start}",
}


def unique_ids(content: Content) -> Iterator[Finding]:
    return first_use_only(content, _ids(content))


def _ids(content: Content) -> Iterator[Use]:
    if content.goals:
        goals_file = file_display(content, "learning_goals.yaml")
        for g, goal in enumerate(content.goals):
            yield KINDS["goal"], goal.id, goals_file, ("goals", g, "id")
            yield KINDS["goal_number"], goal.number, goals_file, ("goals", g, "number")
            for t, theme in enumerate(goal.themes):
                yield KINDS["theme"], theme.id, goals_file, ("goals", g, "themes", t, "id")
    if content.groups:
        groups_file = file_display(content, "groups.yaml")
        for g, group in enumerate(content.groups):
            yield KINDS["group_number"], group.number, groups_file, ("groups", g, "number")
    for phase in content.phases:
        yield KINDS["phase"], phase.meta.id, phase.display, ("id",)
        yield KINDS["phase_number"], phase.meta.number, phase.display, ("number",)
        for a, activity in enumerate(phase.meta.activities):
            yield KINDS["activity"], activity.id, phase.display, ("activities", a, "id")


def one_group_per_leader(content: Content) -> Iterator[Finding]:
    if not content.groups:
        return
    groups_file = file_display(content, "groups.yaml")
    first_group: dict[str, int] = {}
    for g, group in enumerate(content.groups):
        for m, member in enumerate(group.members):
            key = match_key(member.name)
            if key in first_group:
                yield at(
                    content,
                    groups_file,
                    ("groups", g, "members", m, "name"),
                    "E303",
                    name=member.name,
                    first=first_group[key],
                    second=group.number,
                )
            else:
                first_group[key] = group.number


def distinct_files(content: Content) -> Iterator[Finding]:
    """E360: two leaders (not the same name twice: E303) whose drafts would be one file on
    a file system that ignores case (Windows, macOS), `ledelsesgrundlag/<slug>.md`."""
    if not content.groups:
        return
    groups_file = file_display(content, "groups.yaml")
    first: dict[str, tuple[str, str]] = {}
    for g, group in enumerate(content.groups):
        for m, member in enumerate(group.members):
            name = slug(member.name)
            if not name:
                continue
            found = first.setdefault(name.casefold(), (member.name, match_key(member.name)))
            if found[0] != member.name and found[1] != match_key(member.name):
                yield at(
                    content,
                    groups_file,
                    ("groups", g, "members", m, "name"),
                    "E360",
                    name=member.name,
                    other=found[0],
                    file=f"{name}.md",
                )


def file_names(content: Content) -> Iterator[Finding]:
    """W330: an activity done in pairs whose id would name its pairs file (`pairs/<id>.yaml`)
    with a name Windows refuses (`con`, `nul`, `com1` …)."""
    for phase in content.phases:
        for a, activity in enumerate(phase.meta.activities):
            if activity.who == "par" and windows_reserved(f"{activity.id}.yaml"):
                yield at(
                    content,
                    phase.display,
                    ("activities", a, "id"),
                    "W330",
                    id=activity.id,
                    file=f"pairs/{activity.id}.yaml",
                )


class _Known(NamedTuple):
    """What a phase file may refer to."""

    goal_ids: list[str]
    theme_ids: list[str]
    group_numbers: set[int]
    leaders: list[str]
    activity_ids: list[str]


def references(content: Content) -> Iterator[Finding]:
    known = _Known(
        goal_ids=[goal.id for goal in content.goals],
        theme_ids=[theme.id for goal in content.goals for theme in goal.themes],
        group_numbers={group.number for group in content.groups},
        leaders=list(content.leaders()),
        activity_ids=[activity.id for _, _, activity in content.activities()],
    )
    for phase in content.phases:
        goal = phase.meta.goal
        if goal is not None and content.goals and goal not in known.goal_ids:
            yield unknown(content, phase.display, ("goal",), KINDS["goal"], goal, known.goal_ids)
        for a, activity in enumerate(phase.meta.activities):
            loc = ("activities", a)
            yield from _activity_ids(content, phase.display, loc, activity, known)
            yield from _activity_leaders(content, phase.display, loc, activity, known)


def _activity_ids(
    content: Content, display: str, loc: Loc, activity: Activity, known: _Known
) -> Iterator[Finding]:
    """E302 for an activity's unknown theme, group or prepared activity."""
    for i, theme in enumerate(activity.themes):
        if content.goals and theme not in known.theme_ids:
            yield unknown(
                content, display, (*loc, "themes", i), KINDS["theme"], theme, known.theme_ids
            )
    for i, number in enumerate(activity.groups):
        if content.groups and number not in known.group_numbers:
            where = (*loc, "groups", i)
            yield at(content, display, where, "E302", kind=KINDS["group"], ref=number, hint="")
    prepares = activity.prepares
    if prepares is not None and prepares not in known.activity_ids:
        yield unknown(
            content, display, (*loc, "prepares"), KINDS["activity"], prepares, known.activity_ids
        )


def _activity_leaders(
    content: Content, display: str, loc: Loc, activity: Activity, known: _Known
) -> Iterator[Finding]:
    """E302 for a leader of the activity who is no leader of groups.yaml."""
    for i, name in enumerate(activity.leaders):
        found, close = find_name(name, known.leaders)
        if content.groups and found != name:
            yield at(
                content,
                display,
                (*loc, "leaders", i),
                "E302",
                kind=KINDS["leader"],
                ref=name,
                hint=leader_hint(content, name, found, close),
            )


def dates(content: Content) -> Iterator[Finding]:
    """Every date real and every end after its start; phase periods don't overlap."""
    if content.programme is not None:
        period = content.programme.period
        yield from check_span(
            content,
            file_display(content, "programme.yaml"),
            ("period",),
            period.start,
            period.end,
            ("start", "end"),
            [],
        )
    periods: list[tuple[When, When, str, Phase]] = []
    for phase in content.phases:
        meta = phase.meta
        found: list[tuple[When, When]] = []
        yield from check_span(
            content,
            phase.display,
            ("period",),
            meta.period.start,
            meta.period.end,
            ("start", "end"),
            found,
        )
        # A period without an end runs on.
        span = (found[0][0], found[0][1] if meta.period.end else _FOREVER) if found else None
        if span is not None:
            periods.append((*span, phase.display, phase))
        yield from _activity_dates(content, phase, span)
    yield from _overlaps(content, periods)


def _activity_dates(
    content: Content, phase: Phase, span: tuple[When, When] | None
) -> Iterator[Finding]:
    """Each activity's dates real, its end after its start, and (W301) within the phase's
    `span`."""
    meta = phase.meta
    for a, activity in enumerate(meta.activities):
        loc = ("activities", a)
        spans: list[tuple[When, When]] = []
        yield from check_span(
            content, phase.display, loc, activity.when, activity.end, ("when", "end"), spans
        )
        if spans and span is not None and _outside(spans[0], span):
            yield at(
                content,
                phase.display,
                (*loc, "when"),
                "W301",
                title=activity.title,
                when=range_words(*spans[0]),
                side=_side(spans[0], span),
                period=_period_words(meta.period.start, meta.period.end),
            )


def _overlaps(content: Content, periods: list[tuple[When, When, str, Phase]]) -> Iterator[Finding]:
    """W302 for a phase whose period overlaps an earlier phase's."""
    for i, (start, end, display, _) in enumerate(periods):
        for other_start, other_end, _, other in periods[:i]:
            # Phases that hand over within the same month (or day) do not overlap.
            if start.first < other_end.first and other_start.first < end.first:
                yield at(
                    content,
                    display,
                    ("period",),
                    "W302",
                    other=f"{other.meta.number}",
                    # As written: an open-ended phase reads "fra 2020", never "2020 – 9999".
                    period=_period_words(other.meta.period.start, other.meta.period.end),
                )


_FOREVER = When(datetime.max, datetime.max, "year")


def check_span(
    content: Content,
    display: str,
    loc: tuple[str | int, ...],
    start: str,
    end: str | None,
    keys: tuple[str, str],
    out: list[tuple[When, When]],
) -> Iterator[Finding]:
    """Findings for a start/end pair; the parsed pair is appended to `out` if sound."""
    parsed: list[When] = []
    for key, text in zip(keys, (start, end), strict=True):
        if text is None:
            continue
        try:
            parsed.append(parse_when(text))
        except ValueError as exc:
            yield at(content, display, (*loc, key), "E304", value=text, detail=f": {exc}")
            return
    first, last = parsed[0], parsed[-1]
    if last.last < first.first:
        yield at(
            content,
            display,
            (*loc, keys[1]),
            "E305",
            start=range_words(first, first),
            end=range_words(last, last),
        )
        return
    out.append((first, last))


def _outside(activity: tuple[When, When], period: tuple[When, When]) -> bool:
    return activity[0].first < period[0].first or activity[1].last > period[1].last


def _side(activity: tuple[When, When], period: tuple[When, When]) -> str:
    """'før' or 'efter' the phase's period, or 'uden for' it when it spans both ends."""
    before, after = activity[0].first < period[0].first, activity[1].last > period[1].last
    return TEXT["outside" if before == after else "before" if before else "after"]


def _period_words(start: str, end: str | None) -> str:
    try:
        return period_words(start, end)
    except ValueError:  # reported where it is written (E304)
        return TEXT["period" if end else "from"].format(start=start, end=end)


def school_holidays(content: Content) -> Iterator[Finding]:
    """Each school holiday of programme.yaml names weeks or days that exist (E330–E332)."""
    setting = content.programme.school_holidays if content.programme is not None else None
    if not isinstance(setting, list):
        return
    display = file_display(content, "programme.yaml")
    for index, entry in enumerate(setting):
        loc = ("school_holidays", index)
        if not entry.weeks and entry.start is None:
            yield at(content, display, loc, "E330", name=entry.name)
        for w, week in enumerate(entry.weeks):
            if not 1 <= week <= 53:
                yield at(content, display, (*loc, "weeks", w), "E331", name=entry.name, week=week)
        for key in ("start", "end"):
            value = getattr(entry, key)
            if value is not None and not _month_day(value):
                yield at(content, display, (*loc, key), "E332", name=entry.name, value=value)


def _month_day(text: str) -> bool:
    """Is MM-DD a day of some year (29 February included)?"""
    month, day = (int(part) for part in text.split("-"))
    try:
        datetime(2024, month, day)
    except ValueError:
        return False
    return True
