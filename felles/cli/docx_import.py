"""The work of `felles grundlag import`: one Word document into one leader's draft.

`bring_in` reads the document (`content.docx_read`, as Word shows it with every tracked
change accepted), refuses one made for another leader, makes the new body (the blocks
from Word; merged block by block with the draft when the draft has changed since the
document was made, `export.merge3`; the draft's notes kept) and, unless it is a dry
run, keeps the previous text and writes the draft in one step. It prints nothing:
the command prints the whole story for one document, or one line per document for a
folder (`cli/grundlag_docx.py`).

The previous text is kept in git only when git's HEAD holds the draft's exact bytes
(the blob hash of the file against `git ls-tree HEAD`, never `git status`, which
`core.ignoreStat` or skip-worktree make lie); otherwise felles keeps a copy beside the
draft (`<navn>.md.foer-import-<tid>`, a name felles never reads as a draft).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Final

from felles.errors import FellesError, UsageError, os_reason

if TYPE_CHECKING:
    from felles.content.blocks import Block
    from felles.content.docx_read import Read
    from felles.content.load import Draft

BACKUP: Final = "{name}.foer-import-{stamp}"
REFUSED: Final = {  # why import will not write a draft (E428)
    "link": "det er et symbolsk link",
    "special": "det er ikke en almindelig fil",
    "elsewhere": "den ligger ikke i mappen ledelsesgrundlag/ i indholdsmappen",
}
TEXT: Final = {
    "in_git": "Den tidligere tekst ligger i git: git show HEAD:{name}",
    "kept_beside": "Den tidligere tekst er gemt i {backup}.",
    "changes": "{changes} registrerede ændringer i {docx} er læst som accepteret",
    "one_change": "1 registreret ændring i {docx} er læst som accepteret",
    "comments": "{comments} kommentarer i Word er ikke taget med",
    "one_comment": "1 kommentar i Word er ikke taget med",
}


@dataclass
class Outcome:
    shown: str  # the draft, as the user names it
    same: bool = False
    diff: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    notices: list[str] = field(default_factory=list)  # tracked changes, comments, conflicts
    kept: str = ""  # where the previous text is


def bring_in(
    content: Path,
    leader: str,
    draft: Draft,
    incoming: Read,
    shown_docx: str,
    *,
    names: Mapping[str, str],
    day: date,
    dry_run: bool,
) -> Outcome:
    """The draft of `leader` with the text of `incoming`; FellesError for a refusal (and
    then nothing is written). `names`: each leader's name by slug."""
    from felles.codes import render
    from felles.content.blocks import parse
    from felles.content.docx_package import DRAFT, blob_hash, exported_body
    from felles.content.docx_read import answers
    from felles.names import slug
    from felles.render import markdown_merge, merge3, redraft

    if incoming.leader and incoming.leader != slug(leader):
        other = names.get(incoming.leader, incoming.leader)
        raise FellesError("E424", {"path": shown_docx, "other": other, "leader": leader})
    path, shown = draft.doc.path, draft.display
    _own_file(content, path, shown, write=not dry_run)
    raw = _draft_bytes(path, shown)
    crlf = b"\r\n" in raw
    text = raw.decode("utf-8").replace("\r\n", "\n")
    body = draft.doc.body.replace("\r\n", "\n")
    old_blocks = parse(body)
    base_body = exported_body(incoming.properties)
    base = parse(base_body) if base_body is not None else []
    questions = [b for b in (*old_blocks, *base) if b.kind == "quote"]
    word = merge3.visible(answers(incoming.blocks, questions))
    if not word:
        raise FellesError("E426", {"path": shown_docx})
    outcome = Outcome(shown)
    made_from = incoming.properties.get(DRAFT)
    if made_from is not None and made_from != blob_hash(raw):
        if base_body is None:
            raise FellesError("E431", {"path": shown_docx, "draft": shown})
        merged = merge3.three_way(merge3.visible(base), merge3.visible(old_blocks), word)
        for at in merged.conflicts:
            section = merged.where(at) or "før første overskrift"
            outcome.notices.append("W410 " + render("W410", {"section": section, "path": shown}))
        new = merged.blocks
    else:
        new = word
    new_blocks = merge3.with_notes(old_blocks, new)
    outcome.notices[:0] = _read_notes(incoming, shown_docx)
    new_body = markdown_merge.merge(body, old_blocks, new_blocks)
    if new_body == body:
        outcome.same = True
        return outcome
    new_text = redraft.with_body(text, body, new_body, day)
    if new_text is None:
        raise FellesError("E427", {"path": shown})
    outcome.diff = redraft.diff(body, new_body, path.name)
    outcome.counts = counts(merge3.visible(old_blocks), merge3.visible(new_blocks))
    if not dry_run:
        outcome.kept = _keep_previous(path, raw, shown)
        _replace(path, new_text.replace("\n", "\r\n") if crlf else new_text, shown)
    return outcome


