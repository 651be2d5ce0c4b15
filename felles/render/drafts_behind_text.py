"""A leader's draft that is behind, in one line of `felles status`: the draft's state, and
why it is behind (the group has held a workshop that expects more, or a deadline passed)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from felles import danish_days, span_words
from felles.plan import progress

if TYPE_CHECKING:
    from felles.plan.desk import Behind


# User-facing words of this module (Danish), in one place.
TEXT: Final = {
    "leader": "{name} (sparringsgruppe {group}): {state}",
    "state": "status »{status}«",
    "empty": "status »{status}«, tomt",
    "missing_draft": "intet udkast",
    "broken_draft": "udkastet kan ikke læses",
    "after_workshop": "gruppen har holdt »{title}« ({when}), så udkastet skulle være »{expected}«",
    "deadline": "ledelsesgrundlaget skulle være udgivet senest {day}",
    "deadline_before": "ledelsesgrundlaget skulle være udgivet senest {day}, før »{title}«",
}


def _state(behind: Behind) -> str:
    if behind.status == progress.MISSING:
        return TEXT["missing_draft"]
    if behind.status == progress.BROKEN:
        return TEXT["broken_draft"]
    key = "empty" if behind.words == 0 else "state"
    return TEXT[key].format(status=behind.status)


def behind_line(behind: Behind, today: Any) -> str:
    reasons = []
    if behind.workshop is not None:
        o = behind.workshop
        reasons.append(
            TEXT["after_workshop"].format(
                title=o.title,
                when=span_words.describe_span(o.start, o.end),
                expected=behind.expected,
            )
        )
    if behind.deadline is not None:
        day = danish_days.short_day(behind.deadline.day)
        before = behind.deadline.before
        if before is None:
            reasons.append(TEXT["deadline"].format(day=day))
        else:
            reasons.append(TEXT["deadline_before"].format(day=day, title=before.title))
    line = TEXT["leader"].format(name=behind.leader, group=behind.group, state=_state(behind))
    return "; ".join([line, *reasons])
