"""felles' mark on what it writes: added to every document, and recognised in a file.

A file felles wrote may be replaced by the next export; any other file is someone's
own work and never is (felles/cli/output.py). What marks felles' output, by format:

- HTML and Markdown: a trailing comment `<!-- felles <command>: … -->` (the site's
  page: `site.MARKER`). `sign` adds it whatever template made the text, a
  coordinator's own included;
- iCalendar: `PRODID:-//felles//…` in the calendar's head (`ics.PRODID`);
- JSON (json_signature): a JSON Schema whose `$id` is one of felles' (`schema.BASE_URI`;
  or, as an earlier felles wrote it, an address ending in `/schemas/<kind>.schema.json`
  with a title `felles: …`), or a top-level key `"generator": "felles <command>"` (`sign`
  adds it: the survey report);
- plain text: a last line `Lavet med felles <command>.` (the survey report);
- Word (.docx, `grundlag docx`; docx_signature): `docProps/app.xml` names felles as the
  application, `<Application>felles</Application>` (`sign_docx` puts it there). Word and
  LibreOffice write their own name in its place whenever they save, so a document a
  leader has saved since, with text that may not be brought back yet, is theirs;
- e-mail (.eml, `invite`): a first header `X-Mailer: felles <command>` (`MAILER`);
- CSV: none. A CSV template is where answers get typed in, so felles never replaces
  one, whoever wrote it.

Only the mark counts, never the file's name or age: a person's `agenda.md` stays theirs.
"""

from __future__ import annotations

import json
import re
from typing import Final

from felles.render import docx_signature, json_signature

# `form` values: the formats felles writes.
HTML: Final = "html"
MARKDOWN: Final = "md"
JSON: Final = "json"
TEXT: Final = "text"

PRODID_PREFIX: Final = "-//felles//"
LARGEST: Final = 50 * 1024 * 1024  # a bigger file is not one of ours
_EDGE: Final = 8192  # bytes of a file's head and tail that hold its mark

# felles' marks in words; _COMMENT and _FOOTER below (is_ours) read them back.
COMMENT: Final = "<!-- felles {command}: genereret fil, erstattes ved næste kørsel -->"
FOOTER: Final = "Lavet med felles {command}."
_COMMENT = re.compile(r"<!--[ \t]*felles [a-z][a-z ]*: [^<>\n]*-->\s*\Z")
_FOOTER = re.compile(r"(?:\A|\n)Lavet med felles [a-z][a-z ]*\.\s*\Z")
_PRODID = re.compile(rf"^PRODID:{re.escape(PRODID_PREFIX)}", re.MULTILINE)
MAILER: Final = "X-Mailer"
_MAILER = re.compile(r"\AX-Mailer: felles [a-z][a-z ]*\r?\n")


def comment(command: str) -> str:
    """The trailing comment of an HTML or Markdown document of `felles <command>`."""
    return COMMENT.format(command=command)


def footer(command: str) -> str:
    """The last line of a plain-text document of `felles <command>`."""
    return FOOTER.format(command=command)


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
        return json_signature.sign_json(text, command)
    return text


def is_ours(data: bytes) -> bool:
    """Does a file holding `data` carry felles' mark (in any format)?"""
    if len(data) > LARGEST:
        return False
    if data.startswith(docx_signature.ZIP):
        return docx_signature.docx_is_ours(data)
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
        return isinstance(document, dict) and json_signature.json_is_ours(document)
    return False
