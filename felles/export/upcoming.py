"""`felles next` as plain lines and as JSON (the Rich table lives in felles/cli/next.py).

Plain text is what a pipe, a file or `NO_COLOR` gets: uncoloured, unwrapped, one
block per activity. The first line of a block is the date, week, distance, type
and title joined by " · "; indented lines follow with phase, learning goal,
participants and preparation. Warnings ("Advarsel: …") come above the list.

JSON (`--format json`) is a stable list, one object per activity, in date order:

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
      "participants": {"text": "hele SLF", "groups": [1, 2, …, 12]},
      "preparation": "…" | null
    }

`groups` are the sparring groups concerned (every group when all take part).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Final

from felles import dates, words
from felles.dates import When
from felles.plan.upcoming import Item, LeaderStep, Upcoming
from felles.words import joined

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

NONE: Final = "–"

# User-facing words of this module (Danish), in one place.
TEXT: Final = {
    "phase": "Fase",
    "goal": "Læringsmål",
    "who": "Deltagere",
    "prep": "Forberedelse",
    "warning": (
        "Advarsel: {count} uden fast dato kan falde inden for de næste fire uger; "
        "se dem med: {command}"
    ),
    "leader": "{name} · sparringsgruppe {group}{mates}",
    "mates": " (sammen med {names})",
    "draft_none": "Ledelsesgrundlag: intet udkast endnu ({path})",
    "draft": "Ledelsesgrundlag: status »{status}« ({path})",
    "next_step": "Næste skridt: {step}",
    "workshop": "Gruppens næste workshop: {when} · {title}",
    "no_workshop": "Gruppens næste workshop: ingen flere workshops i forløbet",
    "nothing": "Forløbet har ingen aktiviteter fra {today} og frem.",
    "running": "Fase {number} »{title}« løber {period}; der er ingen aktiviteter planlagt.",
    "nothing_filtered": "Ingen aktiviteter fra {today} og frem passer til det valgte.",
    "last": "Den sidste aktivitet med fast dato var »{title}«, {when} – {ago}.",
    "as_of": "Se forløbet fra en anden dato med fx: felles next --as-of 2018-06-01",
    "none_until": "Ingen aktiviteter fra {today} til og med {until}.",
    "next_after": "Den næste er »{title}«, {when} ({relative}).",
    "title": "Kommende aktiviteter fra {today}",
}


def headline(item: Item, today: date) -> str:
    """'tors. 8. nov. 2018 kl. 12.00 – … · uge 45 · om 7 dage · seminar · Titel'."""
    parts = [item.when_text, item.week_text, item.relative(today), item.activity.type]
    return " · ".join(part for part in parts if part) + " · " + item.activity.title


def details(item: Item) -> list[tuple[str, str]]:
    """The labelled lines under an activity's headline; a line without a value is left out."""
    lines = [
        (TEXT["phase"], item.phase.meta.title),
        (TEXT["goal"], item.goal.title if item.goal else None),
        (TEXT["who"], item.participants),
        (TEXT["prep"], _one_line(item.activity.preparation)),
    ]
    return [(label, value) for label, value in lines if value]


def warning(result: Upcoming, command: str) -> str | None:
    """One line for all activities without a date that may fall within four weeks: how many,
    and the command that lists them. None when there are none."""
    count = len(result.undated_soon)
    if not count:
        return None
    return TEXT["warning"].format(
        count=words.count(count, "aktivitet", "aktiviteter"), command=command
    )


def leader_lines(step: LeaderStep, display_path: str) -> list[str]:
    mates = TEXT["mates"].format(names=joined(step.group_mates)) if step.group_mates else ""
    lines = [TEXT["leader"].format(name=step.name, group=step.group, mates=mates)]
    if step.status is None:
        lines.append(TEXT["draft_none"].format(path=display_path))
    else:
        lines.append(TEXT["draft"].format(status=step.status, path=display_path))
    lines.append(TEXT["next_step"].format(step=step.next_step))
    if step.workshop is None:
        lines.append(TEXT["no_workshop"])
    else:
        lines.append(
            TEXT["workshop"].format(
                when=step.workshop.when_text, title=step.workshop.activity.title
            )
        )
    return lines


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
        yield from leader_lines(result.step, draft_display or str(result.step.draft))
        yield ""
    if not result.items:
        yield from empty_lines(result, filtered)
        return
    for index, item in enumerate(result.items):
        if index:
            yield ""
        yield headline(item, result.today)
        for label, value in details(item):
            yield f"  {label}: {value}"


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
    return json.dumps([as_dict(item, zone) for item in result.items], ensure_ascii=False, indent=2)


def as_dict(item: Item, zone: ZoneInfo) -> dict[str, Any]:
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
    }


def iso(when: When, zone: ZoneInfo) -> str:
    """ISO 8601 at the content's own precision; a time carries its UTC offset."""
    if when.precision == "time":
        moment: datetime = when.first.replace(tzinfo=zone)
        return moment.isoformat(timespec="minutes")
    return when.text


def _one_line(text: str | None) -> str | None:
    return " ".join(text.split()) if text else None
