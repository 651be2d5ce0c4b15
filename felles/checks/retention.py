"""W601: the programme (or the survey's `delete_after`) has ended, and survey data remain.

The answers "slettes, når forløbet afsluttes". The rule looks at the data folder
only once the end has passed; the CLI hands it the folder the survey commands would
use (`felles.survey.data_place.DataFolder`), so this layer never opens a database itself.
Whatever state the folder is in (unreadable, a file, a name too long, damaged data),
the rule gives a finding or none, never an exception: a folder that cannot be looked
into may hold data, so it is reported as unreadable.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Final, Protocol

from felles.checks.common import Loc, file_display
from felles.content.kinds import PROGRAMME, SURVEY
from felles.content.load import Content
from felles.dates import parse_when
from felles.findings import Finding
from felles.span_words import text_words


class StoredData(Protocol):
    """What the rule needs to know of the survey's data folder."""

    @property
    def path(self) -> Path: ...

    def has_data(self) -> bool:
        """Does the folder hold survey data (True, too, when it cannot be looked into)?"""
        ...

    def rounds(self) -> list[str] | None:
        """The rounds stored; None when the data cannot be read."""
        ...


# The rounds W601 names when there is no list of them.
TEXT: Final = {"unreadable": "ulæselige data", "no_rounds": "ingen runder, men filer fra felles"}


def retention(content: Content, today: date, data: StoredData) -> Iterator[Finding]:
    survey, programme = content.survey, content.programme
    if survey is None or programme is None:
        return
    loc: Loc
    if survey.delete_after is not None:
        end, name, loc = survey.delete_after, SURVEY.path, ("delete_after",)
    elif programme.period.end is not None:
        end, name, loc = programme.period.end, PROGRAMME.path, ("period", "end")
    else:
        return
    display = file_display(content, name)
    try:
        last = parse_when(end).last.date()
    except ValueError:
        return  # the date rules report it
    if today <= last:
        return
    try:
        remaining = data.has_data()
        stored = data.rounds() if remaining else []
    except (OSError, ValueError, RuntimeError):  # the folder's own checks should not raise
        remaining, stored = True, None
    if not remaining:
        return
    if stored is None:
        rounds = TEXT["unreadable"]
    else:
        rounds = ", ".join(stored) if stored else TEXT["no_rounds"]
    line, col = content.where(display, loc)
    yield Finding(
        display,
        line,
        col,
        "W601",
        {"end": text_words(end), "path": str(data.path), "rounds": rounds},
    )
