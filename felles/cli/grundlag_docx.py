"""`felles grundlag docx`: a leader's draft out to Word (`grundlag import` brings it back:
cli/grundlag_import.py).

Registered by `cli/grundlag.py`. For the coordinator's round trip, `docx --all -o MAPPE`
(or `--group N`) writes one document per leader with a draft (cli/draft_to_docx.py).
`docx` writes its documents by the one rule for `-o` (felles/cli/output.py); felles'
mark on a .docx is its app.xml (felles/render/docx_signature.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Final

import typer

from felles.cli.content import content_dir, load
from felles.cli.draft_to_docx import write_docx
from felles.cli.grundlag_sources import leader_draft
from felles.cli.options import ContentOption, VerboseOption
from felles.cli.output import say
from felles.errors import ExitCode, UsageError

if TYPE_CHECKING:
    pass

TEXT: Final = {
    "wrote": "{leader}s ledelsesgrundlag er gemt som Word-dokument i {path}. Spørgsmålene står "
    "med grå kursiv og må gerne blive stående. Tag teksten tilbage med:\n"
    '  felles grundlag import "{leader}" {path}',
}


def docx_out(
    name: Annotated[
        str | None,
        typer.Argument(
            metavar="[NAVN]",
            help="Lederens navn som i groups.yaml (store/små bogstaver og æ/ø/å er "
            "ligegyldige). Udelades med --all og --group.",
            show_default=False,
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            metavar="FIL",
            help="Word-dokumentet, der skrives (standard: lederens filnavn med .docx i den "
            "mappe, du står i); med --all og --group en mappe. Et dokument, nogen har "
            "ændret, overskrives aldrig.",
            show_default=False,
        ),
    ] = None,
    all_leaders: Annotated[
        bool, typer.Option("--all", help="Et Word-dokument til hver leder med et ledelsesgrundlag.")
    ] = False,
    group: Annotated[
        int | None,
        typer.Option(
            "--group",
            metavar="N",
            help="Et Word-dokument til hver leder i sparringsgruppe N.",
            show_default=False,
        ),
    ] = None,
    content: ContentOption = None,
    verbose: VerboseOption = False,
) -> int:
    """Lederens ledelsesgrundlag som Word-dokument (.docx).

    Til ledere, der ikke skriver i Markdown: overskrifterne bliver Word-overskrifter og
    spørgsmålene en grå hjælpetekst."""
    from felles.names import slug

    many = all_leaders or group is not None
    if (name is None) != many or (all_leaders and group is not None):
        raise UsageError("U110")
    found = content_dir(content, verbose)
    loaded = load(found, drafts=True)
    if not many:
        assert name is not None
        leader, draft = leader_draft(loaded, name)
        target = output if output is not None else Path(f"{slug(leader)}.docx")
        write_docx(found.path, leader, draft, target)
        say(TEXT["wrote"].format(path=target, leader=leader))
        return ExitCode.OK
    from felles.cli.draft_to_docx import write_all

    return write_all(found.path, loaded, group, output if output is not None else Path())
