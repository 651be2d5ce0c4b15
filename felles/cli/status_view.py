"""What `felles status` shows, without Typer: the command (`status.py`) and the fast path
(`quick.py`) both call `show()`, as `felles next` does with `next_view.show()`."""

from __future__ import annotations

import os
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from felles.cli.clock import DEFAULT_ZONE, today, user_date
from felles.cli.content import content_dir, judge, load, refused
from felles.cli.output import write
from felles.errors import ExitCode

if TYPE_CHECKING:
    from felles.content.load import Content
    from felles.findings import Finding
    from felles.survey.data_place import DataFolder


def show(
    as_of: str | None = None,
    output_format: str = "text",
    content: Path | None = None,
    verbose: bool = False,
) -> int:
    """What needs the coordinator on `as_of` (today): exit 0 whatever it finds, 1 only when
    the programme has errors."""
    from felles.plan import desk
    from felles.render import desk_json, desk_text

    found = content_dir(content, verbose)
    loaded = load(found, cached=True, drafts=True, survey=True, pairs=True)
    if refused(judge(loaded)):
        return ExitCode.CONTENT
    zone = (loaded.programme.timezone if loaded.programme else None) or DEFAULT_ZONE
    start = user_date(as_of, lambda: today(zone))
    folder = _data_folder(loaded)
    imported = folder.rounds() if folder is not None else None
    result = desk.desk(loaded, start, imported)
    warnings = _warnings(loaded, start)
    data = _retention(loaded, start, folder)
    if output_format == "json":
        write(desk_json.as_json(result, zone, warnings, data))
    elif output_format == "md":
        name = loaded.programme.name if loaded.programme else ""
        for line in desk_text.markdown_lines(result, name, warnings, data):
            write(line)
    else:
        for line in desk_text.text_lines(result, warnings, data):
            write(line)
    sys.stdout.flush()
    return ExitCode.OK


def _warnings(loaded: Content, start: date) -> list[Finding]:
    """The calendar warnings about the next eight weeks (holidays, clashes, places missing),
    as `felles validate` gives them, less the ones the content accepts."""
    from felles.checks import accepted, calendar_rules
    from felles.findings import sort_key
    from felles.plan.desk import WARN_DAYS

    last = start + timedelta(days=WARN_DAYS - 1)
    found = calendar_rules.check(loaded, start, last)
    if not found:
        return []  # no comment to look for (and no YAML scanner to import)
    verdict = accepted.apply(loaded, found, only_their_files=True)
    # W505 (no day yet) is the "Mangler dato" section's, in its own words.
    kept = [f for f in verdict.findings if f.code not in accepted.OWN_CODES | {"W505"}]
    return sorted(kept, key=sort_key)


def _data_folder(loaded: Content) -> DataFolder | None:
    """The survey's data folder the survey commands would use (as `felles validate`); None
    when there is no survey or no such folder (then nothing is imported, and there are no
    data to delete: the database is not even imported)."""
    if loaded.survey is None or loaded.programme is None:
        return None
    from felles import paths
    from felles.survey.files import data_dir

    path = data_dir(None, os.environ, loaded.programme.id)
    if not paths.exists(path):
        return None
    from felles.survey.data_place import DataFolder

    return DataFolder(path)


def _retention(loaded: Content, start: date, folder: DataFolder | None) -> list[Finding]:
    """W601: survey data kept past the day they were to be deleted."""
    if folder is None:
        return []
    from felles.checks.retention import retention

    return list(retention(loaded, start, folder))
