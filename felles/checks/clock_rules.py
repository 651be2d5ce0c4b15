"""The programme's time zone, and local times that do not exist or exist twice.

`timezone:` must name a real zone (E307): everything timed is read in it. A time
of day that the clock skips when summer time begins (2019-03-31 02:30 in
Europe/Copenhagen) does not exist (E308); one in the hour the clock repeats when
it ends (2018-10-28 02:30) happens twice, and a calendar has to guess which (W306).
Activities' `when`/`end` and the times of their agenda count.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, time, tzinfo

from felles import span_words
from felles.checks.common import at, file_display
from felles.content.kinds import PROGRAMME
from felles.content.load import Content
from felles.danish_days import clock, short_day
from felles.dates import parse_when
from felles.findings import Finding


def zone(name: str) -> tzinfo | None:
    """The time zone `name` (an IANA key such as Europe/Copenhagen), or None if there is none."""
    from zoneinfo import ZoneInfo

    try:
        return ZoneInfo(name)
    except Exception:  # ZoneInfoNotFoundError, ValueError, OSError: any bad name
        return None


def check(content: Content) -> Iterator[Finding]:
    programme = content.programme
    if programme is None:
        return
    found = zone(programme.timezone)
    if found is None:
        yield at(
            content,
            file_display(content, PROGRAMME.path),
            ("timezone",),
            "E307",
            zone=programme.timezone,
        )
        return
    for phase, index, activity in content.activities():
        loc = ("activities", index)
        for key in ("when", "end"):
            text = getattr(activity, key)
            try:
                when = parse_when(text) if text else None
            except ValueError:
                continue  # E304 from the date rules
            if when is not None and when.precision == "time":
                yield from _local(content, phase.display, (*loc, key), when.first, found)
        try:
            day = parse_when(activity.when)
        except ValueError:
            continue
        if not day.fixed:
            continue
        for i, item in enumerate(activity.agenda):
            for key in ("time", "end"):
                text = getattr(item, key)
                try:
                    moment = time.fromisoformat(text) if text else None
                except ValueError:
                    continue  # the model's pattern says TT:MM; a 25:00 is not a time
                if moment is not None:
                    local = datetime.combine(day.first.date(), moment)
                    where = (*loc, "agenda", i, key)
                    yield from _local(content, phase.display, where, local, found)


def _local(
    content: Content, display: str, loc: tuple[str | int, ...], moment: datetime, zone: tzinfo
) -> Iterator[Finding]:
    first = moment.replace(tzinfo=zone, fold=0)
    second = moment.replace(tzinfo=zone, fold=1)
    if first.utcoffset() == second.utcoffset():
        return
    words = span_words.TEXT["at"].format(day=short_day(moment.date()), clock=clock(moment))
    if first.astimezone(UTC).astimezone(zone).replace(tzinfo=None) != moment:
        yield at(content, display, loc, "E308", when=words)
    else:
        yield at(content, display, loc, "W306", when=words)
