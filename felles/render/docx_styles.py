"""The Word document's page and styles (`felles grundlag docx`): A4 with Danish margins,
Calibri 11 in Danish, and the styles of what is not the leader's text (QUESTION, GUIDE,
NOTE, MARKDOWN, CODE), so that `content.docx_read` can tell it apart."""

from __future__ import annotations

from typing import Any, Final

from felles.content.docx_read import GUIDE, NOTE, QUESTION
from felles.content.docx_runs import CODE, MARKDOWN

_GREY: Final = (0x59, 0x59, 0x59)


def page(document: Any) -> None:
    """A4 with Danish margins (2.5 cm at the top and bottom, 2 cm at the sides)."""
    from docx.shared import Cm, Mm

    for section in document.sections:
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.top_margin = section.bottom_margin = Cm(2.5)
        section.left_margin = section.right_margin = Cm(2)


def styles(document: Any) -> None:
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt, RGBColor

    normal = document.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    properties = normal.element.get_or_add_rPr()
    language = properties.find(qn("w:lang"))
    if language is None:
        language = properties.makeelement(qn("w:lang"), {})
        properties.append(language)
    language.set(qn("w:val"), "da-DK")  # Word checks the spelling in Danish
    styles = document.styles
    question = styles.add_style(QUESTION, WD_STYLE_TYPE.PARAGRAPH)
    question.base_style = normal
    question.font.italic = True
    question.font.color.rgb = RGBColor(*_GREY)
    question.paragraph_format.left_indent = Cm(0.6)
    question.next_paragraph_style = normal  # Enter after a question: the answer's style
    guide = styles.add_style(GUIDE, WD_STYLE_TYPE.PARAGRAPH)
    guide.base_style = normal
    guide.font.size = Pt(9)
    guide.font.color.rgb = RGBColor(*_GREY)
    guide.next_paragraph_style = normal
    note = styles.add_style(NOTE, WD_STYLE_TYPE.PARAGRAPH)
    note.base_style = normal
    note.font.size = Pt(9)
    note.font.color.rgb = RGBColor(*_GREY)
    markdown = styles.add_style(MARKDOWN, WD_STYLE_TYPE.PARAGRAPH)
    markdown.base_style = normal
    markdown.font.name = "Courier New"
    markdown.font.size = Pt(9.5)
    code = styles.add_style(CODE, WD_STYLE_TYPE.CHARACTER)
    code.font.name = "Courier New"
