"""The wheel as data the site's template draws: its rings, a segment of a ring with its
label and colours, a goal's segment with its themes, and the whole wheel."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Final

from felles.render.wheel_labels import LINE_HEIGHT, Label

HUB: Final = 56.0  # the programme's name
GOAL_RING: Final = (HUB, 206.0)
THEME_RING: Final = (206.0, 394.0)
# The square inside the goal ring where a hovered or focused segment's text shows.
DETAIL_SIDE: Final = round((GOAL_RING[1] - 8) * math.sqrt(2), 1)


@dataclass(frozen=True)
class Segment:
    id: str
    title: str
    text: str  # what the segment stands for: a goal's description, a theme's competency
    path: str  # the SVG path of the ring segment
    label: Label
    fill: str
    colour: str  # of the label
    start: float  # degrees
    end: float

    @property
    def detail_size(self) -> float:
        """Font size of the hover text: title and text fill about 70 % of the DETAIL_SIDE square."""
        chars = len(self.title) + len(self.text) + 30  # the title's own line
        size = math.sqrt(DETAIL_SIDE**2 * 0.7 / (chars * 0.56 * LINE_HEIGHT))
        return round(min(20.0, max(10.0, size)), 1)


@dataclass(frozen=True)
class GoalSegment(Segment):
    number: int
    themes: tuple[Segment, ...]


@dataclass(frozen=True)
class Wheel:
    size: float
    centre: float
    hub: float
    hub_label: Label
    hub_fill: str
    hub_colour: str
    goals: tuple[GoalSegment, ...]
    detail_radius: float  # the disc that shows a hovered segment's text
    detail_side: float  # the square inside it that holds the text
