"""The options of `felles export grundlag`: where the booklet goes (`-o` a file or a
folder) and in which format, which group, and which statuses (only »udgivet« unless
`--status` says more).
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated, Final

import typer

from felles.errors import UsageError

SUFFIXES: Final = {".html": "html", ".htm": "html", ".md": "md"}


class BookletFormat(StrEnum):
    html = "html"
    md = "md"


def chosen_statuses(given: list[str], known: tuple[str, ...]) -> tuple[str, ...]:
    """The statuses asked for, in the process's order; U091 for one that is not a status."""
    from felles.names import match_key

    keys = {match_key(status): status for status in known}
    wanted = set()
    for value in given:
        for part in value.split(","):
            found = keys.get(match_key(part))
            if found is None:
                raise UsageError("U091", {"value": part.strip(), "known": ", ".join(known)})
            wanted.add(found)
    return tuple(status for status in known if status in wanted)


def format_of(output: Path | None) -> str:
    if output is None:
        return "html"
    return SUFFIXES.get(output.suffix.lower(), "html")


def booklet_target(output: Path, kind: str, name: str) -> Path:
    """`-o` as a file when it has the format's suffix, else the folder to write `name` in."""
    if output.suffix.lower() in SUFFIXES:
        return output
    return output / (Path(name).stem + (".html" if kind == "html" else ".md"))


BookletOutputOption = Annotated[
    Path | None,
    typer.Option(
        "--output",
        "-o",
        metavar="FIL|MAPPE",
        help="Filen (.html eller .md) eller mappen, bogen skrives i (som "
        "ledelsesgrundlag.html). Uden -o skrives bogen til skærmen.",
        show_default=False,
    ),
]
BookletGroupOption = Annotated[
    int | None,
    typer.Option("--group", metavar="N", help="Kun denne sparringsgruppe.", show_default=False),
]
BookletStatusOption = Annotated[
    list[str] | None,
    typer.Option(
        "--status",
        metavar="STATUS",
        help="Tag ledelsesgrundlag med denne status med i stedet for kun »udgivet« (til "
        "gennemsyn); kan gentages, fx --status trænet --status udgivet.",
        show_default=False,
    ),
]
BookletFormatOption = Annotated[
    BookletFormat | None,
    typer.Option(
        "--format",
        help="html (standard) eller md (standard for -o *.md).",
        show_default=False,
    ),
]
