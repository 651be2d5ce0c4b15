"""felles.plan.holidays gives exactly the `holidays` package's Danish days, 1900–2100."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from felles.plan import holidays

holidays_package = pytest.importorskip("holidays")


@pytest.mark.parametrize("start", range(1900, 2101, 30))
def test_every_day_agrees_with_the_holidays_package(start: int) -> None:
    years = list(range(start, min(start + 30, 2101)))
    theirs = holidays_package.country_holidays(
        "DK", years=years, language="da", categories=("public", "optional")
    )
    day = date(years[0], 1, 1)
    while day.year <= years[-1]:
        assert holidays.name(day) == theirs.get(day), day
        day += timedelta(days=1)


def test_known_easters() -> None:
    assert holidays.easter(2019) == date(2019, 4, 21)
    assert holidays.easter(2024) == date(2024, 3, 31)
    assert holidays.easter(2038) == date(2038, 4, 25)  # the latest possible
    assert holidays.easter(2285) == date(2285, 3, 22)  # the earliest possible


@pytest.mark.parametrize("start", range(1990, 2061, 35))
def test_kind_sorts_the_packages_public_and_optional_days_and_the_klemmedag(start: int) -> None:
    years = list(range(start, start + 35))
    public = holidays_package.country_holidays(
        "DK", years=years, language="da", categories=("public",)
    )
    optional = holidays_package.country_holidays(
        "DK", years=years, language="da", categories=("optional",)
    )
    ascension = {day for day, name in public.items() if "Kristi himmelfartsdag" in name.split("; ")}
    klemmedage = {day + timedelta(days=1) for day in ascension}
    assert len(klemmedage) == len(years) and all(day.weekday() == 4 for day in klemmedage)
    day = date(years[0], 1, 1)
    while day.year <= years[-1]:
        found = holidays.kind(day, ())
        if day in public:  # with the day off it shares a day with, as `name` says it
            assert found == ("holiday", holidays.name(day)), day
            assert public[day] in str(holidays.name(day)).split("; ")
        elif day in optional:
            assert found is not None and found[0] == "day_off", day
            assert found[1] == optional[day][:1].lower() + optional[day][1:]
        elif day in klemmedage:
            assert found == ("day_off", "en klemmedag, fredagen efter Kristi himmelfartsdag")
        else:
            assert found is None, day
        day += timedelta(days=1)


def test_the_usual_school_holidays() -> None:
    assert holidays.kind(date(2018, 10, 16)) == ("school", "efterårsferie, uge 42")
    assert holidays.kind(date(2019, 2, 15)) == ("school", "vinterferie, uge 7")
    assert (
        holidays.kind(date(2019, 7, 1))
        == holidays.kind(date(2019, 7, 31))
        == ("school", "sommerferie")
    )
    assert holidays.kind(date(2019, 8, 1)) is None and holidays.kind(date(2019, 6, 28)) is None
    assert holidays.kind(date(2018, 12, 21)) == ("school", "juleferie")
    assert holidays.kind(date(2018, 12, 24)) == ("day_off", "juleaftensdag")  # the particular first
    assert holidays.kind(date(2019, 1, 2)) is None and holidays.kind(date(2018, 12, 20)) is None
