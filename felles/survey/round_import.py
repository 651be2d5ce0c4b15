"""A round's answers stored as anonymous figures beside the other rounds (`felles survey
import`): all or nothing, under the data folder's lock for the whole read-modify-write.

The file is built in memory and written whole (`files.write`): an import killed at any
moment leaves the previous file as it was. A re-import that would reveal the changed
answers of fewer than MIN_RESPONDENTS people is refused (E630).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from felles import atomic
from felles.errors import FellesError, UsageError
from felles.survey import database, database_write, files, lock
from felles.survey.files import ANSWERS
from felles.survey.responses import Responses
from felles.survey.round_from_rows import from_responses
from felles.survey.store import answers_bytes, check_programme, decode
from felles.survey.tally import Partner, RoundData


@dataclass
class Imported:
    converted: bool = False  # the file of an older felles was converted to anonymous figures
    removed: list[Path] = field(default_factory=list)  # the older felles's key files


def import_round(
    folder: Path,
    programme_id: str,
    round_id: str,
    responses: Responses,
    leaders: Mapping[str, int],
    partner: Partner | None,
    *,
    replace: bool,
    today: date,
    order: Sequence[tuple[str, str]] = (),
) -> Imported:
    """Store one round as anonymous figures beside the others; all or nothing, under the
    data folder's lock for the whole read-modify-write (`lock.py`). `order`: the
    questionnaire's (section, item) order, in which the figures are stored."""
    path = folder / ANSWERS
    new = from_responses(round_id, responses, leaders, partner, today, order)
    with lock.locked(folder, create=True) as held:
        assert held is not None  # create=True always holds it
        try:
            found = files.scan(folder)
            raw = answers_bytes(folder)
            stored = database.Stored(None) if raw is None else decode(raw, path, partner)
            check_programme(stored, folder, programme_id)
            old = stored.find(round_id)
            if old is not None and not replace:
                raise UsageError("U065", {"round": round_id})
            if old is not None:
                _refuse_few(old, new)
            rest = [r for r in stored.rounds if r.id != round_id]
            payload = database_write.dump(programme_id, [*rest, new])
            files.prepare(folder, found._replace(exists=True))
            atomic.sweep(folder)  # temporary files of killed writers only, never a live one
            files.write(path, payload)
        except BaseException:
            if held.created:
                held.remove()
                files.remove_if_empty(folder)
            raise
        result = Imported(converted=stored.legacy)
        if stored.legacy or any(files.is_key(p.name) for p in found.ours):
            # The key of an older felles named pseudonyms that are stored nowhere any more.
            result.removed, _ = files.delete([p for p in found.ours if files.is_key(p.name)])
    return result


def _refuse_few(old: RoundData, new: RoundData) -> None:
    """E630 when the re-import changes the answers of 1 to MIN_RESPONDENTS - 1 people."""
    from felles.survey.difference import changed
    from felles.survey.promise import MIN_RESPONDENTS

    count = changed(old, new)
    if 0 < count < MIN_RESPONDENTS:
        raise FellesError("E630", {"round": new.id, "minimum": MIN_RESPONDENTS})
