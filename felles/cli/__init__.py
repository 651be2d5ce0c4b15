"""The command line: a thin layer of Typer commands over plain functions.

Only modules in this package import typer and rich, and only the commands that
need a heavy library import it, inside the command: `felles next` must start fast.
`main()` is the one error boundary: it maps every outcome to an ExitCode.
"""

from __future__ import annotations

import sys

import typer

from felles import __version__
from felles.cli import common

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


# Each module registers its commands on `app`; keep their module-level imports light.
from felles.cli import export, grundlag, schema, survey, validate  # noqa: E402
from felles.cli import next as next_command  # noqa: E402

_ = (validate, next_command, grundlag, export, schema, survey)


def main(argv: list[str] | None = None) -> int:
    """Run felles; every outcome becomes an exit code and at most one Danish line."""
    return common.run(app, sys.argv[1:] if argv is None else argv)
