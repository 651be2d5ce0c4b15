"""`felles export agenda` as Markdown: what the content says cannot change the agenda's shape.

A title, agenda item, place, purpose or preparation with a line break, raw HTML, a
Markdown marker or a GitHub workflow command is written from YAML, exported, and
parsed as CommonMark: the headings and list items are those of the plain agenda.
"""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.helpers.content import PHASE_2, SHIPPED
from tests.helpers.run import Cli
from tests.unit.render.test_templates import FRAGMENTS, html_in, structure

FIELDS = ("title", "place", "purpose", "preparation", "item")


def with_values(content: Path, value: str) -> None:
    """Phase 2's seminar with `value` (a YAML double-quoted string) in every text field."""
    text = (SHIPPED / PHASE_2).read_text(encoding="utf-8")
    quoted = json.dumps(value, ensure_ascii=False)
    seminar = "    type: seminar\n    title: "
    assert seminar in text
    head, _, rest = text.partition(seminar)
    _, _, rest = rest.partition("\n")
    block = (
        f"{seminar}{quoted}\n    place: {quoted}\n    preparation: {quoted}\n"
        f"    agenda:\n      - time: '12:00'\n        item: {quoted}\n"
        f"      - time: '13:00'\n        item: {quoted}\n"
    )
    rest = rest.replace(
        "purpose: Ledelsesgrundlag og visionsledelse (fælles sprog og viden).",
        f"purpose: {quoted}",
    )
    (content / PHASE_2).write_text(head + block + rest, encoding="utf-8")


def agenda(cli: Cli, content: Path) -> str:
    result = cli("export", "agenda", "2018-11-08", "--content", content)
    assert result.code == 0, result.err
    return result.out


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    value=st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=8).map(
        lambda parts: "".join(parts[:4]) + "Punkt" + "".join(parts[4:])
    )
)
def test_the_agenda_keeps_its_shape_whatever_the_content_says(
    cli: Cli, content: Path, value: str
) -> None:
    with_values(content, "Punkt")
    plain = agenda(cli, content)
    with_values(content, value)
    hostile = agenda(cli, content)
    assert structure(hostile) == structure(plain)
    assert html_in(hostile) == [html_in(plain)[-1]] == html_in(plain)  # only felles' mark
    assert "<script" not in hostile
    assert not any(line.startswith("::") for line in hostile.splitlines())


def test_a_title_with_a_line_break_and_an_error_command_stays_one_heading(
    cli: Cli, content: Path
) -> None:
    with_values(content, "Seminar\n::error file=x,line=1::falsk\n# Overskrift <b>fed</b>")
    out = agenda(cli, content)
    first = out.splitlines()[0]
    assert first == "# Seminar ::error file=x,line=1::falsk # Overskrift &lt;b>fed&lt;/b>"
    assert sum(1 for line in out.splitlines() if line.startswith("# ")) == 1
    assert "| 12.00 | Seminar ::error" in out  # the item stays in its table row
