"""Who takes part in an activity: the one answer every command and rule uses.

An activity is for everybody (`who: alle`), for each sparring group on its own
(`grupper`), for each leader on their own (`individuel`) or for the leaders two by
two (`par`: see plan/pairs.py); `groups:` narrows it to some sparring groups and
`leaders:` to named leaders. `participants()` turns that
into one value: the groups concerned, the leaders taking part (None: everybody),
and the words for it, short (`felles next`, the calendar) and long (agendas).
"""

from __future__ import annotations

from typing import Final, NamedTuple

from felles.content.load import Content
from felles.content.model import Activity
from felles.plan.roster import absent
from felles.words import joined

# User-facing words of this module (Danish), in one place.
WHO: Final = {
    "all": "hele {forum}",
    "groups": "hver sparringsgruppe for sig",
    "some_groups": "sparringsgruppe {numbers}",
    "each": "hver leder for sig",
    "each_in": "hver leder for sig i sparringsgruppe {numbers}",
    "pairs": "lederne to og to",
    "pairs_in": "lederne to og to i sparringsgruppe {numbers}",
    # Agendas: a heading-like summary with counts.
    "all_long": "Hele {forum} ({count} ledere)",
    "groups_long": "Hver sparringsgruppe for sig ({count} grupper)",
    "some_groups_long": "Sparringsgruppe {numbers}",
    "each_long": "Hver leder for sig ({count} ledere)",
    "pairs_long": "Lederne to og to ({count} ledere)",
}


class Participants(NamedTuple):  # cheaper to define than a frozen dataclass: next imports it
    activity: Activity
    groups: tuple[int, ...]  # the sparring groups concerned (every group when all take part)
    names: frozenset[str] | None  # the leaders taking part; None means everybody
    text: str  # 'hele Strategisk Ledelsesforum', 'gruppe 1, 2', 'hver sparringsgruppe for sig' …
    summary: str  # 'Hele Strategisk Ledelsesforum (38 ledere)', 'Sparringsgruppe 1 og 2' …

    def involves(
        self, content: Content, *, group: int | None = None, leader: str | None = None
    ) -> bool:
        """Does the activity concern this group (or this leader and their group)?"""
        activity = self.activity
        if leader is not None:
            if self.names is not None and leader not in self.names:
                return False  # named elsewhere, or not a member at the time
            if activity.leaders:
                return leader in activity.leaders
            group = content.leaders().get(leader)
        if group is None:
            return True
        if activity.leaders:
            return bool(set(content.members(group)) & set(activity.leaders))
        return not activity.groups or group in activity.groups

    def meets(self, other: Participants) -> bool:
        """Do the two activities share at least one leader?"""
        if self.names is None or other.names is None:
            return True
        return bool(self.names & other.names)


def participants(activity: Activity, content: Content) -> Participants:
    """Who takes part in `activity`, as one value (see the module docstring)."""
    found = _participants(activity, content)
    gone = absent(content, activity)
    if not gone:
        return found
    names = frozenset(content.leaders()) if found.names is None else found.names
    summary = found.summary
    if found.names is None and activity.who != "grupper":
        key = {"individuel": "each_long", "par": "pairs_long"}.get(activity.who, "all_long")
        count = len(names - gone)
        summary = WHO[key].format(forum=forum_name(content), count=count)
    return found._replace(names=names - gone, summary=summary)


def _participants(activity: Activity, content: Content) -> Participants:
    """Who takes part by the activity's own fields (the roster's dates aside)."""
    leaders = content.leaders()
    if activity.leaders:
        numbers = tuple(sorted({leaders[name] for name in activity.leaders if name in leaders}))
        text = ", ".join(activity.leaders)
        return Participants(
            activity, numbers, frozenset(activity.leaders), text, joined(activity.leaders)
        )
    listed = ", ".join(str(number) for number in activity.groups)
    numbers = tuple(activity.groups) or content.group_numbers()
    names: frozenset[str] | None = None
    if activity.groups:
        names = frozenset(name for n in activity.groups for name in content.members(n))
        summary = WHO["some_groups_long"].format(
            numbers=joined([str(n) for n in sorted(activity.groups)])
        )
    elif activity.who == "grupper":
        summary = WHO["groups_long"].format(count=len(content.by_group()))
    elif activity.who == "individuel":
        summary = WHO["each_long"].format(count=len(leaders))
    elif activity.who == "par":
        summary = WHO["pairs_long"].format(count=len(leaders))
    else:
        summary = WHO["all_long"].format(forum=forum_name(content), count=len(leaders))
    if activity.who == "alle":
        text = WHO["some_groups" if activity.groups else "all"].format(
            numbers=listed, forum=forum_name(content)
        )
    elif activity.who == "grupper":
        text = WHO["some_groups"].format(numbers=listed) if activity.groups else WHO["groups"]
    elif activity.who == "par":
        text = WHO["pairs_in"].format(numbers=listed) if activity.groups else WHO["pairs"]
    else:
        text = WHO["each_in"].format(numbers=listed) if activity.groups else WHO["each"]
    return Participants(activity, numbers, names, text, summary)


def forum_name(content: Content) -> str:
    """What everyone together is called: the forum's short name if the content gives one,
    else its name ('Strategisk Ledelsesforum'), or 'ledergruppen'.

    One term everywhere ("hele Strategisk Ledelsesforum"), in `next`, agendas, calendars,
    the site and the survey. The shipped content gives no short name: the seeds never use
    one.
    """
    owner = content.programme.owner if content.programme else None
    if owner is None:
        return "ledergruppen"
    return owner.abbreviation or owner.forum
