"""A leader's draft as a Word document (`felles grundlag docx`), written with python-docx.

Each block of the body (`content.blocks`) becomes one Word paragraph in a style Word
knows: headings as "Heading 1…6" (Word shows them as Overskrift 1…6), lists as
"List Bullet"/"List Number" (nested: "… 2", "… 3", each numbered list restarting at
its own first number), bold and italic as Word's own, links as links. What is not the
leader's text keeps a style of its own, so that `content.docx_read` can tell it apart
when the document comes back:

- the guiding questions (`> …`): QUESTION, grey, italic, indented;
- felles' note for the Word user (GUIDE_TEXT), small and grey, first in the document;
- notes to a Markdown author (HTML comments) are not written: they speak of `>` lines
  and front matter, and they stay in the draft (`grundlag import` keeps them);
- Markdown Word need not understand (tables, code, images): MARKDOWN ("Bevaret
  tekst": no Markdown word in the document), monospace, as
  written; inline code in CODE.

The file carries felles' mark (`felles.render.docx_signature.sign_docx`: docProps/app.xml
names felles as the application, which Word and LibreOffice replace when they save),
so `-o` replaces a document felles wrote and nobody has saved since, and no other
(felles/cli/output.py). SIGNATURE in the document's comments says which command made
it. python-docx is imported only when a document is made. The page and styles are
docx_styles', the paragraphs docx_paragraphs'.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Final

from felles.content.blocks import Block
from felles.content.docx_custom_xml import with_properties
from felles.content.docx_properties import properties
from felles.content.docx_read import GUIDE, GUIDE_TEXT, NOTE, QUESTION
from felles.content.docx_runs import CODE, MARKDOWN
from felles.render import docx_styles
from felles.render.docx_paragraphs import BlockWriter, xml_text
from felles.render.docx_signature import APPLICATION, sign_docx

__all__ = ["CODE", "MARKDOWN", "NOTE", "QUESTION", "build"]
SIGNATURE: Final = "felles grundlag docx"
IDENTIFIER: Final = "felles:ledelsesgrundlag:{slug}"
TEXT: Final = {"title": "Personligt ledelsesgrundlag – {leader}"}  # the document's title


def build(
    blocks: Sequence[Block],
    *,
    leader: str,
    slug: str,
    header: str,
    draft: bytes = b"",
    body: str = "",
) -> bytes:
    """The .docx of a draft's blocks; `header` is the page header (not brought back).

    `draft` (the draft file's bytes) and `body` (its body) go into the document's custom
    properties with the leader's `slug` (`content.docx_properties.properties`)."""
    import docx

    document = docx.Document()
    docx_styles.page(document)
    docx_styles.styles(document)
    core = document.core_properties
    core.title = xml_text(TEXT["title"].format(leader=leader))
    core.author = core.last_modified_by = APPLICATION
    core.identifier = IDENTIFIER.format(slug=slug)
    core.comments = SIGNATURE
    core.language = "da-DK"
    head = document.sections[0].header.paragraphs[0]
    head.text = xml_text(header)
    head.style = document.styles[NOTE]
    document.add_paragraph(GUIDE_TEXT, style=GUIDE)
    BlockWriter(document).write(blocks)
    out = io.BytesIO()
    document.save(out)
    return sign_docx(with_properties(out.getvalue(), properties(slug, draft, body)))
