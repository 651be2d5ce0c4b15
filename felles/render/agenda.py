"""Agendas: what an agenda holds, as the plain values its templates read.

One document is always about one phase: a single activity, or every activity of
the phase (`--phase`). The templates (`templates/agenda.md.j2`, `agenda.html.j2`)
show the phase and its learning goal once, then each activity.

An activity the sparring groups hold for themselves lists each group with its own
date and place; one group's session (`--group`) lists that group alone. An activity
done two by two lists its pairs when `felles pair` has made them (agenda_people).
"""

from __future__ import annotations

from datetime import time
from typing import Any

from felles import danish_days, dates, span_words
from felles.content.load import Content, Phase
from felles.plan.schedule import Occurrence
from felles.render.agenda_people import pairs_context, participants_context
from felles.render.story import phase_text

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
            "period": span_words.period_words(phase.meta.period.start, phase.meta.period.end),
            "text": phase_text(phase, shift=1),
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
            "example_competencies": list(goal.example_competencies),
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
        "title": occurrence.label,
        "fixed": occurrence.fixed,
        "when": span_words.describe_span(start, end, long=True),
        "week": week,
        "place": occurrence.place,
        "purpose": activity.purpose,
        "preparation": activity.preparation,
        "participants": participants_context(activity, content, occurrence),
        "pairs": pairs_context(content, activity),
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
    return danish_days.clock(time.fromisoformat(text))
