"""The wheel's geometry: points, ring segments as SVG paths, and whether a box lies inside a
segment.

Angles are degrees clockwise from twelve o'clock. Coordinates are SVG user units in a
square `SIZE` × `SIZE` viewBox, centred on `CENTRE`.
"""

from __future__ import annotations

import math
from typing import Final

SIZE: Final = 800.0
CENTRE: Final = SIZE / 2


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
