"""felles.dates at the ends of its range (1 January 1900, 31 December 2999) and against
`datetime` and `calendar` for every day, month and week it reads."""

from __future__ import annotations

import calendar
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from felles import danish_days, dates, span_words, user_dates
from tests.helpers.run import Cli

FIRST, LAST = date(1900, 1, 1), date(2999, 12, 31)
ANY_DAY = st.dates(FIRST, LAST)


# text                 first                         last                              precision
WHEN_TABLE = [
    ("1900-01-01", datetime(1900, 1, 1), datetime(1900, 1, 1, 23, 59), "day"),
    ("2999-12-31", datetime(2999, 12, 31), datetime(2999, 12, 31, 23, 59), "day"),
    ("1900", datetime(1900, 1, 1), datetime(1900, 12, 31, 23, 59), "year"),
    ("2999", datetime(2999, 1, 1), datetime(2999, 12, 31, 23, 59), "year"),
    ("2999-12", datetime(2999, 12, 1), datetime(2999, 12, 31, 23, 59), "month"),
    ("1900-02", datetime(1900, 2, 1), datetime(1900, 2, 28, 23, 59), "month"),  # not a leap year
    ("2000-02", datetime(2000, 2, 1), datetime(2000, 2, 29, 23, 59), "month"),  # a leap year
    ("2018-11-08 12:00", datetime(2018, 11, 8, 12), datetime(2018, 11, 8, 12), "time"),
    ("1900-01-01 00:00", datetime(1900, 1, 1), datetime(1900, 1, 1), "time"),
    ("2999-12-31 23:59", datetime(2999, 12, 31, 23, 59), datetime(2999, 12, 31, 23, 59), "time"),
]


@pytest.mark.parametrize(("text", "first", "last", "precision"), WHEN_TABLE)
def test_a_content_date_by_hand(text: str, first: datetime, last: datetime, precision: str) -> None:
    when = dates.parse_when(text)
    assert (when.first, when.last, when.precision) == (first, last, precision)
    assert when.fixed is (precision in ("day", "time"))
    assert when.text == text


@pytest.mark.parametrize("text", ["1899-12-31", "1899", "3000-01-01", "3000", "3000-01"])
def test_a_content_date_outside_the_range_is_refused(text: str) -> None:
    with pytest.raises(ValueError, match="årstallet skal ligge mellem 1900 og 2999"):
        dates.parse_when(text)


@pytest.mark.parametrize(
    "text", ["2018-02-29", "2018-13", "2018-00", "2018-04-31", "2018-11-08 24:00"]
)
def test_a_date_not_in_the_calendar_is_refused(text: str) -> None:
    with pytest.raises(ValueError, match="datoen findes ikke i kalenderen"):
        dates.parse_when(text)


@given(st.integers(1900, 2999), st.integers(1, 12))
def test_a_months_last_day_is_calendars(year: int, month: int) -> None:
    when = dates.parse_when(f"{year:04d}-{month:02d}")
    assert when.last.day == calendar.monthrange(year, month)[1]
    assert (when.last.hour, when.last.minute) == (23, 59)


@given(ANY_DAY)
def test_every_day_reads_back_as_itself(day: date) -> None:
    assert dates.parse_when(day.isoformat()).first.date() == day
    assert user_dates.parse_user_date(day.isoformat(), FIRST) == day
    assert user_dates.parse_user_date(f"{day.day}.{day.month}.{day.year}", FIRST) == day
    assert dates.iso_week(day) == f"uge {day.isocalendar().week}"


@given(ANY_DAY)
def test_an_iso_week_means_its_monday(day: date) -> None:
    year, week, _ = day.isocalendar()
    monday = day - timedelta(days=day.weekday())
    if monday >= FIRST:
        assert user_dates.parse_user_date(f"{year}-W{week:02d}", FIRST) == monday
        assert user_dates.parse_user_date(f"uge {week} {year}", FIRST) == monday
        assert user_dates.parse_user_date(f"uge {week}", date(year, 6, 15)) == monday


# typed             today         meaning
USER_TABLE = [
    ("1.1.1900", date(2018, 1, 1), date(1900, 1, 1)),
    ("31.12.2999", date(2018, 1, 1), date(2999, 12, 31)),
    ("uge 1 2019", date(2018, 1, 1), date(2018, 12, 31)),  # week 1 of 2019 begins in 2018
    ("uge 53", date(2020, 6, 1), date(2020, 12, 28)),
    ("2018w45", date(2000, 1, 1), date(2018, 11, 5)),
    (" 2018-11-01 ", date(2000, 1, 1), date(2018, 11, 1)),
]


@pytest.mark.parametrize(("text", "today", "meaning"), USER_TABLE)
def test_a_typed_date_by_hand(text: str, today: date, meaning: date) -> None:
    assert user_dates.parse_user_date(text, today) == meaning
    assert user_dates.parse_user_date(text, lambda: today) == meaning


@pytest.mark.parametrize("text", ["31.12.1899", "1.1.3000", "3000-01-01", "uge 53 2018", "x"])
def test_a_typed_date_outside_the_range_or_calendar_is_refused(text: str) -> None:
    with pytest.raises(ValueError):
        user_dates.parse_user_date(text, date(2018, 1, 1))


