"""The console script's entry point: even the start-up imports sit inside the boundary."""

from __future__ import annotations

import sys


def run() -> int:
    try:
        from felles.cli import main
    except KeyboardInterrupt:  # Ctrl-C while Python is still importing felles
        return 130
    return main(sys.argv[1:])
