"""A group's session kept inside its activity's window after a move: the session moves by
whole weeks, the window by whole months, so a session can land outside it; it then moves
a week at a time, its weekday kept, until it lies inside again.
"""

from __future__ import annotations

from datetime import timedelta

from felles.content.document import Loc
from felles.dates import parse_when


def keep_sessions_inside(values: dict[Loc, str]) -> None:
    """A group's session moved by whole weeks can leave its activity's window, which moved
    by whole months (a session on 30 November, moved a month and five weeks, lands on
    4 January): such a session moves a week at a time (its weekday kept) until it lies in
    the window again, its end with it. Up to five weeks either way; beyond that it is left
    for the rules to report."""
    for loc, text in list(values.items()):
        if len(loc) < 3 or loc[-1] != "when" or loc[-3] != "sessions":
            continue
        activity = loc[:-3]
        start = values.get((*activity, "when"))
        if start is None:
            continue
        try:
            first = parse_when(start).first
            last = parse_when(values.get((*activity, "end")) or start).last
            when = parse_when(text)
        except ValueError:
            continue
        if not when.fixed or first <= when.first <= last:
            continue
        step = -1 if when.first > last else 1
        for weeks in range(1, 6):
            moved_first = when.first + timedelta(weeks=step * weeks)
            if first <= moved_first <= last:
                session = loc[:-1]
                for key in ("when", "end"):
                    old = values.get((*session, key))
                    if old is not None and parse_when(old).fixed:
                        values[(*session, key)] = _weeks_later(old, step * weeks)
                break


def _weeks_later(text: str, weeks: int) -> str:
    when = parse_when(text)
    moment = when.first + timedelta(weeks=weeks)
    return f"{moment:%Y-%m-%d}" + (f" {moment:%H:%M}" if when.precision == "time" else "")
