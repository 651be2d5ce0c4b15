"""Agendas: which activities a user means, what an agenda holds, and rendering it.

`select_activity` and `select_phase` turn what the user typed into occurrences
(or a UsageError with suggestions); `context` builds the plain dict the Jinja2
templates read; `render` fills a template. Jinja2 is imported only in `render`.

One document is always about one phase: a single activity, or every activity
of the phase (`--phase`). The templates show the phase and its learning goal
once, then each activity.
"""

from __future__ import annotations

import difflib
import re
from datetime import date, time
from pathlib import Path
from typing import Any

from felles import dates
from felles.content import Content, Phase
from felles.errors import FellesError, UsageError
from felles.model import Activity
from felles.names import suggestion
from felles.schedule import Occurrence, occurrences

_BLANK_LINES = re.compile(r"\n[ \t]*(?:\n[ \t]*)+\n")

# Danish wording that is not in the templates (the templates hold their own labels).
WORDS = {
    "all": "Hele {forum} ({count} ledere)",
    "all_groups": "Hver sparringsgruppe for sig ({count} grupper)",
    "some_groups": "Sparringsgruppe {numbers}",
    "individual": "Hver leder for sig ({count} ledere)",
    "leaders": "{names}",
    "and": " og ",
}


def select_activity(content: Content, query: str, today: date) -> Occurrence:
    """The occurrence for an activity id or a day; UsageError with help otherwise."""
    every = occurrences(content)
    for occurrence in every:
        if occurrence.activity.id == query:
            return occurrence
    try:
        day = dates.parse_user_date(query, today)
    except ValueError:
        close = close_ids(query, [occurrence.activity.id for occurrence in every])
        raise UsageError("U030", {"query": query, "hint": suggestion(close)}) from None
    on_day = [o for o in every if o.fixed and o.touches(day, day)]
    if len(on_day) == 1:
        return on_day[0]
    if not on_day:
        raise UsageError("U031", {"day": dates.short_day(day), "nearby": _nearby(every, day)})
    listing = "\n".join(
        f"  {o.activity.id}  {o.activity.title}  ({dates.describe_span(o.start, o.end)})"
        for o in on_day
    )
    raise UsageError(
        "U032", {"day": dates.short_day(day), "count": len(on_day), "listing": listing}
    )


def close_ids(query: str, ids: list[str]) -> list[str]:
    """Ids to suggest: those containing what was typed, then the most similar (at most 3)."""
    typed = query.strip().lower()
    containing = [i for i in ids if typed and typed in i]
    similar = difflib.get_close_matches(typed, ids, n=3, cutoff=0.6)
    return list(dict.fromkeys(containing + similar))[:3]


def _nearby(every: list[Occurrence], day: date) -> str:
    fixed = [o for o in every if o.fixed]
    if not fixed:
        return "ingen aktiviteter har en fast dato"

    def distance(occurrence: Occurrence) -> int:
        first, last = occurrence.start.first.date(), occurrence.end.last.date()
        return min(abs((first - day).days), abs((last - day).days))

    closest = sorted(fixed, key=distance)[:3]
    closest.sort(key=lambda o: o.sort_key)
    return ", ".join(f"{o.activity.id} ({dates.short_day(o.start.first.date())})" for o in closest)


def select_phase(content: Content, query: str) -> tuple[Phase, list[Occurrence]]:
    """The phase with this id and its activities in time order."""
    ids = [phase.meta.id for phase in content.phases]
    for phase in content.phases:
        if phase.meta.id == query:
            return phase, [o for o in occurrences(content) if o.phase is phase]
    close = close_ids(query, ids)
    raise UsageError("U033", {"query": query, "hint": suggestion(close), "known": ", ".join(ids)})


def check_clean(content: Content, *, programme_only: bool = False) -> None:
    """Refuse to export content with errors (warnings are fine).

    With `programme_only`, errors in leaders' drafts do not count (see
    Content.programme_errors): one broken draft must not stop a page for everyone.
    """
    errors = content.programme_errors if programme_only else content.errors
    if errors:
        first = min(errors, key=lambda f: (f.path, f.line or 0))
        raise FellesError("U037", {"count": len(errors), "first": str(first)})


