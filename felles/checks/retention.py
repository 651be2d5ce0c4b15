"""W601: the programme (or the survey's `delete_after`) has ended, and survey data remain.

The answers "slettes, når forløbet afsluttes". The rule looks at the data folder
only once the end has passed; the CLI hands it the folder the survey commands would
use (`felles.survey.store.DataFolder`), so this layer never opens a database itself.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Protocol

from felles.checks.common import Loc, file_display
from felles.content.kinds import PROGRAMME, SURVEY
from felles.content.load import Content
from felles.dates import parse_when
from felles.findings import Finding


class StoredData(Protocol):
    """What the rule needs to know of the survey's data folder."""

    @property
    def path(self) -> Path: ...

    def has_data(self) -> bool: ...

    def rounds(self) -> list[str] | None:
        """The rounds stored; None when the data cannot be read."""
        ...


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
    if today <= last or not data.has_data():
        return
    stored = data.rounds()
    if stored is None:
        rounds = "ulæselige data"
    else:
        rounds = ", ".join(stored) if stored else "ingen runder, men nøglefilen"
    line, col = content.where(display, loc)
    yield Finding(
        display, line, col, "W601", {"end": end, "path": str(data.path), "rounds": rounds}
    )
