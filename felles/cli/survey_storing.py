"""`felles survey import`'s storing: SIGTERM while storing becomes an exit (the write in
progress cleans up after itself), and what is said once the round is stored.
"""

from __future__ import annotations

import contextlib
import signal
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Final

from felles.cli.output import say

if TYPE_CHECKING:
    from felles.survey.round_import import Imported

TEXT: Final = {
    "stored": "Besvarelserne er gemt anonymt i {answers}: kun de samlede tal, rapporten bygger "
    "på – ingen navne, koder eller rækker pr. leder.",
    "converted": "Data fra en ældre felles er omskrevet til anonyme tal; den gamle nøgle fra "
    "navn til kode er slettet:",
}


@contextlib.contextmanager
def terminate_as_exit() -> Iterator[None]:
    """SIGTERM while storing becomes SystemExit(143): the write in progress removes its
    temporary file on the way out, and the boundary ends quietly with 143."""

    def stop(signum: int, _frame: object) -> None:
        raise SystemExit(128 + signum)

    try:
        previous = signal.signal(signal.SIGTERM, stop)
    except (ValueError, OSError):  # not the main thread: nothing to install
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def imported_notes(imported: Imported, folder: Path, *, verbose: bool) -> None:
    from felles.survey.files import ANSWERS

    if imported.converted or imported.removed:
        say(TEXT["converted"])
        for path in imported.removed:
            say(f"  {path}")
    if verbose:
        say(TEXT["stored"].format(answers=folder / ANSWERS))
