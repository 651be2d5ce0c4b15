"""The Typer application every command registers on, and its command groups."""

from __future__ import annotations

import sys

import typer

from felles import __version__

app = typer.Typer(
    name="felles",
    help=(
        "felles samler et ledelsesudviklingsforløb i YAML- og Markdown-filer i git og hjælper "
        "med at gennemføre det.\n\n"
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
        False, "--version", callback=_version, is_eager=True, help="Vis versionsnummeret."
    ),
) -> None:
    """The root command: only --version of its own."""
