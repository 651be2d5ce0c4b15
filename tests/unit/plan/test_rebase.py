"""felles.plan.rebase: dates moved by whole months keep their order, at every precision.

A month- or year-precise end that lies before a start stays before it after any move: a year
moved by months that are not whole years becomes a month (its first month for a start, its
last for an end) instead of being rounded into its neighbour's period.
"""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from felles.dates import parse_when
from felles.plan.rebase import Shift, landing_target, moved, shift_between


@st.composite
def month_or_year(draw: st.DrawFn) -> str:
    year = draw(st.integers(2000, 2100))
    if draw(st.booleans()):
        return f"{year:04d}"
    return f"{year:04d}-{draw(st.integers(1, 12)):02d}"


@given(month_or_year(), month_or_year(), st.integers(-600, 600))
def test_an_end_before_a_start_stays_before_it(end: str, start: str, months: int) -> None:
    if not parse_when(end).last < parse_when(start).first:
        return
    shift = Shift(months, 0)
    new_end, new_start = moved(end, shift, end=True), moved(start, shift)
    assert parse_when(new_end).last < parse_when(new_start).first, (new_end, new_start)


@given(month_or_year(), st.integers(-50, 50))
def test_whole_years_keep_a_year_a_year(text: str, years: int) -> None:
    new = moved(text, Shift(12 * years, 0))
    assert len(new) == len(text)
    assert parse_when(new).first.year == parse_when(text).first.year + years


@given(st.dates(date(2000, 1, 1), date(2100, 1, 1)), st.dates(date(2000, 1, 1), date(2100, 1, 1)))
def test_the_first_day_lands_on_the_start_or_the_next_day_with_its_weekday(
    first: date, start: date
) -> None:
    shift = shift_between(parse_when("2018-06"), parse_when(start.isoformat()), first)
    landed = date.fromordinal(first.toordinal() + 7 * shift.weeks)
    assert landed.weekday() == first.weekday()
    assert 0 <= (landed - start).days < 7


@given(st.dates(date(2000, 1, 1), date(2100, 1, 1)), st.integers(-600, 600))
def test_a_month_start_lands_on_the_same_day_of_the_month_or_just_after(
    first: date, months: int
) -> None:
    index = first.year * 12 + first.month - 1 + months
    month = f"{index // 12:04d}-{index % 12 + 1:02d}"
    target = landing_target(first, parse_when(month), months)
    assert target.strftime("%Y-%m") == month
    assert target.day == first.day or target.day < first.day  # the month's last day
