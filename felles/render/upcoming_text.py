"""`felles next` as plain lines and as JSON (the Rich table lives in felles/cli/next.py).

Plain text is what a pipe, a file or `NO_COLOR` gets: uncoloured, unwrapped, one
block per activity. The first line of a block is the date, week, distance, type
and title joined by " · "; indented lines follow with phase, learning goal,
participants and preparation. Warnings ("Advarsel: …") come above the list.

JSON (`--format json`) is an object of two lists, in the order the text shows them:
`{"upcoming": [...], "needs_date": [...]}`. `upcoming` holds the dated occurrences in
time order (an activity for all, or one group's own session), `needs_date` the
activities without a day whose window is open (see plan/upcoming.py), each with
`"common": true` when a coordinator gives it its date (an activity for all, or the
groups' own sessions) and `"prepared_by"`, the undated steps that lead to it. Each
object reads:

    {
      "id": "seminar-aktiv-visionsledelse",
      "title": "Fælles seminar: Ledelsesgrundlag og visionsledelse",
      "type": "seminar",
      "phase": {"id": "aktiv-visionsledelse", "title": "Aktiv visionsledelse"},
      "goal": {"id": "aktiv-visionsledelse", "title": "Aktiv visionsledelse"} | null,
      "start": "2018-11-08T12:00+01:00",   # ISO 8601, as precise as the content:
      "end": "2018-11-09T12:00+01:00",     #   "2020", "2018-09", "2018-11-08" or with time
      "precision": "time",                 # of start: "year" | "month" | "day" | "time"
      "end_precision": "time",
      "when": "tors. 8. nov. 2018 kl. 12.00 – fre. 9. nov. kl. 12.00",
      "week": 45 | null,                   # ISO week of the start; null if not fixed
      "days_until": 7 | null,              # from today; negative while running
      "status": "kommende" | "i gang" | "ikke fastlagt",
      "participants": {"text": "hele Strategisk Ledelsesforum", "groups": [1, 2, …, 12]},
      "preparation": "…" | null,
      "prepares": {"id": "workshop-2", "title": "…"} | null,   # what a preparation is for
      "place": "Rådhuset, lokale 3" | null,
      "group": 2 | null,                   # one group's own session (--group, --leader)
      "sessions": {"dated": 4, "groups": 12, "undated": [5, …, 12],
                   "next": {"group": 3, "start": "2018-08-21T09:00+02:00", "when": "…"} | null}
                  | null                   # who: grupper, seen for the whole programme
    }

`groups` are the sparring groups concerned (every group when all take part).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Final

from felles import dates, words
from felles.dates import When
from felles.plan.upcoming import GroupStep, Item, Upcoming
from felles.words import joined

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

    from felles.plan.leader import LeaderStep
    from felles.plan.schedule import Occurrence
    from felles.plan.sessions import Summary

NONE: Final = "–"

# User-facing words of this module (Danish), in one place.
TEXT: Final = {
    "phase": "Fase",
    "goal": "Læringsmål",
    "who": "Deltagere",
    "place": "Sted",
    "prep": "Forberedelse",
    "dates": "Datoer",
    "dated": "{dated} af {groups} grupper har dato",
    "next_session": "næste: sparringsgruppe {group}, {day}",
    "no_next_session": "ingen flere kommende",
    "warning": (
        "Advarsel: {count} uden fast dato kan falde inden for de næste fire uger; "
        "se dem med: {command}"
    ),
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
    "nothing": "Forløbet har ingen aktiviteter fra {today} og frem.",
    "running": "Fase {number} »{title}« løber {period}; der er ingen aktiviteter planlagt.",
    "nothing_filtered": "Ingen aktiviteter fra {today} og frem passer til det valgte.",
    "last": "Den sidste aktivitet med fast dato var »{title}«, {when} – {ago}.",
    "as_of": "Se forløbet fra en anden dato med fx: felles next --as-of 2018-06-01",
    "none_until": "Ingen aktiviteter fra {today} til og med {until}.",
    "next_after": "Den næste er »{title}«, {when} ({relative}).",
    "title": "Kommende aktiviteter fra {today}",
    "needs_date": "Mangler dato",
    "no_dated": "Ingen aktiviteter med fast dato fra {today} og frem.",
    "prepared_by": "forberedes med: {titles}",
    "no_common": "ingen fælles dato",
}


def headline(item: Item, today: date) -> str:
    """'tors. 8. nov. 2018 kl. 12.00 – … · uge 45 · om 7 dage · seminar · Titel'."""
    parts = [item.when_text, item.week_text, item.relative(today), item.activity.type]
    return " · ".join(part for part in parts if part) + " · " + item.title


def undated_line(item: Item, today: date) -> str:
    """'juni – november 2018 · Workshop i fortrolige grupper · 0 af 12 grupper har dato':
    one line of "Mangler dato"."""
    occurrence = item.occurrence
    parts = [dates.range_words(occurrence.start, occurrence.end), item.title]
    found = item.group_dates
    if found is not None:
        parts.append(dated_text(found, today))
    elif not item.common:
        parts.append(f"{item.participants}, {TEXT['no_common']}")
    else:
        parts.append(item.participants)
    if item.prepared_by:
        titles = joined(sorted(set(item.prepared_by)))
        parts.append(TEXT["prepared_by"].format(titles=titles))
    return " · ".join(parts)


def needs_date_lines(result: Upcoming) -> list[str]:
    """The "Mangler dato" part: a heading and one line per activity; none when empty."""
    if not result.needs_date:
        return []
    today = result.today
    return [TEXT["needs_date"], *(f"  {undated_line(item, today)}" for item in result.needs_date)]


def details(item: Item, today: date) -> list[tuple[str, str]]:
    """The labelled lines under an activity's headline; a line without a value is left out."""
    lines = [
        (TEXT["phase"], item.phase.meta.title),
        (TEXT["goal"], item.goal.title if item.goal else None),
        (TEXT["who"], item.participants),
        (TEXT["place"], item.occurrence.place),
        (TEXT["dates"], group_dates(item, today)),
        (TEXT["prep"], _one_line(item.activity.preparation)),
    ]
    return [(label, value) for label, value in lines if value]


