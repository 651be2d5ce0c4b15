"""The stacked bars of the survey report's HTML page: each item's distribution in SVG units
(0–BAR_WIDTH), the colours of a scale, and the legend.
"""

from __future__ import annotations

from typing import Any, Final

from felles.survey.report_words import (
    number,
)
from felles.survey.summary_model import Item, Summary

# Light to dark: the order of a scale reads in grey print too.
PALETTE: Final = ("#deebf7", "#9ecae1", "#6baed6", "#3182bd", "#08519c", "#08306b")
BAR_WIDTH: Final = 300


def bar(entry: Item) -> dict[str, Any]:
    """The stacked bar of one item's distribution, in SVG units (0–BAR_WIDTH)."""
    if entry.distribution is None or entry.mean is None:
        return {
            "text": entry.text,
            "n": entry.n,
            "segments": [],
            "mean": None,
            "theme": entry.theme,
        }
    total = sum(count for _, count in entry.distribution) or 1
    x = 0.0
    segments = []
    colours = _colours(len(entry.distribution))
    for (label, count), colour in zip(entry.distribution, colours, strict=True):
        width = BAR_WIDTH * count / total
        segments.append(
            {
                "x": round(x, 2),
                "width": round(width, 2),
                "colour": colour,
                "label": label,
                "count": count,
            }
        )
        x += width
    return {
        "text": entry.text,
        "n": entry.n,
        "segments": segments,
        "mean": number(entry.mean),
        "theme": entry.theme,
    }


def _colours(count: int) -> list[str]:
    if count <= len(PALETTE):
        step = (len(PALETTE) - 1) / max(count - 1, 1)
        return [PALETTE[round(i * step)] for i in range(count)]
    return [PALETTE[min(i * len(PALETTE) // count, len(PALETTE) - 1)] for i in range(count)]


def legend(summary: Summary) -> list[list[dict[str, str]]]:
    legends = []
    for items in ([i for g in summary.goals for i in g.items], summary.external):
        shown = next((i for i in items if i.distribution), None)
        if shown is not None and shown.distribution is not None:
            colours = _colours(len(shown.distribution))
            legends.append(
                [
                    {"label": label, "colour": colour}
                    for (label, _), colour in zip(shown.distribution, colours, strict=True)
                ]
            )
    return legends
