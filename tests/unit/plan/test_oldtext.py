"""felles.plan.oldtext: every way the content writes a date of the old period is found, and
nothing else."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from felles.danish_days import MONTHS
from felles.plan.oldtext import found_in
from felles.plan.prose_scan import scan

YEARS = frozenset({2018, 2019, 2020})


@given(st.dates(date(2018, 1, 1), date(2020, 12, 31)), st.sampled_from(["d. ", "den ", ""]))
def test_a_day_in_words_is_found(day: date, lead: str) -> None:
    words = f"{day.day}. {MONTHS[day.month - 1]} {day.year}"
    assert found_in(f"Mødet {lead}{words} kl. 12", YEARS) == [words]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("seminar 8.–9. november 2018, kl. 12 til kl. 12", ["8.–9. november 2018"]),
        ("i sommeren 2018 udviklede", ["sommeren 2018"]),
        ("*Juni 2018 – november 2018*", ["Juni 2018", "november 2018"]),
        ("fra 2018 – 2020 haft", ["2018", "2020"]),
        ("den 22. feb. og 8. nov 2018", ["22. feb.", "8. nov 2018"]),
        ("dato: 2018-06-08", ["2018-06-08"]),
        ("Vision 2030 og 12 ledere i november", []),  # not the old period, no date
        ("fre. 3. sep. 2027", []),  # the new period
    ],
)
def test_the_forms_the_content_uses(text: str, found: list[str]) -> None:
    assert found_in(text, YEARS) == found


def test_comments_and_date_fields_are_not_prose() -> None:
    text = (
        "---\n"
        "# The seed says 8. juni 2018.\n"
        "activities:\n"
        "  - id: x\n"
        "    title: Møde d. 8. juni 2018  # as in the seed, 2018\n"
        '    when: "2018-06-08"\n'
        "    purpose: >-\n"
        "      Start på seminaret\n"
        "      i sommeren 2019.\n"
        "---\n"
        "Tekst <!-- skrevet i 2018 --> om juni 2019.\n"
    )
    assert list(scan(text, True, YEARS)) == [
        (5, "8. juni 2018", "titlen"),
        (9, "sommeren 2019", "formålet"),
        (11, "juni 2019", "fasens tekst"),
    ]
