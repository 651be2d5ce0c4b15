"""How `felles grundlag import` writes a leader's draft: only the draft's own regular file in
the content's ledelsesgrundlag/ folder (E428: never through a symlink; U021: never in the
programme packaged with felles), after keeping the previous text (in git when HEAD holds
the draft's exact bytes, else a copy beside it), and in one step (`felles.atomic.replace`).

The previous text is kept in git only when git's HEAD holds the draft's exact bytes
(the blob hash of the file against `git ls-tree HEAD`, never `git status`, which
`core.ignoreStat` or skip-worktree make lie); otherwise felles keeps a copy beside the
draft (`<navn>.md.foer-import-<tid>`, a name felles never reads as a draft).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Final

from felles.errors import FellesError, UsageError, os_reason

TEXT: Final = {
    "in_git": "Den tidligere tekst ligger i git: git show HEAD:{name}",
    "kept_beside": "Den tidligere tekst er gemt i {backup}.",
    # why import will not write a draft (E428)
    "link": "det er et symbolsk link",
    "special": "det er ikke en almindelig fil",
    "elsewhere": "den ligger ikke i mappen ledelsesgrundlag/ i indholdsmappen",
    # why it cannot keep the previous text beside the draft (U039)
    "too_many": "for mange gemte udgaver i dag",
}
BACKUP: Final = "{name}.foer-import-{stamp}"


def own_file(content: Path, path: Path, shown: str, *, write: bool) -> None:
    """Refuse a draft `import` must not write: E428 unless it is a regular file (no
    symlink) right in the content's ledelsesgrundlag/ folder; U021 in the packaged
    programme (with `write`; a dry run may look at it)."""
    import stat

    from felles import paths
    from felles.cli.output import protected
    from felles.content.drafts import drafts_dir

    found = paths.lstat(path)
    if found is None or stat.S_ISLNK(found.st_mode):
        raise FellesError("E428", {"path": shown, "reason": TEXT["link"]})
    if not stat.S_ISREG(found.st_mode):
        raise FellesError("E428", {"path": shown, "reason": TEXT["special"]})
    parent, folder = paths.resolve(path.parent), paths.resolve(drafts_dir(content))
    if parent is None or folder is None or parent != folder:
        raise FellesError("E428", {"path": shown, "reason": TEXT["elsewhere"]})
    if write:
        for packaged in protected():
            root = paths.resolve(packaged)
            if root is not None and parent.is_relative_to(root):
                raise UsageError("U021", {"path": str(content)})


def draft_bytes(path: Path, shown: str) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise FellesError("E423", {"path": shown, "reason": os_reason(error)}) from None


def keep_previous(path: Path, raw: bytes, shown: str) -> str:  # raw: the bytes read
    """Where the previous text is kept: git, when HEAD holds the draft's exact bytes;
    else a copy beside the draft, written before the draft is touched."""
    from felles.atomic import create_new
    from felles.plan.git_head import in_head

    name = in_head(path)
    if name is not None:
        return TEXT["in_git"].format(name=name)
    stamp = datetime.now().strftime("%Y-%m-%d-%H%M%S")
    for n in range(1, 100):
        suffix = "" if n == 1 else f"-{n}"
        backup = path.with_name(BACKUP.format(name=path.name, stamp=stamp) + suffix)
        try:
            create_new(backup, raw)
        except FileExistsError:
            continue
        except OSError as error:
            raise UsageError("U039", {"path": str(backup), "reason": os_reason(error)}) from None
        return TEXT["kept_beside"].format(backup=str(Path(shown).with_name(backup.name)))
    raise UsageError("U039", {"path": str(path), "reason": TEXT["too_many"]})


def replace_draft(path: Path, text: str, shown: str) -> None:
    from felles.atomic import replace

    try:
        replace(path, text)
    except OSError as error:
        raise UsageError("U039", {"path": shown, "reason": os_reason(error)}) from None
