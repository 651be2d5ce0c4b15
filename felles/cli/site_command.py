"""`felles export site`: the overview page (HTML) of the whole programme.

Registered by `cli/export.py`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Final

import typer

from felles.cli.clock import today, user_date
from felles.cli.content import clean, content_dir, errors, template
from felles.cli.options import (
    ContentOption,
    VerboseOption,
)
from felles.cli.output import protected, say, wants_html
from felles.errors import ExitCode

# What the command says on stderr.
TEXT: Final = {
    "wrote_site": "Oversigtssiden er gemt i {path} (åbn den i en browser).",
    "draft_errors": "Bemærk: {count} fejl i ledernes ledelsesgrundlag; de tæller som »ugyldig« "
    "på siden. Kør »felles grundlag check« for at se dem.",
}


def export_site(
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            metavar="MAPPE",
            help="Mappen, siden (index.html) skrives i; oprettes, hvis den mangler. Standard: "
            "site/ i den mappe, du står i. Et navn, der ender på .html, er selve filen.",
            show_default=False,
        ),
    ] = None,
    as_of: Annotated[
        str | None,
        typer.Option(
            "--as-of",
            metavar="DATO",
            help="Vis de næste aktiviteter fra denne dato i stedet for i dag: 2018-11-01, "
            "1.11.2018, 2018-W45 eller »uge 45«.",
            show_default=False,
        ),
    ] = None,
    content: ContentOption = None,
    verbose: VerboseOption = False,
) -> int:
    """Oversigtsside over forløbet (HTML): formål, hjulet med læringsmål og temaer,
    tidslinjen, de næste aktiviteter og sparringsgrupperne."""
    from felles.cli.output import write_file
    from felles.render import site
    from felles.render.signature import HTML, sign

    cdir = content_dir(content, verbose)
    loaded, findings = clean(cdir, drafts=True)
    if errors(findings):
        say(TEXT["draft_errors"].format(count=len(errors(findings))))
    zone = loaded.programme.timezone if loaded.programme else None
    start = user_date(as_of, today(zone))
    html = site.render(template(cdir.path, site.TEMPLATE, verbose), site.context(loaded, start))
    folder = Path("site") if output is None else output
    path = folder if wants_html(folder) else folder / site.PAGE
    write_file(
        path,
        sign(html, HTML, "export site"),
        protect=protected(cdir.path),
        cannot="U050",
        make_folders=True,
    )
    say(TEXT["wrote_site"].format(path=path))
    return ExitCode.OK
