"""Who an agenda's activity is for, as the plain values its templates read: the groups
(with their members, and each group's own date and place) or the leaders, one group for
its own session, and the pairs `felles pair` made for an activity done two by two."""

from __future__ import annotations

from typing import Any

from felles import span_words
from felles.content.load import Content
from felles.content.model import Activity
from felles.plan import sessions
from felles.plan.participants import WHO, participants
from felles.plan.roster import members_for
from felles.plan.schedule import Occurrence


def participants_context(
    activity: Activity, content: Content, occurrence: Occurrence | None = None
) -> dict[str, Any]:
    """Who takes part: a one-line summary, and the groups (with members, and each group's own
    date and place when it has one) or leaders to list; for one group's session, that group."""
    who = participants(activity, content)
    if occurrence is not None and occurrence.group is not None:
        number = occurrence.group
        return {
            "summary": WHO["some_groups_long"].format(numbers=number),
            "groups": [
                {
                    "number": number,
                    "members": members_for(content, number, activity),
                    "when": None,
                    "place": None,
                }
            ],
            "leaders": [],
        }
    if activity.leaders:
        numbers: list[int] = []
    elif activity.groups:
        numbers = sorted(activity.groups)
    elif activity.who == "grupper":
        numbers = list(dict.fromkeys(group.number for group in content.groups))
    else:
        numbers = []
    own = {}
    if occurrence is not None:
        own = {s.group: s for s in sessions.of(occurrence)}
    groups = []
    for n in numbers:
        mine = own.get(n)
        groups.append(
            {
                "number": n,
                "members": members_for(content, n, activity),
                "when": span_words.describe_span(mine.start, mine.end, long=True) if mine else None,
                "place": mine.place if mine else None,
            }
        )
    return {"summary": who.summary, "groups": groups, "leaders": list(activity.leaders)}


def pairs_context(content: Content, activity: Activity) -> list[dict[str, Any]]:
    """The pairs `felles pair` made for an activity done two by two, if it has made them."""
    if activity.who != "par":
        return []
    from felles.plan.pairs import pairing_of

    found = pairing_of(content, activity.id)
    if found is None:
        return []
    leaders = content.leaders()
    return [
        {
            "visitor": pair.visitor,
            "visitor_group": leaders.get(pair.visitor),
            "host": pair.host,
            "host_group": leaders.get(pair.host),
        }
        for pair in found.meta.pairs
    ]
