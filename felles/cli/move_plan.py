"""Step 1 of `felles move`: every date of the content moved (plan/rebase.py) so that the
programme begins at the new start, where the first dated activity lands, the findings the
move creates (cli/move_check.py) and the text that still names the old period."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from felles.cli.content import clean
from felles.cli.move_landing import Landing, first_day
from felles.errors import FellesError, UsageError

if TYPE_CHECKING:
    from felles.cli.move_files import Planned
    from felles.content.locate import ContentDir
    from felles.findings import Finding
    from felles.plan.old_mentions import Mention
    from felles.plan.rebase import Shift
    from felles.plan.rebase_file import FileMove


@dataclass
class Moved:
    shift: Shift
    files: list[FileMove]
    created: list[Finding]  # findings the new dates created (warnings and errors)
    raw: dict[Path, bytes] = field(default_factory=dict)  # each file's bytes as read
    landing: Landing | None = None
    mentions: list[Mention] = field(default_factory=list)
    years: frozenset[int] = frozenset()  # the old period's years
    periods: dict[Path, str] = field(default_factory=dict)  # each phase's old period, in words

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.created if f.code.startswith("E")]


def plan_move(cdir: ContentDir, start: str) -> Moved:
    """Every date of the content moved so that the programme begins at `start`, checked."""
    from felles.cli.move_check import created
    from felles.content.kinds import GROUPS, PROGRAMME, SURVEY
    from felles.content.reader import scalar_spans
    from felles.dates import parse_when
    from felles.paths import exists
    from felles.plan.old_mentions import mentions, old_years
    from felles.plan.rebase import shift_between
    from felles.plan.rebase_file import move_file
    from felles.span_words import period_words

    loaded, _ = clean(cdir, survey=True)
    assert loaded.programme is not None
    first = first_day(loaded)
    new_start = parse_when(start)
    shift = shift_between(
        parse_when(loaded.programme.period.start), new_start, first[2] if first else None
    )
    files = [
        cdir.path / PROGRAMME.path,
        cdir.path / GROUPS.path,
        *(p.doc.path for p in loaded.phases),
    ]
    if exists(cdir.path / SURVEY.path):
        files.append(cdir.path / SURVEY.path)
    moves, raw = [], {}
    for path in files:
        raw[path] = path.read_bytes()
        text, data, spans = scalar_spans(path, path.suffix == ".md")
        if raw[path].decode("utf-8", "replace").removeprefix("\ufeff") != text:
            raise FellesError("E351", {"path": loaded.display(path)})
        try:
            moves.append(move_file(path, text, data, spans, shift))
        except ValueError as error:
            raise UsageError("U081", {"reason": str(error)}) from None
    result = Moved(shift, moves, created(cdir, moves), raw)
    if first is not None:
        key, title, day = first
        landed = day + timedelta(weeks=shift.weeks)
        start_day = new_start.first.date() if new_start.fixed else None
        result.landing = Landing(key, title, day, landed, start_day)
    result.years = old_years(loaded)
    for phase in loaded.phases:
        with contextlib.suppress(ValueError):
            period = phase.meta.period
            result.periods[phase.doc.path] = period_words(period.start, period.end)
    result.mentions = mentions(loaded, shift, result.years)
    return result


def planned(result: Moved) -> list[Planned]:
    """The files that change, as cli/move_files.py writes them (through symlinks)."""
    from felles.cli.move_files import Planned

    found = []
    for move in result.files:
        if not move.changes:
            continue
        old = result.raw[move.path]
        bom = "\ufeff" if old.startswith(b"\xef\xbb\xbf") else ""
        found.append(Planned(move.path, move.path.resolve(), old, (bom + move.new_text).encode()))
    return found
