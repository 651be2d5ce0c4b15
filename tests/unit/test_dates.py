"""Danish dates: the short forms are exactly what Babel writes for da_DK."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from babel.dates import format_date, format_skeleton, format_time, format_timedelta
from hypothesis import given
from hypothesis import strategies as st

from felles import danish_days, dates, span_words

DAYS = [date(2017, 1, 1) + timedelta(days=n) for n in range(0, 365 * 4)]


def test_short_forms_are_babels_for_four_years_of_days() -> None:
    for day in DAYS:
        assert danish_days.short_day(day) == format_skeleton("yMMMEd", day, locale="da_DK")
        assert danish_days.short_day(day, year=False) == format_skeleton(
            "MMMEd", day, locale="da_DK"
        )
        assert danish_days.month_name(day) == format_date(day, "LLLL y", locale="da_DK")


@given(st.times())
def test_clock_is_babels(moment: time) -> None:
    assert danish_days.clock(moment) == format_time(moment, "short", locale="da_DK")


@given(st.integers(min_value=-5000, max_value=5000))
def test_relative_days_are_babels_in_days(days: int) -> None:
    today = date(2018, 11, 1)
    text = danish_days.relative_days(today + timedelta(days=days), today)
    if days in (-1, 0, 1):
        assert text == {-1: "i går", 0: "i dag", 1: "i morgen"}[days]
    else:
        assert text == format_timedelta(
            timedelta(days=days),
            granularity="day",
            threshold=10**6,
            add_direction=True,
            locale="da_DK",
        )


def test_the_issue_examples() -> None:
    start = dates.parse_when("2018-11-08 12:00")
    end = dates.parse_when("2018-11-09 12:00")
    assert (
        span_words.describe_span(start, end)
        == "tors. 8. nov. 2018 kl. 12.00 – fre. 9. nov. kl. 12.00"
    )
    assert span_words.describe_span(start, end, long=True) == (
        "torsdag den 8. november 2018 kl. 12.00 – fredag den 9. november 2018 kl. 12.00"
    )
    assert danish_days.relative_days(date(2018, 11, 8), date(2018, 11, 1)) == "om 7 dage"
    assert dates.iso_week(date(2018, 11, 8)) == "uge 45"
    september = dates.parse_when("2018-09")
    assert span_words.describe_span(september, september) == "dato ikke fastlagt (september 2018)"
    assert datetime(2018, 1, 1) < september.first
