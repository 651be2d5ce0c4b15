"""felles' mark on what it writes: added to every document, and recognised in a file.

A file felles wrote may be replaced by the next export; any other file is someone's
own work and never is (felles/cli/output.py). What marks felles' output, by format:

- HTML and Markdown: a trailing comment `<!-- felles <command>: … -->` (the site's
  page: `site.MARKER`). `sign` adds it whatever template made the text, a
  coordinator's own included;
- iCalendar: `PRODID:-//felles//…` in the calendar's head (`ics.PRODID`);
- JSON: a JSON Schema whose `$id` is one of felles' (`schema.BASE_URI`; or, as an earlier
  felles wrote it, an address ending in `/schemas/<kind>.schema.json` with a title
  `felles: …`), or a
  top-level key `"generator": "felles <command>"` (`sign` adds it: the survey report);
- plain text: a last line `Lavet med felles <command>.` (the survey report);
- Word (.docx, `grundlag docx`): `docProps/app.xml` names felles as the application,
  `<Application>felles</Application>` (`sign_docx` puts it there). Word and LibreOffice
  write their own name in its place whenever they save, so a document a leader has
  saved since, with text that may not be brought back yet, is theirs;
- e-mail (.eml, `invite`): a first header `X-Mailer: felles <command>` (`MAILER`);
- CSV: none. A CSV template is where answers get typed in, so felles never replaces
  one, whoever wrote it.

Only the mark counts, never the file's name or age: a person's `agenda.md` stays theirs.
"""

from __future__ import annotations

import json
import re
from typing import Any, Final

from felles.render.json_schema import BASE_URI

# `form` values: the formats felles writes.
HTML: Final = "html"
MARKDOWN: Final = "md"
JSON: Final = "json"
TEXT: Final = "text"

GENERATOR: Final = "generator"
PRODID_PREFIX: Final = "-//felles//"
LARGEST: Final = 50 * 1024 * 1024  # a bigger file is not one of ours
_EDGE: Final = 8192  # bytes of a file's head and tail that hold its mark

_COMMENT = re.compile(r"<!--[ \t]*felles [a-z][a-z ]*: [^<>\n]*-->\s*\Z")
_FOOTER = re.compile(r"(?:\A|\n)Lavet med felles [a-z][a-z ]*\.\s*\Z")
_PRODID = re.compile(rf"^PRODID:{re.escape(PRODID_PREFIX)}", re.MULTILINE)
MAILER: Final = "X-Mailer"
_MAILER = re.compile(r"\AX-Mailer: felles [a-z][a-z ]*\r?\n")

APPLICATION: Final = "felles"  # the application a .docx of ours names
APP_XML: Final = "docProps/app.xml"
_ZIP: Final = b"PK\x03\x04"  # a .docx is a zip archive
_APP_XML_LARGEST: Final = 1024 * 1024  # app.xml is a few hundred bytes; no zip bomb
_APPLICATION = re.compile(rb"<Application>[^<]*</Application>")
_OURS_APPLICATION: Final = f"<Application>{APPLICATION}</Application>".encode()


def comment(command: str) -> str:
    """The trailing comment of an HTML or Markdown document of `felles <command>`."""
    return f"<!-- felles {command}: genereret fil, erstattes ved næste kørsel -->"


def footer(command: str) -> str:
    """The last line of a plain-text document of `felles <command>`."""
    return f"Lavet med felles {command}."


def sign(text: str, form: str, command: str) -> str:
    """`text` as felles writes it: with felles' mark for its format (added if missing)."""
    if form in (HTML, MARKDOWN):
        if _COMMENT.search(text[-_EDGE:]):
            return text
        # A blank line first: in Markdown the comment must not join a list or paragraph.
        gap = "\n\n" if form == MARKDOWN else "\n"
        body = text.rstrip("\n")
        return (body + gap if body else "") + comment(command) + "\n"
    if form == TEXT:
        if _FOOTER.search(text[-_EDGE:]):
            return text
        body = text.rstrip("\n")
        return (body + "\n\n" if body else "") + footer(command) + "\n"
    if form == JSON:
        return _sign_json(text, command)
    return text


def _sign_json(text: str, command: str) -> str:
    try:
        data = json.loads(text)
    except ValueError:
        return text
    if not isinstance(data, dict) or _json_is_ours(data):
        return text
    signed = {GENERATOR: f"felles {command}", **data}
    return json.dumps(signed, ensure_ascii=False, indent=2) + "\n"


# The `$id` of a schema an earlier felles wrote: an address ending in its file name.
_EARLIER_ID: Final = re.compile(r"https://\S+/schemas/[a-z_]+\.schema\.json")


def _json_is_ours(data: dict[str, Any]) -> bool:
    ident, generator, title = data.get("$id"), data.get(GENERATOR), data.get("title")
    earlier = (
        isinstance(ident, str)
        and bool(_EARLIER_ID.fullmatch(ident))
        and isinstance(title, str)
        and title.startswith("felles:")
    )
    return (
        (isinstance(ident, str) and ident.startswith(BASE_URI))
        or earlier
        or (isinstance(generator, str) and generator.startswith("felles "))
    )


def sign_docx(data: bytes) -> bytes:
    """A .docx (the bytes of a zip archive) with felles named as its application in
    `docProps/app.xml`; every other part stays as it was, byte for byte."""
    import io
    import zipfile

    if _docx_is_ours(data):
        return data
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            part = source.read(info)
            if info.filename == APP_XML:
                part = _named_ours(part)
            target.writestr(info, part)
    return out.getvalue()


def _named_ours(app: bytes) -> bytes:
    if _APPLICATION.search(app):
        return _APPLICATION.sub(_OURS_APPLICATION, app, count=1)
    closing = app.rfind(b"</Properties>")
    if closing < 0:
        return app
    return app[:closing] + _OURS_APPLICATION + app[closing:]


def _docx_is_ours(data: bytes) -> bool:
    """Does the zip archive `data` name felles as the application in its app.xml?"""
    import io
    import zipfile
    import zlib

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            info = archive.getinfo(APP_XML)
            if info.file_size > _APP_XML_LARGEST:
                return False
            with archive.open(info) as part:
                app = part.read(_APP_XML_LARGEST + 1)
    except (
        zipfile.BadZipFile,
        KeyError,
        ValueError,
        NotImplementedError,
        RuntimeError,
        EOFError,
        OSError,
        zlib.error,
    ):  # not a zip, no app.xml, encrypted, damaged or of a kind zipfile cannot read
        return False
    found = _APPLICATION.search(app)
    return found is not None and found.group() == _OURS_APPLICATION


def is_ours(data: bytes) -> bool:
    """Does a file holding `data` carry felles' mark (in any format)?"""
    if len(data) > LARGEST:
        return False
    if data.startswith(_ZIP):
        return _docx_is_ours(data)
    head = data[:_EDGE].decode("utf-8", "replace").lstrip("\ufeff")
    tail = data[-_EDGE:].decode("utf-8", "replace")
    if _COMMENT.search(tail) or _FOOTER.search(tail):
        return True
    if head.startswith("BEGIN:VCALENDAR") and _PRODID.search(head):
        return True
    if _MAILER.match(head):
        return True
    if head.lstrip().startswith("{"):
        try:
            document = json.loads(data.decode("utf-8"))
        except ValueError:
            return False
        return isinstance(document, dict) and _json_is_ours(document)
    return False