def group_dates(item: Item, today: date) -> str | None:
    """'4 af 12 grupper har dato · næste: sparringsgruppe 3, tirs. 21. aug.' for an activity the
    groups hold for themselves (None when the groups share the activity's own day)."""
    found = item.group_dates
    if found is None or (item.occurrence.fixed and not item.activity.sessions):
        return None
    return dated_text(found, today)


def dated_text(found: Summary, today: date) -> str:
    text = TEXT["dated"].format(dated=found.dated, groups=found.groups)
    if found.next is not None:
        day = found.next.start.first.date()
        shown = dates.short_day(day, year=day.year != today.year)
        return f"{text} · " + TEXT["next_session"].format(group=found.next.group, day=shown)
    if found.dated:
        return f"{text} · " + TEXT["no_next_session"]
    return text


def warning(result: Upcoming, command: str) -> str | None:
    """One line for all activities without a date that may fall within four weeks: how many,
    and the command that lists them. None when there are none."""
    count = len(result.undated_soon)
    if not count:
        return None
    return TEXT["warning"].format(
        count=words.count(count, "aktivitet", "aktiviteter"), command=command
    )


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
    parts = [dates.describe_span(workshop.start, workshop.end)]
    if workshop.fixed:
        first = workshop.start.first.date()
        parts.append(dates.iso_week(first))
        parts.append(dates.relative_days(first, today))
    if workshop.place:
        parts.append(workshop.place)
    return {"when": " · ".join(parts), "title": workshop.title}


def empty_lines(result: Upcoming, filtered: bool, hint: str | None = TEXT["as_of"]) -> list[str]:
    """What to say when no activity is shown; `hint` (how to look from another day) last."""
    today = dates.short_day(result.today)
    if result.ahead and result.first_after_until is not None:
        first = result.first_after_until
        lines = [TEXT["none_until"].format(today=today, until=_until_text(result))]
        relative = first.relative(result.today) or first.status
        lines.append(
            TEXT["next_after"].format(
                title=first.activity.title, when=first.when_text, relative=relative
            )
        )
        return lines
    key = "nothing_filtered" if filtered and result.ahead_any else "nothing"
    lines = [TEXT[key].format(today=today)]
    if result.running is not None:
        meta = result.running.meta
        period = dates.period_words(meta.period.start, meta.period.end)
        lines.append(TEXT["running"].format(number=meta.number, title=meta.title, period=period))
    if result.last is not None:
        last = result.last
        ago = dates.relative_long_ago(last.occurrence.end.last.date(), result.today)
        lines.append(TEXT["last"].format(title=last.activity.title, when=last.when_text, ago=ago))
    if hint:
        lines.append(hint)
    return lines


