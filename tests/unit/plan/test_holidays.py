"""felles.plan.holidays gives exactly the `holidays` package's Danish days, 1900–2100."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from felles.plan import holidays as ours

holidays = pytest.importorskip("holidays")


@pytest.mark.parametrize("start", range(1900, 2101, 30))
def test_every_day_agrees_with_the_holidays_package(start: int) -> None:
    years = list(range(start, min(start + 30, 2101)))
    theirs = holidays.country_holidays(
        "DK", years=years, language="da", categories=("public", "optional")
    )
    day = date(years[0], 1, 1)
    while day.year <= years[-1]:
        assert ours.name(day) == theirs.get(day), day
        day += timedelta(days=1)


def test_known_easters() -> None:
    assert ours.easter(2019) == date(2019, 4, 21)
    assert ours.easter(2024) == date(2024, 3, 31)
    assert ours.easter(2038) == date(2038, 4, 25)  # the latest possible
    assert ours.easter(2285) == date(2285, 3, 22)  # the earliest possible
