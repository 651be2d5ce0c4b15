"""One activity of `felles next --format json` (and of `felles status`'s next 14 days) as
a JSON object:

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

from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from felles import span_words
from felles.dates import When
from felles.plan.upcoming import Item
from felles.render.upcoming_text import one_line

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

    from felles.plan.sessions import Summary


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
        "preparation": one_line(activity.preparation),
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
            "when": span_words.describe_span(first.start, first.end),
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
