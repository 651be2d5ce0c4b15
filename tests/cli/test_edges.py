"""What a user can type or put in the content never ends in exit 3: the edges.

Dates at the edges of the calendar, on the command line; time zones; looping links;
names and paths too long for the file system; closed or full output streams. Each
gives one Danish line and exit 1 or 2.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers.run import Cli

EDGES = [
    "9999-12-31",
    "31.12.9999",
    "9999-W52",
    "uge 52 9999",
    "0001-01-01",
    "1.1.0001",
    "1899-12-31",
]


@pytest.mark.parametrize("day", EDGES)
@pytest.mark.parametrize("option", ["--as-of", "--until"])
def test_a_date_at_the_edge_of_the_calendar_on_the_command_line_is_wrong_use(
    cli: Cli, day: str, option: str
) -> None:
    args = (
        ["next", option, day]
        if option == "--as-of"
        else ["next", "--as-of", "2018-06-01", option, day]
    )
    result = cli(*args)
    assert result.code == 2, result.err
    assert result.err.count("\n") == 1 and "mellem 1900 og 2999" in result.err


@pytest.mark.parametrize("command", [["validate"], ["export", "site", "-o", "SITE"]])
def test_edge_dates_elsewhere_are_wrong_use_too(
    cli: Cli, command: list[str], tmp_path: Path
) -> None:
    args = [str(tmp_path / "site") if arg == "SITE" else arg for arg in command]
    result = cli(*args, "--as-of", "9999-12-31")
    assert result.code == 2 and "mellem 1900 og 2999" in result.err
