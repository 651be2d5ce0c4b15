"""Help, commands and options in Danish, whichever command runs."""

from __future__ import annotations

import pytest

from tests.helpers.run import Cli


def test_help_is_danish(cli: Cli) -> None:
    for args in (["--help"], ["next", "--help"], ["export"], ["grundlag", "new", "-h"]):
        result = cli(*args)
        assert result.code == 0, (args, result.output)
        assert result.out.startswith("Brug: felles"), result.out
        assert "Vis denne hjælp og stop." in result.out
        for english in ("Usage:", "Options", "Show this message", "[default:"):
            assert english not in result.out, (args, english)
    assert "Udgangskoder: 0 alt i orden" in cli("--help").out


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["nxt"], "ukendt kommando 'nxt' – mente du 'next'?"),
        (["survey", "imprt"], "ukendt kommando 'imprt' – mente du 'import'?"),
        (["next", "--formt", "json"], "ukendt tilvalg: --formt – mente du --format?"),
        (["next", "--as"], "ukendt tilvalg: --as – mente du --as-of eller --goal?"),
        (["next", "--format", "xml"], "vælg en af 'text' eller 'json'"),
    ],
)
def test_misspelt_commands_and_options_get_a_danish_suggestion(
    cli: Cli, args: list[str], expected: str
) -> None:
    result = cli(*args)
    assert result.code == 2
    assert expected in result.err
    for english in ("Did you mean", "Possible options", "No such"):
        assert english not in result.err


def test_every_command_is_listed_whichever_command_runs(cli: Cli) -> None:
    """Commands are imported lazily (only the one being run); help still lists them all."""
    listing = cli("--help").out
    for command in ("validate", "next", "grundlag", "export", "schema", "survey"):
        assert f"  {command} " in listing
    assert cli("next", "--as-of", "2018-11-01").code == 0
    assert "  survey " in cli("--help").out
