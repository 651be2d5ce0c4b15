"""`felles survey purge`'s dealings with the data folder: deleting it, after asking.

Apart from the command (`cli/survey_purge.py`) to keep it short. Deleting never needs to
read a file: `purge` deletes whatever state the files are in and says what it deleted.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Final

from felles.cli.output import say
from felles.errors import ExitCode, UsageError

if TYPE_CHECKING:
    from felles.survey.data_purge import Purged
    from felles.survey.tally import Partner

TEXT: Final = {
    "purged": "Slettede {what} i {path}:",
    "purged_none": "Der var ingen spørgeskemadata i {path}; intet slettet.",
    "no_key": "Der er ingen nøgle at slette i {path}: felles gemmer ingen navne, og "
    "besvarelserne er anonyme fra importen.",
    "purged_keys": "nøglen fra navn til kode, som en ældre felles gemte,",
    "converted_answers": "Besvarelserne, som den ældre felles gemte under koder, er omskrevet "
    "til anonyme samlede tal.",
    "purged_all": "alle spørgeskemadata ({rounds})",
    "unreadable": "data, der ikke kunne læses",
    "not_deleted": "Kunne ikke slette i {path}:",
    "still_linkable": "Bemærk: besvarelserne i {path} kan være gemt af en ældre felles under "
    "koder og kunne ikke omskrives til anonyme tal (survey.yaml mangler eller har fejl, eller "
    "filen kan ikke læses). Kør kommandoen igen med et gyldigt survey.yaml, eller slet alt med "
    "»felles survey purge«.",
    "confirm": "Slet alle spørgeskemadata i {path}? Det kan ikke fortrydes.",
    "confirm_keys": "Slet nøglen fra navn til kode i {path}? Det kan ikke fortrydes.",
    "kept": "Intet slettet.",
    "no_rounds": "ingen runder",
    "round": "runden {rounds}",
    "rounds": "runderne {rounds}",
}


def purge_all(folder: Path, *, yes: bool) -> int:
    from felles.survey import data_purge

    if not data_purge.survey_files(folder):
        say(TEXT["purged_none"].format(path=folder))
        return ExitCode.OK
    if not _confirmed(yes, TEXT["confirm"].format(path=folder)):
        say(TEXT["kept"])
        return ExitCode.OK
    purged = data_purge.purge(folder)
    rounds = TEXT["unreadable"] if purged.rounds is None else rounds_words(purged.rounds)
    _listed(purged, folder, TEXT["purged_all"].format(rounds=rounds))
    _refuse_failures(purged, folder)
    return ExitCode.OK


def purge_keys(folder: Path, partner: Partner | None, *, yes: bool) -> int:
    from felles.survey import data_purge, store

    if not data_purge.key_files(folder) and not store.is_legacy(folder):
        say(TEXT["no_key"].format(path=folder))
        return ExitCode.OK
    if not _confirmed(yes, TEXT["confirm_keys"].format(path=folder)):
        say(TEXT["kept"])
        return ExitCode.OK
    purged = data_purge.purge_keys(folder, partner)
    _listed(purged, folder, TEXT["purged_keys"])
    if purged.converted:
        say(TEXT["converted_answers"])
    if purged.still_linkable:
        say(TEXT["still_linkable"].format(path=folder / store.ANSWERS))
    _refuse_failures(purged, folder)
    return ExitCode.CONTENT if purged.still_linkable else ExitCode.OK


def rounds_words(rounds: list[str]) -> str:
    if not rounds:
        return TEXT["no_rounds"]
    return TEXT["round" if len(rounds) == 1 else "rounds"].format(rounds=", ".join(rounds))


def _confirmed(yes: bool, question: str) -> bool:
    if yes:
        return True
    if not sys.stdin.isatty():
        raise UsageError("U069", {})
    sys.stderr.write(f"{question} [j/N] ")
    sys.stderr.flush()
    return sys.stdin.readline().strip().casefold() in ("j", "ja", "y", "yes")


def _listed(purged: Purged, folder: Path, what: str) -> None:
    """What was deleted, and what could not be."""
    if purged.files:
        say(TEXT["purged"].format(what=what, path=folder))
    for path in purged.files:
        say(f"  {path}")
    if purged.failed:
        say(TEXT["not_deleted"].format(path=folder))
    for path, reason in purged.failed:
        say(f"  {path} ({reason})")


def _refuse_failures(purged: Purged, folder: Path) -> None:
    if purged.failed:
        raise UsageError("U071", {"count": len(purged.failed), "path": str(folder)})
