"""Word documents edited as Word writes them (the XML itself), and re-saved by LibreOffice.

python-docx writes runs straight into paragraphs; Word wraps them in tracked changes
(w:ins, w:del), content controls (w:sdt), fields and smart tags. These helpers put that
XML into a document felles made, and `resave` runs a batch of documents through
LibreOffice headless (`soffice --convert-to docx`), the office suite closest to Word that
runs here. Without LibreOffice the tests skip, naming the Debian package; with the
variable CI set they fail.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

PACKAGE = "libreoffice-writer-nogui"
QUESTION_STYLE = "Spørgsmålfraskabelonen"  # the style id python-docx gives the question style
AUTHOR = 'w:id="{n}" w:author="Søren Aakjær" w:date="2018-09-01T10:00:00Z"'


def edit_part(path: Path, change: Callable[[str], str], part: str = "word/document.xml") -> None:
    """Rewrite one XML part of the .docx at `path` with `change`."""
    with zipfile.ZipFile(path) as source:
        items = [(info, source.read(info)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info, data in items:
            if info.filename == part:
                data = change(data.decode("utf-8")).encode("utf-8")
            target.writestr(info, data)


def after(paragraph_text: str, xml: str) -> Callable[[str], str]:
    """A change that puts `xml` right after the paragraph holding `paragraph_text`."""

    def change(document: str) -> str:
        at = document.index(escape(paragraph_text))
        end = document.index("</w:p>", at) + len("</w:p>")
        return document[:end] + xml + document[end:]

    return change


def paragraph(inner: str, style: str | None = None) -> str:
    """A w:p with `inner` (runs and their wrappers) and an optional paragraph style id."""
    properties = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{properties}{inner}</w:p>"


def run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def inserted(text: str, n: int = 901) -> str:
    """Text typed with Track Changes on."""
    return f"<w:ins {AUTHOR.format(n=n)}>{run(text)}</w:ins>"


def deleted(text: str, n: int = 902) -> str:
    """Text deleted with Track Changes on."""
    return (
        f'<w:del {AUTHOR.format(n=n)}><w:r><w:delText xml:space="preserve">{escape(text)}'
        "</w:delText></w:r></w:del>"
    )


def soffice() -> str:
    """LibreOffice's program; the test skips without it (fails with CI set)."""
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None:
        if os.environ.get("CI"):
            pytest.fail(f"CI is set but soffice is not on PATH (Debian's {PACKAGE})")
        pytest.skip(f"no soffice on PATH (install Debian's {PACKAGE} to run these tests)")
    return found


def resave(documents: Sequence[Path], folder: Path, profile: Path) -> dict[str, Path]:
    """Every document opened and saved as .docx by LibreOffice, in one run (start-up takes
    seconds), into `folder`; a profile of its own so that parallel runs never share one."""
    program = soffice()
    folder.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        [program, f"-env:UserInstallation={profile.as_uri()}", "--headless",
         "--convert-to", "docx", "--outdir", str(folder), *map(str, documents)],
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    saved = {path.name: folder / path.name for path in documents}
    missing = [name for name, path in saved.items() if not path.exists()]
    assert not missing, f"LibreOffice did not save {missing}: {done.stdout}{done.stderr}"
    return saved
