"""The labels on the wheel's ring segments: horizontal lines of text (the template writes
one `<tspan>` a line). `fit` tries font sizes from large to small and, for each, every way
of breaking the title into lines (label_metrics), and keeps the first text box that fits
inside its ring segment with a margin (ring_geometry), moved along the segment's middle ray."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Final

from felles.render.label_metrics import text_width, wrappings
from felles.render.ring_geometry import CENTRE, inside, point

LINE_HEIGHT: Final = 1.18


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
