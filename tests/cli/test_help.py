"""Help, commands and options in Danish, whichever command runs."""

from __future__ import annotations

import re
from typing import Any

import pytest

from tests.helpers.run import Cli, Process


def _command_paths() -> list[list[str]]:
    """Every command and command group felles has, as the words that reach it."""
    import typer.main

    from felles.cli import load_commands
    from felles.cli.app import app

    load_commands([])  # every command registers itself

    found: list[list[str]] = [[]]

    def walk(command: Any, path: list[str]) -> None:
        for name, sub in sorted(getattr(command, "commands", {}).items()):
            found.append([*path, name])
            walk(sub, [*path, name])

    walk(typer.main.get_command(app), [])
    return found


# Words click and Typer write in English, and the marks of a cut-off help text.
ENGLISH = re.compile(
    r"\b(OPTIONS|COMMAND|ARGS|TEXT|INTEGER|PATH|FILE|BOOLEAN|FLOAT|Usage|Options|Commands|"
    r"Arguments|default|required|Show this message)\b|<[a-z|]+>|\.\.\.|…|\{[A-ZÆØÅ]+\}"
)


def test_every_command_has_one() -> None:
    paths = _command_paths()
    assert ["grundlag", "new"] in paths and ["survey", "purge"] in paths
    assert len(paths) >= 20


@pytest.mark.parametrize("path", _command_paths(), ids=lambda path: " ".join(path) or "felles")
def test_help_is_danish_for_every_command(cli: Cli, path: list[str]) -> None:
    result = cli(*path, "--help")
    assert result.code == 0, result.output
    assert result.out.startswith("Brug: felles"), result.out
    assert re.search(r"^\s*-h, --help\s+Vis denne hjælp\.$", result.out, re.MULTILINE), result.out
    found = ENGLISH.findall(result.out)
    assert not ENGLISH.search(result.out), (found, result.out)
    assert "stop" not in result.out.lower().split("hjælp")[-1][:10]


def test_a_group_lists_each_command_by_its_whole_first_sentence(cli: Cli) -> None:
    listing = cli("survey", "--help").out
    assert "én række pr. leder" in " ".join(listing.split())
    assert "Udgangskoder: 0 alt i orden" in cli("--help").out


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["nxt"], "ukendt kommando »nxt« – mente du »next«?"),
        (["survey", "imprt"], "ukendt kommando »imprt« – mente du »import«?"),
        (["next", "--formt", "json"], "ukendt tilvalg: --formt – mente du --format?"),
        (["next", "--as"], "ukendt tilvalg: --as – mente du --as-of eller --goal?"),
        (["next", "--format", "xml"], "vælg en af »text« eller »json«"),
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


@pytest.mark.parametrize("words", [[], ["export"], ["grundlag"], ["survey"]], ids=str)
def test_a_group_given_nothing_shows_the_same_danish_help(
    felles_process: Process, words: list[str]
) -> None:
    """`felles export` answers with the help of `felles export --help`, help option and
    all: each in a fresh interpreter, where no earlier help has prepared anything."""
    bare = felles_process(*words)
    assert bare.returncode == 0, bare.stderr
    assert bare.stdout == felles_process(*words, "--help").stdout
    assert "Vis denne hjælp." in bare.stdout and "Show this message" not in bare.stdout
