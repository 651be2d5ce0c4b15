"""The command line: a thin layer of Typer commands over plain functions.

Only modules in this package import typer and rich, and only the commands that
need a heavy library import it, inside the command: `felles next` must start fast.
`main()` runs the command inside the one error boundary (`boundary.run`), which maps
every outcome to an ExitCode.
"""

from __future__ import annotations

import sys

import typer

from felles import __version__

app = typer.Typer(
    name="felles",
    help=(
        "felles holder et ledelsesudviklingsforløb som YAML og Markdown i git – og kører det.\n\n"
        "Udgangskoder: 0 alt i orden · 1 indholdet har fejl · 2 forkert brug af kommandoen · "
        "3 uventet fejl i felles · 130 afbrudt med Ctrl-C."
    ),
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,  # never show locals: they can hold leaders' names
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def group(name: str, help: str) -> typer.Typer:
    """A command group (`felles export …`) registered on `app`, with the same help options."""
    sub = typer.Typer(
        no_args_is_help=True,
        rich_markup_mode=None,
        context_settings={"help_option_names": ["-h", "--help"]},
    )
    app.add_typer(sub, name=name, help=help)
    return sub


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"felles {__version__}\n")
        raise typer.Exit(0)


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Vis versionen og stop."
    ),
) -> None:
    """felles holder et ledelsesudviklingsforløb som YAML og Markdown i git."""


# Each module registers its commands on `app` when imported; keep their module-level
# imports light. The order is the order `felles --help` lists them in.
COMMANDS = ("export", "grundlag", "schema", "survey", "validate", "next")


def load_commands(args: list[str]) -> None:
    """Import the module of the command being run, or all of them when it is not clear which
    (no command, `--help` at the top, a misspelt command): `felles next` then does not pay
    for defining every other command at start-up."""
    import importlib

    # Not the builtin next(): importing felles.cli.next makes `next` this package's submodule.
    words = [arg for arg in args if not arg.startswith("-")]
    first = words[0] if words else None
    for name in [first] if first in COMMANDS else COMMANDS:
        importlib.import_module(f"felles.cli.{name}")


def main(argv: list[str] | None = None) -> int:
    """Run felles; every outcome becomes an exit code and at most one Danish line."""
    args = sys.argv[1:] if argv is None else argv
    from felles.cli.boundary import run

    load_commands(args)
    return run(app, args)
