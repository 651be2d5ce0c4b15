"""The one Jinja2 environment: a value can never change the structure of a Markdown document.

The packaged agenda and survey form are rendered with every text value replaced by
hostile text (line breaks of every kind, Markdown block markers, raw HTML, `::error`
workflow commands, table pipes) and parsed as CommonMark (with tables): the headings,
lists, list items and tables are exactly those of the same document with plain text.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from felles.content.load import Content
from felles.plan import select
from felles.render import agenda, template_values, templates
from felles.survey.form_values import form_context
from felles.survey.layout import find_round
from tests.helpers.tree import SURVEY, loaded

TEMPLATES = Path(__file__).resolve().parents[3] / "templates"

FRAGMENTS = [
    "\n",
    "\r\n",
    "\r",
    "\u2028",
    "\u2029",
    "\x85",
    "\v",
    "\f",
    "# ",
    "## Falsk overskrift",
    "- ",
    "* ",
    "+ ",
    "1. ",
    "2) ",
    "> ",
    "---",
    "===",
    "```",
    "~~~",
    "    ",
    "\t",
    "|",
    "| a | b |",
    "[x]: https://example.org",
    "<script>alert(1)</script>",
    "<!--",
    "-->",
    "<b>fed</b>",
    "&amp;",
    "::error file=x.md,line=1::falsk",
    "::stop-commands::x",
    "\\",
    "*",
    "_",
    "Søren Aakjær",
    " ",
]
# Hostile text around a word (a blank value is another question: a title has words).
HOSTILE = st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=4), min_size=1, max_size=12).map(
    lambda parts: "".join(parts[:6]) + "ord" + "".join(parts[6:])
)
KEEP = frozenset({"id", "scale", "column"})  # keys templates look things up by


def hostile_copy(value: Any, text: Callable[[], str]) -> Any:
    """`value` with every text replaced by `text()` (lookup keys kept)."""
    if isinstance(value, str):
        return text()
    if isinstance(value, dict):
        return {k: v if k in KEEP else hostile_copy(v, text) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [hostile_copy(v, text) for v in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            f.name: getattr(value, f.name)
            if f.name in KEEP
            else hostile_copy(getattr(value, f.name), text)
            for f in dataclasses.fields(value)
        }
    return value


@cache
def built() -> Content:
    """The small programme of tests/helpers/tree.py with its survey, loaded."""
    return loaded(survey=SURVEY)


def agenda_values(whole_phase: bool) -> dict[str, Any]:
    content = built()
    if whole_phase:
        phase, chosen = select.select_phase(content, "opstart")
    else:
        occurrence = select.select_activity(content, "2027-01-14", date(2027, 1, 1))
        phase, chosen = occurrence.phase, [occurrence]
    return agenda.context(content, phase, chosen, whole_phase=whole_phase)


def form_values() -> dict[str, Any]:
    content = built()
    assert content.survey is not None
    survey_round = find_round(content.survey, "baseline")
    return form_context(content.survey, survey_round, content.goals, content.leaders(), ["x"])


def structure(markdown: str) -> list[tuple[str, str, int]]:
    """The blocks of a Markdown document: headings, lists, items, tables, rules, code."""
    parser = MarkdownIt("commonmark").enable("table")
    return [
        (token.type, token.tag, token.level)
        for token in parser.parse(markdown)
        if token.type != "inline" and not token.type.startswith("paragraph")
    ]


def html_in(markdown: str) -> list[str]:
    """Raw HTML a Markdown renderer would pass through."""
    parser = MarkdownIt("commonmark").enable("table")
    found = []
    for token in parser.parse(markdown):
        if token.type == "html_block":
            found.append(token.content)
        for child in token.children or []:
            if child.type == "html_inline":
                found.append(child.content)
    return found


CASES = {
    "agenda": (TEMPLATES / "agenda.md.j2", lambda: agenda_values(False)),
    "phase-agenda": (TEMPLATES / "agenda.md.j2", lambda: agenda_values(True)),
    "survey-form": (TEMPLATES / "survey_form.md.j2", form_values),
}


@pytest.mark.parametrize("case", sorted(CASES))
@settings(max_examples=60, deadline=None)
@given(text=HOSTILE)
def test_no_value_changes_the_structure_of_a_markdown_document(case: str, text: str) -> None:
    template, values = CASES[case]
    plain = templates.document(template, hostile_copy(values(), lambda: "Tekst"), html=False)
    hostile = templates.document(template, hostile_copy(values(), lambda: text), html=False)
    assert structure(hostile) == structure(plain)
    assert html_in(hostile) == []
    assert "<" not in hostile  # the templates' own Markdown has no '<'; content's is escaped
    assert not any(line.startswith("::") for line in hostile.splitlines())
    assert hostile.count("\n") == plain.count("\n")


@given(text=HOSTILE)
def test_a_markdown_value_is_one_line_without_raw_html(text: str) -> None:
    value = str(template_values.markdown_value(text))
    assert template_values.LINE_BREAKS.search(value) is None
    assert "<" not in value
    assert not value.startswith(("::", "#", "- ", "* ", "+ ", "```", "~~~", " ", "\t", ">"))


def test_markdown_keeps_an_arrow_and_an_ampersand_readable() -> None:
    # The seed's "-> evt. nye handlinger" reads as written in the Markdown file.
    assert str(template_values.markdown_value("refleksion -> evt. nye handlinger")) == (
        "refleksion -> evt. nye handlinger"
    )
    assert str(template_values.markdown_value("Udvikling & drift")) == "Udvikling & drift"
    assert str(template_values.markdown_value("&lt;b&gt;")) == "&amp;lt;b&amp;gt;"
    assert str(template_values.markdown_value("> citat")) == "\\> citat"


@given(text=st.text())
def test_an_html_value_is_one_line(text: str) -> None:
    value = str(template_values.html_value(text))
    assert template_values.LINE_BREAKS.search(value) is None
    assert not value.startswith("::")


def test_text_that_is_markdown_on_purpose_stays_as_written(tmp_path: Path) -> None:
    from markupsafe import Markup

    template = tmp_path / "t.md.j2"
    template.write_text(
        "{% macro h(level) %}{{ level }} Afsnit{% endmacro %}{{ h('##') }}\n"
        "{{ safe }}\n{{ raw | safe }}\n{{ names | join(', ') }}\n",
        encoding="utf-8",
    )
    out = templates.render(
        template,
        {"safe": Markup("*fed*\n\nny"), "raw": "**x**", "names": ["A & B", "C\nD"]},
        html=False,
    )
    assert out == "## Afsnit\n*fed*\n\nny\n**x**\nA & B, C D\n"


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("Seminar: fælles sprog", "Seminar: fælles sprog"),
        ("# ikke en overskrift", "\\# ikke en overskrift"),
        ("2018. En god start", "2018\\. En god start"),
        ("- ikke et punkt", "\\- ikke et punkt"),
        ("a | b", "a \\| b"),
        ("allerede \\| escaped", "allerede \\| escaped"),
        ("<script>", "&lt;script>"),
        ("a -> b & c", "a -> b & c"),
        ("første\nanden", "første anden"),
        ("::error::x", "\\::error::x"),
        ("C:\\", "C:\\\\"),
    ],
)
def test_markdown_escaping_is_minimal_and_readable(value: str, shown: str) -> None:
    assert str(template_values.markdown_value(value)) == shown
