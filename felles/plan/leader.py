"""A leader's own next step: where the draft stands, the workshop it waits for, the visits.

The draft's status counts the group's workshops it has been through (see the README:
`drøftet` after the first, `kvalificeret` after the second, `trænet` after the third),
so the workshop a leader goes to next is the one that fits the draft: a draft at
`kvalificeret` waits for the third workshop, not the first. The workshops are the
group's `type: workshop` activities in the order the programme lists them (the
seeds' order), each at the group's own date (plan/sessions.py).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Final, Literal, NamedTuple

from felles.content import model
from felles.content.load import Content
from felles.plan import roster, sessions
from felles.plan.schedule import Occurrence
from felles.span_words import text_words

if TYPE_CHECKING:
    from felles.plan.pairs import Visit

# User-facing words of this module (Danish), in one place.
TEXT: Final = {
    "step_none": 'opret dit udkast med: felles grundlag new "{name}"',
    "step_none_packaged": "opret først din egen indholdsmappe med: felles init MAPPE; "
    'derefter dit udkast med: felles grundlag new "{name}"',
    "step_udkast": "drøft udkastet i sparringsgruppen",
    "step_drøftet": "få udkastet kvalificeret med feedback fra gruppen",
    "step_kvalificeret": "deltag i workshoppen med træning i at kommunikere ledelsesgrundlaget",
    "step_trænet": "udgiv ledelsesgrundlaget",
    "step_udgivet": "ledelsesgrundlaget er udgivet; intet næste skridt i processen",
    "step_unknown": "ret status i udkastet (kendte: {known})",
    "step_broken": "ret udkastet, så det kan læses; »felles grundlag check« viser fejlen",
    "step_left": "intet: lederen er ikke længere med i forløbet; udkast og par står som historik",
    "step_joins": "lederen er med i forløbet fra {when}; opret udkastet med: "
    'felles grundlag new "{name}"',
}

Held = Literal["held", "planned", "undated"]

# Interpretation: how many of the group's workshops a draft at each status has been
# through (README: drøftet at the first, kvalificeret at the second, trænet at the third);
# no draft, or one that cannot be read, waits for the first.
WORKSHOPS_DONE: Final = {"udkast": 0, "drøftet": 1, "kvalificeret": 2, "trænet": 3, "udgivet": 3}


class LeaderStep(NamedTuple):
    """A leader's own next step in the ledelsesgrundlag process."""

    name: str
    group: int
    group_mates: tuple[str, ...]
    draft: Path
    status: str | None  # None: no readable draft yet
    next_step: str
    workshop: Occurrence | None  # the group's workshop that fits the draft, at its own date
    past_workshops: bool  # the draft has been through every workshop (trænet, udgivet)
    visits: tuple[Visit, ...] = ()
    left: str | None = None  # 'januar 2019': the leader has left the programme (until)
    joins: str | None = None  # 'marts 2019': the leader joins later (from)


def is_workshop(activity: model.Activity) -> bool:
    return activity.type == "workshop"


def workshops(content: Content, group: int) -> list[Occurrence]:
    """The group's workshops in the order the programme lists them, each at the group's own
    date."""
    return sessions.group_plan(content, group, is_workshop)


def next_workshop(
    content: Content,
    group: int,
    today: date,
    status: str | None = None,
    leader: str | None = None,
) -> Occurrence | None:
    """The group's first workshop that is not over, from the one a draft at `status` waits
    for (see the module docstring), at the group's own date; with `leader`, only one the
    leader is a member for (plan/roster.py)."""
    done = WORKSHOPS_DONE.get(status or "", 0)
    return next(
        (
            o
            for o in workshops(content, group)[done:]
            if not o.is_over(today)
            and (leader is None or leader not in roster.absent(content, o.activity))
        ),
        None,
    )


def held(content: Content, today: date) -> dict[int, list[tuple[Occurrence, Held]]]:
    """Every group's workshops, each held (its day is past), planned (a day ahead) or
    without a day yet."""
    return {
        number: [
            (o, "held" if o.fixed and o.is_over(today) else "planned" if o.fixed else "undated")
            for o in found
        ]
        for number, found in sessions.plans(content, is_workshop).items()
    }


def leader_step(content: Content, name: str, today: date, content_dir: Path) -> LeaderStep:
    """Where the leader's draft stands, the group's workshop that fits it, and the visits."""
    from felles.content import drafts  # only with --leader
    from felles.plan.pairs import visits_of

    group = content.leaders()[name]
    mates = tuple(mate for mate in content.members(group) if mate != name)
    path = drafts.draft_path(content_dir, name)
    status = drafts.read_status(path)
    if status is None:
        # The packaged programme takes no drafts: advise what will work.
        key = "step_none_packaged" if content.dir.source == "packaged" else "step_none"
        step = TEXT[key].format(name=name)
    elif status == drafts.UNREADABLE:
        step = TEXT["step_broken"]
    elif status in model.STATUSES:
        step = TEXT[f"step_{status}"]
    else:
        step = TEXT["step_unknown"].format(known=", ".join(model.STATUSES))
    known = status if status in WORKSHOPS_DONE else None
    workshop = next_workshop(content, group, today, known, name)
    past = known is not None and WORKSHOPS_DONE[known] >= 3
    visits = tuple(visits_of(content, name, today))
    left = roster.left_by(content, name, today)
    if left is not None:
        # History stays (visits that are over, the draft as archived); nothing lies ahead.
        visits = tuple(v for v in visits if v.over and (v.visits or v.visited_by))
        words = text_words(left)
        return LeaderStep(
            name, group, mates, path, status, TEXT["step_left"], None, False, visits, words
        )
    joins = roster.joins_after(content, name, today)
    if joins is not None and status is None:
        step = TEXT["step_joins"].format(when=text_words(joins), name=name)
    joins_words = text_words(joins) if joins is not None else None
    return LeaderStep(
        name, group, mates, path, status, step, workshop, past, visits, None, joins_words
    )
