"""The console script's entry point: even the start-up imports sit inside the boundary."""

from __future__ import annotations

import sys


def run() -> int:
    try:
        from felles.cli import main

        return main(sys.argv[1:])
    except KeyboardInterrupt:  # Ctrl-C while Python is still importing felles or a command
        return 130
