"""The words and figures every form of the survey report shares, in Danish: decimal comma,
percent, a signed change, »for få svar« for a suppressed figure, and the notes on example
data, a proposed questionnaire and unlinked rounds.
"""

from __future__ import annotations

from typing import Final

TOO_FEW: Final = "for få svar"
EXAMPLE_BANNER: Final = "EKSEMPELDATA: opdigtede svar, ikke rigtige besvarelser."
PROPOSAL: Final = (
    "Spørgsmålene og udsagnene er et forslag (survey.yaml: status: forslag), ikke forløbets "
    "egne formuleringer."
)
UNLINKED: Final = (
    "Runderne er anonyme og kobles ikke sammen: en ændring er forskellen mellem to "
    "runders svar, ikke nødvendigvis de samme lederes."
)


def number(value: float, decimals: int = 1) -> str:
    """3.456 → '3,5': Danish decimal comma, minus sign as '−'."""
    text = f"{value:.{decimals}f}".replace(".", ",")
    return text.replace("-", "−")


def percent(share: float) -> str:
    return f"{round(share * 100)} %"


def signed(value: float, kind: str) -> str:
    """+0,5 / −5 point / ±0,0: the change, rounded as it is shown."""
    if kind == "share":
        points = round(value * 100)
        sign = "+" if points > 0 else ("±" if points == 0 else "−")
        return f"{sign}{abs(points)} point"
    shown = round(value, 1)
    sign = "+" if shown > 0 else ("±" if shown == 0 else "−")
    return f"{sign}{number(abs(shown))}"


def figure(value: float | None, kind: str) -> str:
    if value is None:
        return TOO_FEW
    return percent(value) if kind == "share" else number(value)
