"""One run of a .docx paragraph as Word shows it: its text (w:t, tabs and breaks, a complex
field's result but not its instruction), its marks (bold, italic, code, Markdown kept as
written) and a hyperlink's target; with the names of the WordprocessingML namespaces and
felles' own character styles.
"""

from __future__ import annotations

from typing import Any, Final

from felles.content.blocks import Span

CODE: Final = "Kode"
MARKDOWN: Final = "Bevaret tekst"  # Markdown Word need not understand, kept as written
MARKDOWN_NAMES: Final = frozenset({MARKDOWN, "Markdown"})  # "Markdown": older documents
W: Final = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R: Final = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"


def local_name(element: Any) -> str:
    tag = element.tag
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) and tag.startswith(W) else ""


def run_span(run: Any, text: str, link: str | None) -> Span:
    style = run.style.name if run.style is not None else ""
    if style == CODE:
        return Span(text, code=True, link=link)
    if style in MARKDOWN_NAMES:
        return Span(text, raw=True, link=link)
    bold = run.bold is True or (run.bold is None and style in ("Strong", "Kraftig"))
    italic = run.italic is True or (run.italic is None and style in ("Emphasis", "Fremhævning"))
    return Span(text, bold=bold, italic=italic, link=link)


def link_target(document: Any, element: Any) -> str | None:
    """A hyperlink's target: its relationship's address, and its anchor."""
    rel = element.get(R + "id")
    anchor = element.get(W + "anchor")
    address = ""
    if rel:
        try:
            address = document.part.rels[rel].target_ref
        except KeyError:
            address = ""
    if anchor:
        address += "#" + anchor
    return address or None


def run_text(run: Any, fields: list[bool]) -> str:
    """A run's text as Word shows it; `fields` (one per open complex field: past its
    'separate'?) is kept across the runs of a paragraph."""
    out: list[str] = []
    for child in run:
        tag = local_name(child)
        if tag == "fldChar":
            kind = child.get(W + "fldCharType")
            if kind == "begin":
                fields.append(False)
            elif kind == "separate" and fields:
                fields[-1] = True
            elif kind == "end" and fields:
                fields.pop()
        elif not all(fields):
            continue  # a field's instruction
        elif tag == "t":
            out.append(child.text or "")
        elif tag in ("tab", "ptab"):
            out.append(" ")
        elif tag in ("br", "cr") and child.get(W + "type") in (None, "textWrapping"):
            out.append("\n")
        elif tag == "noBreakHyphen":
            out.append("-")
    return "".join(out)