# days from today   words
RELATIVE_TABLE = [
    (0, "i dag"),
    (1, "i morgen"),
    (-1, "i går"),
    (2, "om 2 dage"),
    (-2, "for 2 dage siden"),
    (7, "om 7 dage"),
    (400, "om 400 dage"),
]


@pytest.mark.parametrize(("days", "words"), RELATIVE_TABLE)
def test_days_from_today_in_words(days: int, words: str) -> None:
    today = date(2018, 6, 1)
    assert danish_days.relative_days(today + timedelta(days=days), today) == words


@pytest.mark.parametrize(
    ("as_of", "code"), [("1900-01-01", 0), ("2999-12-31", 0), ("1899-12-31", 2), ("3000-01-01", 2)]
)
def test_next_from_the_first_and_the_last_day_felles_reckons_with(
    cli: Cli, content: Path, as_of: str, code: int
) -> None:
    result = cli("next", "--as-of", as_of, "--content", content)
    assert result.code == code, result.output
    if code == 0 and as_of.startswith("1900"):
        # 1 January 1900 to 14 January 2027, the small programme's first seminar.
        assert "om 46399 dage · seminar · Seminar: Fælles retning" in result.out
    if code == 2:
        assert "årstallet skal ligge mellem 1900 og 2999" in result.err


# start                  end                    words
RANGE_TABLE = [
    ("2019-03", "2019-06", "marts – juni 2019"),
    ("2018-11", "2019-02", "november 2018 – februar 2019"),
    ("2018-11", "2018-11", "november 2018"),
    ("2019-02-22", "2019-02-22", "fre. 22. feb. 2019"),
    ("2999-12", "2999-12-31", "december 2999"),  # the end lies inside the start: one date
    ("1900-01-01", "1900-01-02", "man. 1. jan. 1900 – tirs. 2. jan. 1900"),
]


@pytest.mark.parametrize(("start", "end", "words"), RANGE_TABLE)
def test_a_range_in_words_by_hand(start: str, end: str, words: str) -> None:
    assert span_words.range_words(dates.parse_when(start), dates.parse_when(end)) == words


# start               end                  short words
SPAN_TABLE = [
    ("2019-02-22", "2019-02-22", "fre. 22. feb. 2019"),
    ("2018-11-08 12:00", "2018-11-08 12:00", "tors. 8. nov. 2018 kl. 12.00"),
    ("2018-12-03 09:00", "2018-12-03 11:30", "man. 3. dec. 2018 kl. 09.00–11.30"),
    ("2018-11-08 12:00", "2018-11-09 12:00", "tors. 8. nov. 2018 kl. 12.00 – fre. 9. nov. kl. 12.00"),  # noqa: E501
    ("2018-12-31 20:00", "2019-01-01 02:00", "man. 31. dec. 2018 kl. 20.00 – tirs. 1. jan. 2019 kl. 02.00"),  # noqa: E501
    ("2018-12-03", "2018-12-05", "man. 3. dec. 2018 – ons. 5. dec."),
    ("2018-09", "2018-09", "dato ikke fastlagt (september 2018)"),
    ("2018-06", "2018-11", "dato ikke fastlagt (juni – november 2018)"),
    ("2020", "2020", "dato ikke fastlagt (2020)"),
]  # fmt: skip


@pytest.mark.parametrize(("start", "end", "words"), SPAN_TABLE)
def test_a_span_in_words_by_hand(start: str, end: str, words: str) -> None:
    first, last = dates.span(start, end)
    assert span_words.describe_span(first, last) == words


def test_a_long_span_by_hand() -> None:
    first, last = dates.span("2018-11-08 12:00", "2018-11-09 12:00")
    assert span_words.describe_span(first, last, long=True) == (
        "torsdag den 8. november 2018 kl. 12.00 – fredag den 9. november 2018 kl. 12.00"
    )
    one = dates.parse_when("2018-11-08")
    assert span_words.describe_span(one, one, long=True) == "torsdag den 8. november 2018"
    assert dates.span("2018-11-08", None) == (one, one)


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("2019-02", "februar 2019"),
        ("2020", "2020"),
        ("2019-02-22 10:00", "fre. 22. feb. 2019 kl. 10.00"),
        (date(1900, 1, 1), "man. 1. jan. 1900"),
        (datetime(2999, 12, 31, 23, 59), "tirs. 31. dec. 2999 kl. 23.59"),
        ("snart", "snart"),
        ("2018-02-30", "2018-02-30"),
    ],
)
def test_a_date_as_written_in_words(value: object, words: str) -> None:
    assert span_words.text_words(value) == words


def test_a_period_in_words() -> None:
    assert span_words.period_words("2020", None) == "fra 2020"
    assert span_words.period_words("2019-03", "2019-06") == "marts – juni 2019"
    with pytest.raises(ValueError):
        span_words.period_words("2019-13", None)


def test_the_coming_week_53_skips_a_year_that_has_none() -> None:
    from felles.user_dates import coming_week

    # 2026 has a week 53 (Monday 28 December); 2025 has none, so from 2025 it is 2026's.
    assert date(2026, 12, 28).isocalendar()[:2] == (2026, 53)
    assert coming_week("uge 53", date(2025, 3, 1)) == date(2026, 12, 28)
    # From a day after 2026's week 53 has begun, neither 2027 nor 2028 has one: refused.
    with pytest.raises(ValueError):
        coming_week("uge 53", date(2027, 1, 5))
