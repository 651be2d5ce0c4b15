"""`felles export grundlag`: the published ledelsesgrundlag as one booklet (HTML or Markdown).

The command is registered by `cli/export.py` (`felles export …`); this module holds it so
that the export commands stay short.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from felles.cli.booklet_options import (
    BookletFormat,
    BookletFormatOption,
    BookletGroupOption,
    BookletOutputOption,
    BookletStatusOption,
    booklet_target,
    chosen_statuses,
    format_of,
)
from felles.cli.clock import today
from felles.cli.content import clean, content_dir, template
from felles.cli.options import ContentOption, VerboseOption
from felles.cli.output import emit, protected, say
from felles.errors import ExitCode, FellesError
from felles.words import joined

if TYPE_CHECKING:
    from felles.plan.booklet import Selection

TEXT: Final = {
    "wrote": "Bogen med {count} (status {statuses}) er gemt i {path}.",
    "left_out": "Ikke med i bogen (kun status {statuses} kommer med): {reasons}.",
    "status": "{count} med status {status}",
    "ugyldig": "{count}, der ikke kan læses (se »felles grundlag check«)",
    "mangler": "{count} uden et ledelsesgrundlag endnu",
    "orphans": "{count} for ledere, der ikke står i groups.yaml",
    "scope": " i sparringsgruppe {group}",
}


def export_grundlag(
    output: BookletOutputOption = None,
    group: BookletGroupOption = None,
    status: BookletStatusOption = None,
    output_format: BookletFormatOption = None,
    content: ContentOption = None,
    verbose: VerboseOption = False,
) -> int:
    """De udgivne ledelsesgrundlag samlet i én bog (HTML eller Markdown).

    Til print og intranet: forside, indhold efter sparringsgruppe og hver leder på sin
    egen side."""
    from felles.content.model import STATUSES
    from felles.plan.booklet import PUBLISHED, select
    from felles.plan.roster import check_group
    from felles.render import booklet_pages

    statuses = chosen_statuses(status or [PUBLISHED], STATUSES)
    kind = (output_format or BookletFormat(format_of(output))).value
    cdir = content_dir(content, verbose)
    loaded, _ = clean(cdir, drafts=True)
    if group is not None:
        check_group(loaded, group)
    chosen = select(loaded, statuses, group)
    statuses_words = joined(list(statuses))
    if chosen.left_out or chosen.orphans:
        say(TEXT["left_out"].format(statuses=statuses_words, reasons=_reasons(chosen)))
    if not chosen.entries:
        scope = TEXT["scope"].format(group=group) if group is not None else ""
        raise FellesError("E420", {"statuses": statuses_words, "scope": scope})
    html = kind == "html"
    values = booklet_pages.context(loaded, chosen, today(), html=html)
    text = booklet_pages.render(
        template(cdir.path, booklet_pages.TEMPLATES[kind], verbose), values, html=html
    )
    target = None if output is None else booklet_target(output, kind, booklet_pages.FILES[kind])
    if emit(
        text,
        target,
        form=kind,
        command="export grundlag",
        protect=protected(cdir.path),
        make_folders=target != output,  # `-o MAPPE`: made when it is missing
    ):
        count = values["count"]
        say(TEXT["wrote"].format(count=count, statuses=statuses_words, path=target))
    return ExitCode.OK


def _reasons(chosen: Selection) -> str:
    from felles.plan import progress

    parts = []
    for reason, count in chosen.left_out.items():
        if reason in (progress.BROKEN, progress.MISSING):
            parts.append(TEXT[reason].format(count=count))
        else:
            parts.append(TEXT["status"].format(count=count, status=reason))
    if chosen.orphans:
        parts.append(TEXT["orphans"].format(count=chosen.orphans))
    return joined(parts)
