"""The learning goals as a wheel: goals in the inner ring, their themes around them.

Geometry only, computed from however many goals and themes the content has: a
wheel of 2 goals or of 4 themes a goal draws as well as the shipped 3 × 3. Every
theme gets the same angle; a goal spans its themes (a goal without themes still
gets one theme's angle). Angles are degrees clockwise from twelve o'clock, the
first goal centred at the top. Coordinates are SVG user units in a square
`SIZE` × `SIZE` viewBox.

Labels are horizontal lines of text (the template writes one `<tspan>` a line).
`fit` tries font sizes from large to small and, for each, every way of breaking
the title into lines, and keeps the first text box that fits inside its ring
segment with a margin, moved along the segment's middle ray. Text width is
estimated from Helvetica/Arial metrics (the page asks for Arial, or Liberation
Sans, which has the same metrics); the browser test checks the result in
Chromium.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from felles.content.model import Goal

SIZE: Final = 800.0
CENTRE: Final = SIZE / 2
HUB: Final = 56.0  # the programme's name
GOAL_RING: Final = (HUB, 206.0)
THEME_RING: Final = (206.0, 394.0)
LINE_HEIGHT: Final = 1.18
# The square inside the goal ring where a hovered or focused segment's text shows.
DETAIL_SIDE: Final = round((GOAL_RING[1] - 8) * math.sqrt(2), 1)
# (goal fill, theme fill) a goal: white text on the first, dark text on the second (WCAG
# AA, at least 4.5:1; tests/test_site.py computes the ratios). In grey print the goals
# stay apart by lightness: neighbours differ by 8 or more in CIELAB L*, for any number of
# goals up to six (L* 20, 36, 48, 28, 44, 36; theme fills 90, 82, 74, 86, 80, 88).
PALETTE: Final = (
    ("#04334e", "#cee5fe"),
    ("#953516", "#f8bfac"),
    ("#4c7f2c", "#a5bd92"),
    ("#513378", "#e5cefb"),
    ("#047473", "#87d4d2"),
    ("#6e4f10", "#f6d8ae"),
)
GOAL_TEXT: Final = "#ffffff"
THEME_TEXT: Final = "#141414"
HUB_FILL: Final = "#ffffff"
HUB_TEXT: Final = "#141414"

# Advance widths in 1/1000 em (Helvetica AFM); anything else counts as WIDE.
_WIDTHS: Final = {
    191: "'",
    222: "ijl’‘",
    278: " \xa0!,./:;ftI",
    333: '()-r”“"',
    500: "cksvxyzJ",
    556: "abdeghnopqu0123456789å?–",
    611: "øFTZL",
    667: "ABEKPSVXYÅ",
    722: "CDHNRUw",
    778: "GOQØ",
    833: "mM",
    889: "æ",
    944: "W",
    1000: "Æ—",
}
_WIDTH_OF: Final = {char: width / 1000 for width, chars in _WIDTHS.items() for char in chars}
_WIDE: Final = 0.6
_SPACES: Final = re.compile(r"[^\S\xa0]+")
_BOLD: Final = 1.1  # bold advances are up to a tenth wider


@dataclass(frozen=True)
class Label:
    lines: tuple[str, ...]
    x: float
    y: float  # the middle of the text block
    size: float
    fits: bool  # False when even the smallest size overflows its segment

    @property
    def baselines(self) -> list[tuple[float, str]]:
        """(y of the baseline, text) for each line, the block centred on `y`."""
        step = self.size * LINE_HEIGHT
        top = self.y - step * len(self.lines) / 2
        # The baseline lies about 0.35 em below the middle of its line (half Arial's cap height).
        return [
            (round(top + step * (i + 0.5) + 0.35 * self.size, 1), t)
            for i, t in enumerate(self.lines)
        ]


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


def point(angle: float, radius: float) -> tuple[float, float]:
    """The point at `angle` degrees clockwise from twelve o'clock, `radius` from the centre."""
    rad = math.radians(angle)
    return CENTRE + radius * math.sin(rad), CENTRE - radius * math.cos(rad)


def _xy(x: float, y: float) -> str:
    return f"{x:.2f} {y:.2f}"


def sector_path(start: float, end: float, inner: float, outer: float) -> str:
    """An annular sector as an SVG path; a whole ring (360°) as two half arcs each way."""
    if end - start >= 360 - 1e-9:
        half = start + 180
        rings = [
            f"M {_xy(*point(start, r))} A {r} {r} 0 1 {sweep} {_xy(*point(half, r))} "
            f"A {r} {r} 0 1 {sweep} {_xy(*point(start, r))} Z"
            for r, sweep in ((outer, 1), (inner, 0))
            if r > 0
        ]
        return " ".join(rings)
    large = 1 if end - start > 180 else 0
    outer_arc = (
        f"M {_xy(*point(start, outer))} A {outer} {outer} 0 {large} 1 {_xy(*point(end, outer))}"
    )
    if inner <= 0:
        return f"{outer_arc} L {_xy(CENTRE, CENTRE)} Z"
    return (
        f"{outer_arc} L {_xy(*point(end, inner))} "
        f"A {inner} {inner} 0 {large} 0 {_xy(*point(start, inner))} Z"
    )


