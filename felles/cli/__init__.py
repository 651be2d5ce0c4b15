"""The command line: a thin layer of Typer commands over plain functions.

Only modules in this package import typer and rich, and only the commands that
need a heavy library import it, inside the command: `felles next` must start fast.
This package's own import is light (Typer is imported by `main`), so the fast path
of `felles next` (`quick.py`) never loads Typer or click.
`main()` runs the command inside the one error boundary (`boundary.run`), which maps
every outcome to an ExitCode.
"""

from __future__ import annotations

import sys

# Each module registers its commands on `app` when imported; keep their module-level
# imports light. The order is the order `felles --help` lists them in.
COMMANDS = (
    "init",
    "export",
    "grundlag",
    "schema",
    "survey",
    "validate",
    "next",
    "status",
    "pair",
    "move",
    "invite",
)


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
    from felles.cli.app import app
    from felles.cli.boundary import run

    load_commands(args)
    return run(app, args)
