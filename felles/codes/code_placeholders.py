"""The stand-ins for one code's parameters in `--explain`: the common words (placeholders),
except where one name means something else in one message."""

from typing import Final

from felles.codes.placeholders import WORDS

# Where one name means something else in one message.
OVERRIDES: Final[dict[str, dict[str, str]]] = {
    "E105": {"first": "LINJE"},
    "E112": {"what": "INDHOLDET", "found": "EN LISTE ELLER TEKST"},
    "E203": {"expected": "TYPE", "found": "TYPE"},
    "E301": {"other": "FIL"},
    "E310": {"first": "LINJE"},
    "E312": {"groups": "N"},
    "E313": {"expected": "FILNAVN"},
    "E315": {"first": "LEDER", "second": "LEDER"},
    "E350": {"title": "FASE", "phase": "PERIODE"},
    "E403": {"other": "FIL"},
    "E404": {"expected": "FILNAVN"},
    "E617": {"first": "N"},
    "U034": {"what": "PROBLEM"},
    "U037": {"first": "FEJL"},
    "U066": {"other": "FORLØB"},
    "W302": {"other": "N"},
    "W308": {"other": "AKTIVITET"},
    "W309": {"role": "BESØGER INGEN"},
    "W310": {"other": "FIL:LINJE"},
    "W327": {"found": "EN DATO"},
    "W503": {"other": "AKTIVITET"},
    "W510": {"holiday": "FERIE"},
    "W511": {"holiday": "FRIDAG"},
}


def words(code: str) -> dict[str, str]:
    """The stand-ins for one code's parameters."""
    return {**WORDS, **OVERRIDES.get(code, {})}
