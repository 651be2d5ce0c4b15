"""A survey summary (and a comparison of two rounds) as JSON; it only sees `aggregate`
results: figures for the forum as a whole.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from felles.survey.promise import MIN_RESPONDENTS
from felles.survey.summary_model import Comparison, Summary


def as_json(summary: Summary, comparison: Comparison | None) -> str:
    data: dict[str, Any] = {
        "minimum_respondents": MIN_RESPONDENTS,
        "round": _summary_json(summary if comparison is None else comparison.before),
    }
    if comparison is not None:
        data["compare"] = _summary_json(comparison.after)
        data["changes"] = [
            {**asdict(change), "delta": change.delta} for change in comparison.changes
        ]
    return json.dumps(data, ensure_ascii=False, indent=2)


def _summary_json(summary: Summary) -> dict[str, Any]:
    data = asdict(summary)
    data["response_rate"] = summary.response_rate
    data["suppressed_below"] = MIN_RESPONDENTS
    return data
