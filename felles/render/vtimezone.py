"""A VTIMEZONE that Outlook reads right: one STANDARD and one DAYLIGHT, each with an RRULE.

icalendar's `Timezone.from_tzid` writes the zone's history as RDATE lists with the
onset in the new offset (03:00). Outlook desktop is known to misread that form for
Central European zones (summer events an hour off). Calendars agree on the form
Outlook and Exchange write themselves: a yearly rule, "the last Sunday of March at
02:00 local time", for each of the two observances.

The rule is read from the zone itself (zoneinfo) for the years the calendar uses, so
it holds for any zone whose changes follow "the n-th (or last) weekday of a month";
a zone without summer time gets a STANDARD alone. A zone whose changes follow no such
rule in those years gets icalendar's own, exact form instead (`None` here). The changes
are clock_changes'.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from felles.render.clock_changes import rule_day, year_changes

_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_EPOCH_YEAR = 1970  # where the observances begin, as Google and Apple write them


def _offset(delta: timedelta) -> str:
    minutes = int(delta.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"{sign}{abs(minutes) // 60:02d}{abs(minutes) % 60:02d}"


def vtimezone(tzid: str, years: range) -> list[str] | None:
    """The VTIMEZONE's lines for `tzid` over `years`; None when no yearly rule describes it."""
    zone = ZoneInfo(tzid)
    per_year = [year_changes(zone, year) for year in years]
    first = per_year[0]
    same_rule = [(c.month, c.weekday, c.ordinal, c.local.time()) for c in first]
    for year, changes in zip(years, per_year, strict=True):
        if [(c.month, c.weekday, c.ordinal, c.local.time()) for c in changes] != same_rule:
            return None
        if any(rule_day(year, c) != c.local.date() for c in changes):
            return None
    lines = ["BEGIN:VTIMEZONE", f"TZID:{tzid}"]
    if not first:
        offset = datetime(years.start, 7, 1, tzinfo=zone).utcoffset() or timedelta(0)
        name = datetime(years.start, 7, 1, tzinfo=zone).tzname() or tzid
        lines += [
            "BEGIN:STANDARD",
            f"DTSTART:{_EPOCH_YEAR}0101T000000",
            f"TZOFFSETFROM:{_offset(offset)}",
            f"TZOFFSETTO:{_offset(offset)}",
            f"TZNAME:{name}",
            "END:STANDARD",
        ]
    elif len(first) != 2:
        return None
    for change in first:
        kind = "DAYLIGHT" if change.offset_to > change.offset_from else "STANDARD"
        onset = datetime.combine(rule_day(_EPOCH_YEAR, change), change.local.time())
        ordinal = str(change.ordinal)
        lines += [
            f"BEGIN:{kind}",
            f"DTSTART:{onset:%Y%m%dT%H%M%S}",
            f"RRULE:FREQ=YEARLY;BYMONTH={change.month};BYDAY={ordinal}{_WEEKDAYS[change.weekday]}",
            f"TZOFFSETFROM:{_offset(change.offset_from)}",
            f"TZOFFSETTO:{_offset(change.offset_to)}",
            f"TZNAME:{change.name}",
            f"END:{kind}",
        ]
    return [*lines, "END:VTIMEZONE"]