# --- labels ------------------------------------------------------------------------


def text_width(text: str, size: float, *, bold: bool = False) -> float:
    """Estimated advance width of `text` at font size `size`."""
    em = sum(_WIDTH_OF.get(char, _WIDE) for char in text)
    return em * size * (_BOLD if bold else 1.0)


def wrappings(text: str) -> list[tuple[str, ...]]:
    """Every useful way to break `text` into lines at spaces: the narrowest for 1, 2, … lines."""
    words = _SPACES.split(text.strip())  # any white space but a no-break space breaks
    if not words:
        return [("",)]
    spans = sorted(
        {
            text_width(" ".join(words[i:j]), 1)
            for i in range(len(words))
            for j in range(i + 1, len(words) + 1)
        }
    )
    found: dict[int, tuple[str, ...]] = {}
    for limit in spans:
        lines = _greedy(words, limit)
        found.setdefault(len(lines), lines)
    return [found[n] for n in sorted(found)]


def _greedy(words: list[str], limit: float) -> tuple[str, ...]:
    lines: list[str] = []
    for word in words:
        if lines and text_width(f"{lines[-1]} {word}", 1) <= limit + 1e-9:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return tuple(lines)


def fit(
    text: str,
    start: float,
    end: float,
    inner: float,
    outer: float,
    *,
    bold: bool = False,
    largest: float = 22,
    smallest: float = 11,
) -> Label:
    """The largest label for `text` that fits in the ring segment, as near its middle as can be.

    Sizes are whole numbers from `largest` down to `smallest`, searched by halving: a
    box that fits still fits when its text is smaller.
    """
    options = wrappings(text)

    def attempt(size: float) -> Label | None:
        for lines in options:
            width = max(text_width(line, size, bold=bold) for line in lines)
            height = len(lines) * size * LINE_HEIGHT
            centre = _place(width, height, size * 0.3, start, end, inner, outer)
            if centre is not None:
                return Label(lines, round(centre[0], 1), round(centre[1], 1), size, True)
        return None

    best = attempt(smallest)
    low, high = int(smallest) + 1, int(largest)
    while best is not None and low <= high:
        size = (low + high) // 2
        found = attempt(size)
        if found is None:
            high = size - 1
        else:
            best, low = found, size + 1
    if best is not None:
        return best
    x, y = point((start + end) / 2, (inner + outer) / 2 if end - start < 360 else 0)
    return Label(options[-1], round(x, 1), round(y, 1), smallest, False)


def _place(
    width: float,
    height: float,
    margin: float,
    start: float,
    end: float,
    inner: float,
    outer: float,
) -> tuple[float, float] | None:
    """A centre where the box fits in the segment, the nearest to the segment's middle."""
    if end - start >= 360 - 1e-9 and inner <= 0:
        candidates = [(CENTRE, CENTRE)]
    else:
        ring = (inner + outer) / 2 if end - start < 360 else 0.0
        middle = point((start + end) / 2, ring)
        grid = [
            point(start + (end - start) * a / 10, inner + (outer - inner) * r / 12)
            for a in range(1, 10)
            for r in range(13)
        ]
        candidates = sorted(grid, key=lambda p: math.dist(p, middle))
    for x, y in candidates:
        box = (
            x - width / 2 - margin,
            y - height / 2 - margin,
            x + width / 2 + margin,
            y + height / 2 + margin,
        )
        if inside(box, start, end, inner, outer):
            return x, y
    return None


def inside(
    box: tuple[float, float, float, float], start: float, end: float, inner: float, outer: float
) -> bool:
    left, top, right, bottom = (v - CENTRE for v in box)
    corners = [(left, top), (right, top), (right, bottom), (left, bottom)]
    if any(math.hypot(x, y) > outer for x, y in corners):
        return False
    if inner > 0:
        nearest = math.hypot(min(max(0.0, left), right), min(max(0.0, top), bottom))
        if nearest < inner:
            return False
    if end - start >= 360 - 1e-9:
        return True
    if end - start <= 180:
        return all(_between(x, y, start, end) for x, y in corners)
    # A wedge wider than a half circle is not convex: check points along the edges too.
    steps = [k / 8 for k in range(9)]
    edges = [(left + (right - left) * t, y) for t in steps for y in (top, bottom)] + [
        (x, top + (bottom - top) * t) for t in steps for x in (left, right)
    ]
    return all(_angle_in(x, y, start, end) for x, y in edges)


def _between(x: float, y: float, start: float, end: float) -> bool:
    """Inside a wedge of at most 180°: on the inner side of both of its edges."""
    sx, sy = math.sin(math.radians(start)), -math.cos(math.radians(start))
    ex, ey = math.sin(math.radians(end)), -math.cos(math.radians(end))
    return sx * y - sy * x >= 0 and x * ey - y * ex >= 0


def _angle_in(x: float, y: float, start: float, end: float) -> bool:
    angle = math.degrees(math.atan2(x, -y))
    return (angle - start) % 360 <= (end - start)
