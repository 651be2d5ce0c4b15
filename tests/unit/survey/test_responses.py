"""felles.survey.responses: spreadsheet column letters."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from felles.survey.responses import column_letter


@given(st.integers(min_value=1, max_value=20_000))
def test_column_letters_count_like_a_spreadsheet(number: int) -> None:
    letters = column_letter(number)
    assert letters.isalpha() and letters.isupper()
    back = 0
    for letter in letters:
        back = back * 26 + ord(letter) - ord("A") + 1
    assert back == number
