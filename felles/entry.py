"""The console script's entry point: even the start-up imports sit inside the boundary."""

from __future__ import annotations

import sys

from felles.errors import interrupted


def run() -> int:
    args = sys.argv[1:]
    try:
        from felles.cli import quick

        code = quick.run(args)  # `felles next`, without Typer
        if code is not None:
            return code
        from felles.cli import main

        return main(args)
    except KeyboardInterrupt:  # Ctrl-C while Python is still importing felles or a command
        return 130
    except RuntimeError as error:
        if interrupted(error):
            return 130
        raise
