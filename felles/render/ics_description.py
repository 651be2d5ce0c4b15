"""The DESCRIPTION of a calendar event (`felles export ics`, `felles invite`): purpose,
preparation, who, and the phase and learning goal, one paragraph each, in Danish."""

from __future__ import annotations

from typing import Final

from felles.content.load import Content
from felles.plan.participants import participants
from felles.plan.roster import members_for
from felles.plan.schedule import Occurrence
from felles.words import joined

WORDS: Final = {
    "preparation": "Forberedelse: {text}",
    "participants": "Deltagere: {text}",
    "group": "Sparringsgruppe {number}: {members}",
    "phase": "Fase {number}: {title}",
    "goal": "Læringsmål {number}: {title}",
}


def description(content: Content, occurrence: Occurrence) -> str:
    """Purpose, preparation, who, and the phase and learning goal: one paragraph each."""
    activity = occurrence.activity
    parts = []
    if activity.purpose:
        parts.append(activity.purpose)
    if activity.preparation:
        parts.append(WORDS["preparation"].format(text=activity.preparation))
    who = participants(activity, content).summary
    if occurrence.group is not None:
        members = joined(members_for(content, occurrence.group, activity))
        who = WORDS["group"].format(number=occurrence.group, members=members)
    parts.append(WORDS["participants"].format(text=who))
    phase = occurrence.phase.meta
    where = WORDS["phase"].format(number=phase.number, title=phase.title)
    goal = content.goal(phase.goal)
    if goal is not None:
        where += " · " + WORDS["goal"].format(number=goal.number, title=goal.title)
    parts.append(where)
    return "\n\n".join(parts)
