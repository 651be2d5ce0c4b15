"""A link in a Word paragraph (`felles grundlag docx`): a w:hyperlink to the address,
underlined and blue, that takes runs like a paragraph."""

from __future__ import annotations

from typing import Any, Final

_LINK: Final = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"


class Hyperlink:
    """A w:hyperlink in `paragraph` to `address`, taking runs like a paragraph."""

    def __init__(self, paragraph: Any, address: str) -> None:
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        self.paragraph = paragraph
        part = paragraph.part
        rel = part.relate_to(address, _LINK, is_external=True)
        self.element = OxmlElement("w:hyperlink")
        self.element.set(qn("r:id"), rel)
        paragraph._p.append(self.element)

    def add_run(self, text: str) -> Any:
        from docx.shared import RGBColor

        run = self.paragraph.add_run(text)
        self.element.append(run._r)  # moved from the paragraph into the link
        run.font.underline = True
        run.font.color.rgb = RGBColor(0x12, 0x3F, 0x6B)
        return run
