"""`felles status` as text and Markdown (to paste into an email).

The sections come in a fixed order and each is left out when it is empty: De næste 14
dage, Mangler dato, Ledelsesgrundlag, Par, Spørgeskema, Advarsler. Text and Markdown
hold the same lines; Markdown makes the headings `##` and the lines bullets.

The JSON is desk_json's; each thing's line comes from desk_lines (a draft behind from
drafts_behind_text).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Final

from felles import danish_days
from felles.plan.desk import Desk
from felles.render import desk_lines, drafts_behind_text

if TYPE_CHECKING:
    from felles.findings import Finding

# User-facing words of this module (Danish), in one place.
TEXT: Final = {
    "title": "Status pr. {day}",
    "title_md": "Status for {name} pr. {day}",
    "soon": "De næste 14 dage",
    "missing": "Mangler dato",
    "behind": "Ledelsesgrundlag",
    "pairs": "Par",
    "survey": "Spørgeskema",
    "warnings": "Advarsler",
    "nothing": "Intet kræver dig pr. {day}: ingen aktiviteter de næste 14 dage, ingen "
    "manglende datoer, ingen udkast bagud, ingen par eller spørgeskemarunder, der venter.",
}


def sections(
    desk: Desk, warnings: Sequence[Finding], data: Sequence[Finding]
) -> list[tuple[str, list[str]]]:
    """Each section that has something, with its lines, in the order of the module docstring."""
    today = desk.today
    found = [
        (TEXT["soon"], [desk_lines.soon_line(item, today) for item in desk.soon]),
        (TEXT["missing"], [desk_lines.missing_line(m) for m in desk.missing]),
        (TEXT["behind"], [drafts_behind_text.behind_line(b, today) for b in desk.behind]),
        (TEXT["pairs"], [desk_lines.pairs_line(p) for p in desk.pairs]),
        (
            TEXT["survey"],
            [desk_lines.opening_line(r, today) for r in desk.opening]
            + [desk_lines.round_line(r) for r in desk.rounds]
            + [f.message for f in data],
        ),
        (TEXT["warnings"], [str(f) for f in warnings]),
    ]
    return [(title, lines) for title, lines in found if lines]


def text_lines(desk: Desk, warnings: Sequence[Finding], data: Sequence[Finding]) -> Iterator[str]:
    day = danish_days.short_day(desk.today)
    yield TEXT["title"].format(day=day)
    found = sections(desk, warnings, data)
    if not found:
        yield ""
        yield TEXT["nothing"].format(day=day)
    for title, lines in found:
        yield ""
        yield title
        for line in lines:
            yield f"  {line}"


def markdown_lines(
    desk: Desk, name: str, warnings: Sequence[Finding], data: Sequence[Finding]
) -> Iterator[str]:
    """The same as `text_lines`, to paste into an email: headings and bullets, content text
    escaped as every Markdown output escapes it."""
    day = danish_days.short_day(desk.today)
    yield "# " + _md(TEXT["title_md"].format(name=name, day=day))
    found = sections(desk, warnings, data)
    if not found:
        yield ""
        yield _md(TEXT["nothing"].format(day=day))
    for title, lines in found:
        yield ""
        yield f"## {title}"
        yield ""
        for line in lines:
            yield f"- {_md(line)}"


def _md(text: str) -> str:
    """A line of plain text as Markdown that shows it as written."""
    from felles.render.prose import escape_html

    for mark in ("\\", "*", "_", "`", "[", "]", "#"):
        text = text.replace(mark, "\\" + mark)
    return escape_html(text)
