"""The options that several commands share, and turning what was typed into values."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Annotated

import typer

from felles.errors import UsageError

DEFAULT_ZONE = "Europe/Copenhagen"

ContentOption = Annotated[
    Path | None,
    typer.Option(
        "--content",
        help="Indholdsmappen (ellers FELLES_CONTENT, nærmeste content/ "
        "eller programmet, der følger med).",
        show_default=False,
    ),
]
OutputOption = Annotated[
    Path | None,
    typer.Option(
        "--output",
        "-o",
        metavar="FIL",
        help="Skriv til filen i stedet for til skærmen.",
        show_default=False,
    ),
]
VerboseOption = Annotated[
    bool,
    typer.Option(
        "--verbose", "-v", help="Fortæl, hvilket indhold og hvilke skabeloner der blev læst."
    ),
]
GroupOption = Annotated[
    int | None,
    typer.Option(
        "--group",
        metavar="N",
        help="Kun aktiviteter for denne sparringsgruppe (nummer).",
        show_default=False,
    ),
]


def today(zone: str | None = None) -> date:
    """Today in the programme's time zone (Europe/Copenhagen if it names none, or a bad one)."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return datetime.now(ZoneInfo(zone or DEFAULT_ZONE)).date()
    except (ZoneInfoNotFoundError, ValueError):
        return datetime.now(ZoneInfo(DEFAULT_ZONE)).date()


def user_date(text: str | None, default: date) -> date:
    """A date the user typed (ISO, Danish, week), or `default` if none; U002 if unreadable."""
    if text is None:
        return default
    from felles.dates import OUT_OF_RANGE, parse_user_date

    try:
        return parse_user_date(text, default)
    except ValueError as error:
        if str(error) == OUT_OF_RANGE:
            raise UsageError("U006", {"value": text, "reason": OUT_OF_RANGE}) from None
        raise UsageError("U002", {"value": text}) from None
