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


def _git(folder: Path, *args: str) -> str | None:
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
    out = _git(folder, "log", "--format=%x01%cs", "--name-only", "--relative", "--", ".")
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
    out = _git(folder, "status", "--porcelain=v1", "-z", "--untracked-files=all", "--", ".")
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


def in_head(path: Path) -> str | None:
    """The file's path in its repository if git's HEAD holds its exact bytes (the blob
    hash of the file on disk, `git hash-object --no-filters`, against the blob in `git
    ls-tree HEAD`); None otherwise. `git status` is not asked: `core.ignoreStat`,
    `--assume-unchanged` and `--skip-worktree` make it call a changed file clean."""
    folder = path.parent
    out = _git(folder, "ls-tree", "--full-name", "HEAD", "--", path.name)
    if not out or "\t" not in out.splitlines()[0]:
        return None
    meta, name = out.splitlines()[0].split("\t", 1)
    parts = meta.split()
    if len(parts) != 3 or parts[1] != "blob":
        return None
    own = _git(folder, "hash-object", "--no-filters", "--", path.name)
    return name if own is not None and own.strip() == parts[2] else None


def relative(path: Path) -> str | None:
    """The file's path in its git repository ('content/ledelsesgrundlag/x.md'), or None."""
    out = _git(path.parent, "ls-files", "--full-name", "--", path.name)
    return out.strip().splitlines()[0] if out and out.strip() else None


def committed_members(folder: Path, name: str) -> frozenset[str] | None:
    """The leaders' names in the last commit's version of `folder`/`name` (groups.yaml);
    None without git, outside a repository, or when that version cannot be read."""
    import yaml

    out = _git(folder, "show", f"HEAD:./{name}")
    if out is None:
        return None
    try:
        data = yaml.safe_load(out)
    except yaml.YAMLError:
        return None
    found: set[str] = set()
    groups = data.get("groups") if isinstance(data, dict) else None
    for group in groups if isinstance(groups, list) else []:
        members = group.get("members") if isinstance(group, dict) else None
        for member in members if isinstance(members, list) else []:
            if isinstance(member, dict) and isinstance(member.get("name"), str):
                found.add(member["name"])
    return frozenset(found)
