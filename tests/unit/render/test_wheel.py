"""felles.render.wheel: the ring segments and their fitted labels, for any goals and themes."""

from __future__ import annotations

import math
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from felles.content.model import Goal, Theme
from felles.render import (
    label_metrics,
    ring_geometry,
    wheel,
    wheel_labels,
    wheel_palette,
    wheel_shapes,
)
from tests.helpers.colour import contrast, lightness


@pytest.mark.parametrize("count", range(2, len(wheel_palette.PALETTE) + 1))
def test_neighbouring_goals_differ_in_grey(count: int) -> None:
    fills = [strong for strong, _ in wheel_palette.PALETTE[:count]]
    for first, second in zip(fills, fills[1:] + fills[:1], strict=True):
        assert abs(lightness(first) - lightness(second)) >= 8, (first, second)
    for strong, tint in wheel_palette.PALETTE:
        assert contrast(strong, wheel_palette.GOAL_TEXT) >= 4.5
        assert contrast(tint, wheel_palette.THEME_TEXT) >= 4.5


TITLE_WORDS = ["Ledelse", "på", "tværs", "samskabelse", "og", "data", "Opfølgning", "i", "praksis"]


NUMBER = re.compile(r"-?\d+(?:\.\d+)?(?:e-?\d+)?|nan|inf", re.IGNORECASE)


@settings(max_examples=25, deadline=None)
@given(
    themes=st.lists(st.integers(min_value=1, max_value=5), min_size=1, max_size=6),
    title=st.lists(st.sampled_from(TITLE_WORDS), min_size=1, max_size=5).map(" ".join),
)
def test_the_wheel_covers_the_circle_for_any_goals_and_themes(
    themes: list[int], title: str
) -> None:
    goals = [
        Goal(f"maal-{g}", g + 1, f"{title} {g}", "Ledere, der …",
             [Theme(f"tema-{g}-{t}", f"{title} {t}", "Kompetence.") for t in range(count)])
        for g, count in enumerate(themes)
    ]  # fmt: skip
    drawn = wheel.layout(goals, "Et program")
    assert len(drawn.goals) == len(goals)
    assert drawn.goals[0].start == 0 and drawn.goals[-1].end == pytest.approx(360)
    for before, after in zip(drawn.goals, drawn.goals[1:], strict=False):
        assert before.end == pytest.approx(after.start)
    for goal, count in zip(drawn.goals, themes, strict=True):
        assert len(goal.themes) == count
        assert goal.themes[0].start == pytest.approx(goal.start)
        assert goal.themes[-1].end == pytest.approx(goal.end)
        sizes = {theme.end - theme.start for theme in goal.themes}
        assert max(sizes) - min(sizes) < 0.01
    segments = [s for goal in drawn.goals for s in (goal, *goal.themes)]
    for segment in segments:
        numbers = [float(n) for n in NUMBER.findall(segment.path)]
        assert numbers and all(math.isfinite(n) for n in numbers), segment.path
        assert min(numbers) >= 0 and max(numbers) <= ring_geometry.SIZE
        assert " ".join(segment.label.lines).replace("\xa0", " ") == segment.title.replace(
            "\xa0", " "
        )
    # A goal's number stays on the line with the first word of its title.
    assert all(
        g.label.lines[0].startswith(f"{g.number}.\xa0{title.split()[0]}") for g in drawn.goals
    )
    # One size a ring, and every label that fits lies inside its segment.
    assert len({t.label.size for g in drawn.goals for t in g.themes}) == 1
    assert len({g.label.size for g in drawn.goals}) == 1
    for goal in drawn.goals:
        rings = [(goal, wheel_shapes.GOAL_RING)] + [
            (t, wheel_shapes.THEME_RING) for t in goal.themes
        ]
        for segment, ring in rings:
            label = segment.label
            if label.fits:
                bold = ring == wheel_shapes.GOAL_RING
                width = max(
                    label_metrics.text_width(line, label.size, bold=bold) for line in label.lines
                )
                height = len(label.lines) * label.size * wheel_labels.LINE_HEIGHT
                box = (label.x - width / 2, label.y - height / 2,
                       label.x + width / 2, label.y + height / 2)  # fmt: skip
                assert ring_geometry.inside(box, segment.start, segment.end, *ring)