def _until_text(result: Upcoming) -> str:
    return dates.short_day(result.until) if result.until else ""


def text_lines(result: Upcoming, filtered: bool, draft_display: str | None) -> Iterator[str]:
    """The plain-text answer, line by line (the warnings come from `warning_lines`)."""
    if result.step is not None:
        yield from leader_lines(result.step, draft_display or str(result.step.draft), result.today)
        yield ""
    elif result.group is not None:
        yield from group_lines(result.group, result.today)
        yield ""
    if not result.items and not result.needs_date:
        yield from empty_lines(result, filtered)
        return
    if not result.items:
        yield TEXT["no_dated"].format(today=dates.short_day(result.today))
    for index, item in enumerate(result.items):
        if index:
            yield ""
        yield headline(item, result.today)
        for label, value in details(item, result.today):
            yield f"  {label}: {value}"
    undated = needs_date_lines(result)
    if undated:
        yield ""
        yield from undated


def warning_lines(result: Upcoming, command: str) -> Iterator[str]:
    """The warning line (see `warning`), if any.

    Written to stderr, so on a terminal it stands above the list while piped output
    (`felles next | head -1`) stays the list itself.
    """
    line = warning(result, command)
    if line is not None:
        yield line


def as_json(result: Upcoming, timezone: str) -> str:
    import json
    from zoneinfo import ZoneInfo

    zone = ZoneInfo(timezone)
    today = result.today
    data = {
        "upcoming": [as_dict(item, zone, today) for item in result.items],
        "needs_date": [
            as_dict(item, zone, today)
            | {"common": item.common, "prepared_by": list(item.prepared_by)}
            for item in result.needs_date
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=2)


def as_dict(item: Item, zone: ZoneInfo, today: date | None = None) -> dict[str, Any]:
    activity, phase = item.activity, item.phase.meta
    start, end = item.occurrence.start, item.occurrence.end
    return {
        "id": activity.id,
        "title": activity.title,
        "type": activity.type,
        "phase": {"id": phase.id, "title": phase.title},
        "goal": {"id": item.goal.id, "title": item.goal.title} if item.goal else None,
        "start": iso(start, zone),
        "end": iso(end, zone),
        "precision": start.precision,
        "end_precision": end.precision,
        "when": item.when_text,
        "week": item.week,
        "days_until": item.days_until,
        "status": item.status,
        "participants": {"text": item.participants, "groups": list(item.groups)},
        "preparation": _one_line(activity.preparation),
        "prepares": _prepares(item),
        "place": item.occurrence.place,
        "group": item.occurrence.group,
        "sessions": _sessions(item.group_dates, zone, today),
    }


def _prepares(item: Item) -> dict[str, str] | None:
    target = item.activity.prepares
    if target is None or item.occurrence.prepares is None:
        return None
    return {"id": target, "title": item.occurrence.prepares}


def _sessions(found: Summary | None, zone: ZoneInfo, today: date | None) -> dict[str, Any] | None:
    if found is None:
        return None
    first = found.next
    upcoming = None
    if first is not None:
        upcoming = {
            "group": first.group,
            "start": iso(first.start, zone),
            "when": dates.describe_span(first.start, first.end),
        }
    return {
        "dated": found.dated,
        "groups": found.groups,
        "undated": list(found.undated),
        "next": upcoming,
    }


def iso(when: When, zone: ZoneInfo) -> str:
    """ISO 8601 at the content's own precision; a time carries its UTC offset."""
    if when.precision == "time":
        moment: datetime = when.first.replace(tzinfo=zone)
        return moment.isoformat(timespec="minutes")
    return when.text


def _one_line(text: str | None) -> str | None:
    return " ".join(text.split()) if text else None
