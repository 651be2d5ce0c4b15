"""Step 2 of `felles move`: the moved content checked with every rule of `felles validate`, on
a copy; the findings the new dates create (an error means nothing is written)."""

from __future__ import annotations

import dataclasses
import shutil
import tempfile
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from felles.content.locate import ContentDir
    from felles.findings import Finding
    from felles.plan.rebase_file import FileMove


def findings_by_place(root: Path) -> dict[tuple[str, str, int | None], Finding]:
    """The findings of the content in `root` (errors and warnings), by code, file and line."""
    from felles.cli.content import judge, load
    from felles.content.locate import ContentDir

    # A `today` before any programme: the planning warnings (W504, W505) stay out.
    found = judge(load(ContentDir(root, "option"), survey=True, pairs=True), today=date(1900, 1, 1))
    base = root.resolve()
    return {(f.code, Path(f.path).resolve().relative_to(base).as_posix(), f.line): f for f in found}


def created(cdir: ContentDir, moves: list[FileMove]) -> list[Finding]:
    """The findings after the move that were not there before (found on a copy)."""
    before = findings_by_place(cdir.path)
    with tempfile.TemporaryDirectory(prefix="felles-move-") as temp:
        copy = Path(temp) / "content"
        shutil.copytree(cdir.path, copy, ignore=shutil.ignore_patterns("ledelsesgrundlag", ".git"))
        for folder in (copy, *(p for p in copy.rglob("*") if p.is_dir())):
            folder.chmod(0o700)  # the copy is ours, even of a read-only folder
        for move in moves:
            target = copy / move.path.relative_to(cdir.path)
            target.unlink()  # a symlink copied as a link: never write through it here
            target.write_text(move.new_text, encoding="utf-8", newline="")
        after = findings_by_place(copy)
    return [
        dataclasses.replace(finding, path=str(cdir.path / key[1]))
        for key, finding in sorted(after.items(), key=lambda item: item[0][1:])
        if key not in before
    ]
