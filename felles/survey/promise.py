"""What felles promises leaders about their answers: the one place these sentences live.

Every sentence here must stay true of the code: `tests/unit/survey/test_promise.py`
holds each one against what `survey import` stores and what the report shows. Say
nothing here that the store does not do (no codes, keys or pseudonyms: felles keeps none).
"""

from __future__ import annotations

from typing import Final

# Fewer respondents than this: a figure is not shown. The promise sets it; the
# aggregation (survey/aggregate.py) and the report obey it.
MIN_RESPONDENTS: Final = 5

# The promise printed on the questionnaire, sentence by sentence (form_sentences).
TEXT: Final = {
    "no_names": "Dine svar gemmes kun som samlede tal uden navne.",
    "shown": "Resultaterne vises kun for {forum} samlet og aldrig, når færre end {minimum} "
    "har svaret.",
    "collector": "Den, der samler skemaerne ind, kan se, hvem der har svaret hvad, indtil "
    "svarene er indlæst, og svarfilen er slettet.",
    "deleted": "De samlede tal slettes, når forløbet afsluttes.",
}

_NUMBER_WORDS = {
    2: "to",
    3: "tre",
    4: "fire",
    5: "fem",
    6: "seks",
    7: "syv",
    8: "otte",
    9: "ni",
    10: "ti",
}


def minimum_words() -> str:
    """The suppression threshold as a Danish word ("fem")."""
    return _NUMBER_WORDS.get(MIN_RESPONDENTS, str(MIN_RESPONDENTS))


def form_sentences(forum: str) -> list[str]:
    """The promise printed on the questionnaire, for the leader who answers it."""
    return [
        TEXT["no_names"],
        TEXT["shown"].format(forum=forum, minimum=minimum_words()),
        TEXT["collector"],
        TEXT["deleted"],
    ]
