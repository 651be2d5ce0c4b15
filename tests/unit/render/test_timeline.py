"""felles.render.timeline: dates as percentages of one time axis."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from felles.render.timeline_axis import Axis


@given(days=st.lists(st.integers(min_value=0, max_value=944), min_size=2, max_size=20))
def test_axis_positions_stay_on_the_axis_and_in_order(days: list[int]) -> None:
    axis = Axis(date(2018, 6, 1), date(2020, 12, 31))
    positions = [axis.at(date.fromordinal(axis.first.toordinal() + d)) for d in sorted(days)]
    assert all(0 <= p < 100 for p in positions)
    assert positions == sorted(positions)
