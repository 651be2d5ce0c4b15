"""When a file last changed: its last commit if committed and clean, else its file time."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, tzinfo
from pathlib import Path

from felles import paths


def last_changed(folder: Path, paths: Iterable[Path], zone: tzinfo) -> dict[Path, date]:
    """Each file's last change: its last commit if committed and clean, else its file time.

    Two git calls for the whole folder, however many drafts there are.
    """
    paths = list(paths)
    committed = _git_dates(folder) if paths else None
    dirty = _git_dirty(folder) if committed is not None else set()
    result: dict[Path, date] = {}
    for path in paths:
        day = committed.get(path.name) if committed is not None and path.name not in dirty else None
        if day is None:
            try:
                day = datetime.fromtimestamp(path.stat().st_mtime, zone).date()
            except OSError:
                continue
        result[path] = day
    return result


def git_output(folder: Path, *args: str) -> str | None:
    """What `git -C folder ARGS` writes; None without git, or when it fails."""
    import subprocess

    try:
        done = subprocess.run(
            ["git", "-c", "core.quotePath=false", "-C", str(folder), *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=60,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout if done.returncode == 0 else None


def _git_dates(folder: Path) -> dict[str, date] | None:
    """{file name: date of its last commit} for the folder; None outside a git work tree."""
    if not paths.is_dir(folder):
        return None
    out = git_output(folder, "log", "--format=%x01%cs", "--name-only", "--relative", "--", ".")
    if out is None:
        return None
    dates: dict[str, date] = {}
    current: date | None = None
    for line in out.splitlines():
        if line.startswith("\x01"):
            try:
                current = date.fromisoformat(line[1:].strip())
            except ValueError:
                current = None
        elif line and current is not None:
            dates.setdefault(Path(line).name, current)
    return dates


def _git_dirty(folder: Path) -> set[str]:
    """Names of files in the folder with uncommitted changes (or not in git at all)."""
    out = git_output(folder, "status", "--porcelain=v1", "-z", "--untracked-files=all", "--", ".")
    if not out:
        return set()
    names = set()
    entries = iter(out.split("\0"))
    for entry in entries:
        if len(entry) > 3:
            names.add(Path(entry[3:]).name)
            if entry[0] in "RC":
                next(entries, None)  # the rename's original path
    return names
