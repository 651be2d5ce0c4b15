"""What git's HEAD holds: whether it holds a file's exact bytes, a file's path in its
repository, and the leaders of the last commit's groups.yaml.
"""

from __future__ import annotations

from pathlib import Path

from felles.plan.git import git_output


def in_head(path: Path) -> str | None:
    """The file's path in its repository if git's HEAD holds its exact bytes (the blob
    hash of the file on disk, `git hash-object --no-filters`, against the blob in `git
    ls-tree HEAD`); None otherwise. `git status` is not asked: `core.ignoreStat`,
    `--assume-unchanged` and `--skip-worktree` make it call a changed file clean."""
    folder = path.parent
    out = git_output(folder, "ls-tree", "--full-name", "HEAD", "--", path.name)
    if not out or "\t" not in out.splitlines()[0]:
        return None
    meta, name = out.splitlines()[0].split("\t", 1)
    parts = meta.split()
    if len(parts) != 3 or parts[1] != "blob":
        return None
    own = git_output(folder, "hash-object", "--no-filters", "--", path.name)
    return name if own is not None and own.strip() == parts[2] else None


def committed_members(folder: Path, name: str) -> frozenset[str] | None:
    """The leaders' names in the last commit's version of `folder`/`name` (groups.yaml);
    None without git, outside a repository, or when that version cannot be read."""
    import yaml

    out = git_output(folder, "show", f"HEAD:./{name}")
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
