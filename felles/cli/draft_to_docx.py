"""A leader's draft written as a Word document (render/docx_write.py makes the bytes), by the
one rule for `-o` (cli/output.py): one document, or one for each leader of `--all` or
`--group N` into a folder."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Final

from felles.cli.draft_overwrite import draft_bytes
from felles.cli.output import say
from felles.errors import ExitCode, FellesError, UsageError, os_reason

if TYPE_CHECKING:
    from felles.content.load import Content, Draft

TEXT: Final = {
    "header": "{leader} · sparringsgruppe {group} · status: {status} – skriv i dokumentet; "
    "felles tager teksten med tilbage i ledelsesgrundlaget.",
    "wrote_all": "{count} Word-dokumenter er gemt i {folder}. Tag teksterne tilbage med:\n"
    "  felles grundlag import {folder}",
    "no_drafts": "Ingen ledere{scope} har et ledelsesgrundlag endnu, så der er ingen "
    "Word-dokumenter at lave.",
    "scope": " i sparringsgruppe {group}",
    "not_folder": "det er ikke en mappe",
}


def make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise UsageError("U039", {"path": str(folder), "reason": os_reason(error)}) from None
    if not folder.is_dir():
        raise UsageError("U039", {"path": str(folder), "reason": TEXT["not_folder"]})


def write_docx(content: Path, leader: str, draft: Draft, target: Path) -> None:
    from felles.cli.output import protected, write_file
    from felles.content.markdown_blocks import parse
    from felles.names import slug
    from felles.render import docx_write

    header = TEXT["header"].format(leader=leader, group=draft.meta.group, status=draft.meta.status)
    raw = draft_bytes(draft.doc.path, draft.display)
    body = draft.doc.body.replace("\r\n", "\n")
    data = docx_write.build(
        parse(body), leader=leader, slug=slug(leader), header=header, draft=raw, body=body
    )
    try:  # the one rule for -o (cli/output.py); the mark is docx's (render/signature.py)
        write_file(target, data, protect=protected(content))
    except FellesError as error:
        if error.code != "E701":
            raise
        # Someone's document, or one of ours saved in Word since: it may hold text
        # that has not been brought back yet.
        raise FellesError("E425", {"path": str(target)}) from None


def write_all(content: Path, loaded: Content, group: int | None, folder: Path) -> int:
    """`docx --all` or `--group N`: a document for each leader with a draft (in the group)
    into `folder`; a document that cannot be written stops no other."""
    from felles.names import slug
    from felles.plan.roster import check_group

    if group is not None:
        check_group(loaded, group)
    chosen = [
        d for d in loaded.drafts
        if d.meta.leader in loaded.leaders()
        and (group is None or loaded.leaders()[d.meta.leader] == group)
    ]  # fmt: skip
    if not chosen:
        scope = TEXT["scope"].format(group=group) if group is not None else ""
        say(TEXT["no_drafts"].format(scope=scope))
        return ExitCode.OK
    make_folder(folder)
    written = 0
    for draft in chosen:
        target = folder / f"{slug(draft.meta.leader)}.docx"
        try:
            write_docx(content, draft.meta.leader, draft, target)
        except FellesError as error:  # one document kept (someone saved it) stops no other
            say(f"felles: {error}")
            continue
        written += 1
    say(TEXT["wrote_all"].format(count=written, folder=folder))
    return ExitCode.OK if written == len(chosen) else ExitCode.CONTENT
