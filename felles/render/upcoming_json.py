"""`felles next --format json`: the upcoming activities and those that need a date.

It is an object of two lists, in the order the text shows them:
`{"upcoming": [...], "needs_date": [...]}`. `upcoming` holds the dated occurrences in
time order (an activity for all, or one group's own session), `needs_date` the
activities without a day whose window is open (see plan/upcoming.py), each with
`"common": true` when a coordinator gives it its date (an activity for all, or the
groups' own sessions) and `"prepared_by"`, the undated steps that lead to it. Each
object is `upcoming_item_json.as_dict`'s.
"""

from __future__ import annotations

from felles.plan.upcoming import Upcoming
from felles.render import upcoming_item_json


def as_json(result: Upcoming, timezone: str) -> str:
    import json
    from zoneinfo import ZoneInfo

    zone = ZoneInfo(timezone)
    today = result.today
    data = {
        "upcoming": [upcoming_item_json.as_dict(item, zone, today) for item in result.items],
        "needs_date": [
            upcoming_item_json.as_dict(item, zone, today)
            | {"common": item.common, "prepared_by": list(item.prepared_by)}
            for item in result.needs_date
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=2)
