"""`felles next --leader NAVN` and `--group N` as plain lines: the leader's own next step
(group, draft, workshop, visits) or the group's members and next meeting, above the list."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Final

from felles import danish_days, dates, span_words
from felles.words import joined

if TYPE_CHECKING:
    from felles.plan.leader import LeaderStep
    from felles.plan.schedule import Occurrence
    from felles.plan.upcoming import GroupStep

# User-facing words of this module (Danish), in one place.
TEXT: Final = {
    "leader": "{name} · sparringsgruppe {group}{mates}",
    "mates": " (sammen med {names})",
    "draft_none": "Ledelsesgrundlag: intet udkast endnu ({path})",
    "draft": "Ledelsesgrundlag: status »{status}« ({path})",
    "left": "{name} har forladt forløbet (fra {when}): ingen aktiviteter, par eller "
    "invitationer fra da af",
    "draft_archived": "Ledelsesgrundlag: arkiveret, status »{status}« ({path})",
    "joins": "Med i forløbet fra {when}",
    "next_step": "Næste skridt: {step}",
    "workshop": "Gruppens næste workshop: {when} · {title}",
    "no_workshop": "Gruppens næste workshop: ingen flere workshops i forløbet",
    "past_workshops": "Gruppens workshops: udkastet har været gennem dem alle (status »{status}«)",
    "visits": "{title}, {when}: Du besøger {visits} · {visited_by} besøger dig",
    "visited": "{title}, {when}: Du besøgte {visits} · {visited_by} besøgte dig",
    "group": "Sparringsgruppe {number}: {members}",
    "meets": "Gruppen mødes næste gang: {when} · {title}",
    "meets_none": "Gruppen har ikke flere aktiviteter for sig selv i forløbet",
    "no_visit": "ingen",
    "visits_broken": "{title}, {when}: parrene i {path} kan ikke læses; kør »felles validate«",
}


def leader_lines(step: LeaderStep, display_path: str, today: date) -> list[str]:
    mates = TEXT["mates"].format(names=joined(step.group_mates)) if step.group_mates else ""
    lines = [TEXT["leader"].format(name=step.name, group=step.group, mates=mates)]
    if step.left is not None:
        lines.append(TEXT["left"].format(name=step.name, when=step.left))
    elif step.joins is not None:
        lines.append(TEXT["joins"].format(when=step.joins))
    if step.left is not None and step.status is not None:
        lines.append(TEXT["draft_archived"].format(status=step.status, path=display_path))
    elif step.status is None:
        lines.append(TEXT["draft_none"].format(path=display_path))
    else:
        lines.append(TEXT["draft"].format(status=step.status, path=display_path))
    lines.append(TEXT["next_step"].format(step=step.next_step))
    if step.left is not None:
        pass  # no workshop ahead for a leader who has left
    elif step.workshop is not None:
        lines.append(TEXT["workshop"].format(**_workshop(step.workshop, today)))
    elif step.past_workshops:
        lines.append(TEXT["past_workshops"].format(status=step.status))
    else:
        lines.append(TEXT["no_workshop"])
    for visit in step.visits:
        if visit.broken is not None:
            lines.append(
                TEXT["visits_broken"].format(title=visit.title, when=visit.when, path=visit.broken)
            )
            continue
        lines.append(
            TEXT["visited" if visit.over else "visits"].format(
                title=visit.title,
                when=visit.when,
                visits=visit.visits or TEXT["no_visit"],
                visited_by=visit.visited_by or TEXT["no_visit"].capitalize(),
            )
        )
    return lines


def group_lines(group: GroupStep, today: date) -> list[str]:
    """The group's members, and when and where it next meets on its own."""
    lines = [TEXT["group"].format(number=group.number, members=joined(group.members))]
    if group.meets is None:
        lines.append(TEXT["meets_none"])
    else:
        lines.append(TEXT["meets"].format(**_workshop(group.meets, today)))
    return lines


def _workshop(workshop: Occurrence, today: date) -> dict[str, str]:
    """The workshop's date, distance and place, and its title."""
    parts = [span_words.describe_span(workshop.start, workshop.end)]
    if workshop.fixed:
        first = workshop.start.first.date()
        parts.append(dates.iso_week(first))
        parts.append(danish_days.relative_days(first, today))
    if workshop.place:
        parts.append(workshop.place)
    return {"when": " · ".join(parts), "title": workshop.title}
