"""The learning goals as a wheel: goals in the inner ring, their themes around them.

Geometry only, computed from however many goals and themes the content has: a
wheel of 2 goals or of 4 themes a goal draws as well as the shipped 3 × 3. Every
theme gets the same angle; a goal spans its themes (a goal without themes still
gets one theme's angle). Angles are degrees clockwise from twelve o'clock, the
first goal centred at the top. Coordinates are SVG user units in a square
`SIZE` × `SIZE` viewBox.

Apart: the rings and the wheel as data (wheel_shapes), the points and paths
(ring_geometry), the labels fitted into the segments (wheel_labels, measured by
label_metrics) and the colours (wheel_palette).
"""

from __future__ import annotations

from collections.abc import Sequence

from felles.content.model import Goal
from felles.render.ring_geometry import CENTRE, SIZE, sector_path
from felles.render.wheel_labels import Label, fit
from felles.render.wheel_palette import GOAL_TEXT, HUB_FILL, HUB_TEXT, PALETTE, THEME_TEXT
from felles.render.wheel_shapes import (
    DETAIL_SIDE,
    GOAL_RING,
    HUB,
    THEME_RING,
    GoalSegment,
    Segment,
    Wheel,
)


def layout(goals: Sequence[Goal], name: str) -> Wheel:
    """The wheel for these goals, with `name` (the programme's) in the hub.

    The first goal starts at twelve o'clock and the others follow clockwise. The
    labels of a ring share one font size: the largest that fits all of its segments.
    """
    slots = [max(1, len(goal.themes)) for goal in goals]
    step = 360 / max(sum(slots), 1)
    goal_spans: list[tuple[float, float]] = []
    theme_spans: list[tuple[float, float]] = []
    for goal, count in zip(goals, slots, strict=True):
        first = goal_spans[-1][1] if goal_spans else 0.0
        goal_spans.append((first, first + count * step))
        theme_spans += [(first + i * step, first + (i + 1) * step) for i in range(len(goal.themes))]
    goal_titles = [f"{goal.number}.\xa0{goal.title}" for goal in goals]
    goal_labels = _labels(goal_titles, goal_spans, GOAL_RING, bold=True)
    themes = [theme for goal in goals for theme in goal.themes]
    theme_labels = iter(_labels([t.title for t in themes], theme_spans, THEME_RING, bold=False))
    spans = iter(theme_spans)
    segments = []
    for index, goal in enumerate(goals):
        own = tuple(
            _segment(
                t.id, t.title, t.competency, next(spans), THEME_RING, next(theme_labels), index
            )
            for t in goal.themes
        )
        title, span, label = goal_titles[index], goal_spans[index], goal_labels[index]
        base = _segment(goal.id, title, goal.description, span, GOAL_RING, label, index)
        segments.append(GoalSegment(**vars(base), number=goal.number, themes=own))
    hub_label = fit(name, 0, 360, 0, HUB, bold=True, largest=26, smallest=10)
    return Wheel(
        SIZE, CENTRE, HUB, hub_label, HUB_FILL, HUB_TEXT, tuple(segments), GOAL_RING[1], DETAIL_SIDE
    )


def _labels(
    titles: list[str], spans: list[tuple[float, float]], ring: tuple[float, float], *, bold: bool
) -> list[Label]:
    """One label a segment, all in the largest size that fits every one of them."""
    first = [fit(t, *span, *ring, bold=bold) for t, span in zip(titles, spans, strict=True)]
    size = min((label.size for label in first), default=0)
    return [
        fit(t, *span, *ring, bold=bold, largest=size, smallest=size)
        for t, span in zip(titles, spans, strict=True)
    ]


def _segment(
    key: str,
    title: str,
    text: str,
    span: tuple[float, float],
    ring: tuple[float, float],
    label: Label,
    goal_index: int,
) -> Segment:
    strong, tint = PALETTE[goal_index % len(PALETTE)]
    fill, colour = (strong, GOAL_TEXT) if ring == GOAL_RING else (tint, THEME_TEXT)
    path = sector_path(*span, *ring)
    return Segment(
        key, title, text, path, label, fill, colour, round(span[0], 3), round(span[1], 3)
    )