# --- the context the templates read --------------------------------------------------


def context(
    content: Content, phase: Phase, chosen: list[Occurrence], *, whole_phase: bool
) -> dict[str, Any]:
    """Everything an agenda shows, as plain strings, lists and dicts."""
    programme = content.programme
    goal = content.goal(phase.meta.goal)
    return {
        "programme": {
            "name": programme.name if programme else "",
            "forum": programme.owner.forum if programme else "",
        },
        "whole_phase": whole_phase,
        "phase": {
            "id": phase.meta.id,
            "number": phase.meta.number,
            "title": phase.meta.title,
            "period": dates.period_words(phase.meta.period.start, phase.meta.period.end),
        },
        "goal": None
        if goal is None
        else {
            "number": goal.number,
            "title": goal.title,
            "description": goal.description,
            "themes": [
                {"id": theme.id, "title": theme.title, "competency": theme.competency}
                for theme in goal.themes
            ],
            "aims": list(goal.aims),
        },
        "activities": [_activity(content, occurrence) for occurrence in chosen],
    }


def _activity(content: Content, occurrence: Occurrence) -> dict[str, Any]:
    activity = occurrence.activity
    start, end = occurrence.start, occurrence.end
    week = None
    if occurrence.fixed:
        first, last = start.first.date(), end.first.date() if end.fixed else start.first.date()
        week = dates.iso_week(first)
        if last.isocalendar()[:2] != first.isocalendar()[:2]:
            week += f"–{last.isocalendar().week}"
    return {
        "id": activity.id,
        "type": activity.type,
        "title": activity.title,
        "fixed": occurrence.fixed,
        "when": dates.describe_span(start, end, long=True),
        "week": week,
        "place": activity.place,
        "purpose": activity.purpose,
        "preparation": activity.preparation,
        "participants": participants(activity, content),
        "agenda": [
            {
                "time": _clock(item.time),
                "end": _clock(item.end) if item.end else None,
                "item": item.item,
            }
            for item in activity.agenda
        ],
    }


def _clock(text: str) -> str:
    return dates.clock(time.fromisoformat(text))


def participants(activity: Activity, content: Content) -> dict[str, Any]:
    """Who takes part: a one-line summary, and the groups (with members) or leaders to list."""
    leaders = content.leaders()
    forum = content.programme.owner.forum if content.programme else ""
    members = {group.number: [m.name for m in group.members] for group in content.groups}
    groups: list[dict[str, Any]] = []
    names: list[str] = []
    if activity.leaders:
        summary = WORDS["leaders"].format(names=_join(activity.leaders))
        names = list(activity.leaders)
    elif activity.groups:
        numbers = sorted(activity.groups)
        summary = WORDS["some_groups"].format(numbers=_join([str(n) for n in numbers]))
        groups = [{"number": n, "members": members.get(n, [])} for n in numbers]
    elif activity.who == "grupper":
        summary = WORDS["all_groups"].format(count=len(members))
        groups = [{"number": n, "members": names_} for n, names_ in members.items()]
    elif activity.who == "individuel":
        summary = WORDS["individual"].format(count=len(leaders))
    else:
        summary = WORDS["all"].format(forum=forum, count=len(leaders))
    return {"summary": summary, "groups": groups, "leaders": names}


def _join(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + WORDS["and"] + items[-1]


# --- rendering -----------------------------------------------------------------------


def render(template: Path, values: dict[str, Any], *, html: bool) -> str:
    """Fill the template; a broken template is a FellesError naming its file and line."""
    import jinja2

    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(template.parent),
        autoescape=html,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    try:
        text = environment.get_template(template.name).render(values)
    except jinja2.TemplateSyntaxError as error:
        raise FellesError(
            "U038", {"problem": error.message or str(error)}, path=str(template), line=error.lineno
        ) from None
    except (jinja2.UndefinedError, jinja2.TemplateError, TypeError, ValueError) as error:
        raise FellesError("U038", {"problem": str(error)}, path=str(template)) from None
    # Blank lines are easier to get right here than with Jinja2's whitespace control.
    return _BLANK_LINES.sub("\n\n", text).strip("\n") + "\n"