def _read_notes(incoming: Read, shown_docx: str) -> list[str]:
    parts = []
    if incoming.changes:
        key = "one_change" if incoming.changes == 1 else "changes"
        parts.append(TEXT[key].format(changes=incoming.changes, docx=shown_docx))
    if incoming.comments:
        key = "one_comment" if incoming.comments == 1 else "comments"
        parts.append(TEXT[key].format(comments=incoming.comments))
    return ["; ".join(parts) + "."] if parts else []


def _own_file(content: Path, path: Path, shown: str, *, write: bool) -> None:
    """Refuse a draft `import` must not write: E428 unless it is a regular file (no
    symlink) right in the content's ledelsesgrundlag/ folder; U021 in the packaged
    programme (with `write`; a dry run may look at it)."""
    import stat

    from felles import paths
    from felles.cli.output import protected
    from felles.content.drafts import drafts_dir

    found = paths.lstat(path)
    if found is None or stat.S_ISLNK(found.st_mode):
        raise FellesError("E428", {"path": shown, "reason": REFUSED["link"]})
    if not stat.S_ISREG(found.st_mode):
        raise FellesError("E428", {"path": shown, "reason": REFUSED["special"]})
    parent, folder = paths.resolve(path.parent), paths.resolve(drafts_dir(content))
    if parent is None or folder is None or parent != folder:
        raise FellesError("E428", {"path": shown, "reason": REFUSED["elsewhere"]})
    if write:
        for packaged in protected():
            root = paths.resolve(packaged)
            if root is not None and parent.is_relative_to(root):
                raise UsageError("U021", {"path": str(content)})


def _draft_bytes(path: Path, shown: str) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise FellesError("E423", {"path": shown, "reason": os_reason(error)}) from None


def _keep_previous(path: Path, raw: bytes, shown: str) -> str:  # raw: the bytes read
    """Where the previous text is kept: git, when HEAD holds the draft's exact bytes;
    else a copy beside the draft, written before the draft is touched."""
    from felles.atomic import create_new
    from felles.plan.git import in_head

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
    raise UsageError("U039", {"path": str(path), "reason": "for mange gemte udgaver i dag"})


def _replace(path: Path, text: str, shown: str) -> None:
    from felles.atomic import replace

    try:
        replace(path, text)
    except OSError as error:
        raise UsageError("U039", {"path": shown, "reason": os_reason(error)}) from None


def counts(old: Sequence[Block], new: Sequence[Block]) -> dict[str, int]:
    """How many blocks (paragraphs, items, headings) changed, came and went."""
    import difflib

    found = {"changed": 0, "added": 0, "removed": 0}
    matcher = difflib.SequenceMatcher(a=list(old), b=list(new), autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "replace":
            common = min(i2 - i1, j2 - j1)
            found["changed"] += common
            found["added"] += (j2 - j1) - common
            found["removed"] += (i2 - i1) - common
        elif tag == "insert":
            found["added"] += j2 - j1
        elif tag == "delete":
            found["removed"] += i2 - i1
    return found
