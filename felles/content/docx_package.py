"""The package around a .docx's text: limits checked before anything is inflated, and
felles' custom document properties (docProps/custom.xml).

A .docx is a zip archive, and a small one can inflate to gigabytes (a zip bomb).
`check_limits` reads the archive's directory (each part's compressed and uncompressed
size, the number of parts) and refuses an archive over the limits before a byte is
inflated; then it inflates each part in small pieces, kept nowhere, and refuses one
that turns out larger than the directory said. XML nesting is limited where the XML is
read (`MAX_DEPTH`).

Custom document properties are the one place in a .docx that Word and LibreOffice
keep as they are when they save (app.xml's Application is overwritten, the core
properties' identifier is dropped by LibreOffice): `grundlag docx` records there whose
draft the document is (LEADER), which version of the draft it was made from (DRAFT, the
git blob hash of the draft file) and that version's body itself (BODY, compressed, in
pieces of at most 255 characters, the longest value Word keeps), so that an import can
merge the leader's changes into a draft that has changed since.
"""

from __future__ import annotations

import base64
import hashlib
import io
import re
import zipfile
import zlib
from collections.abc import Mapping
from typing import Final
from xml.sax.saxutils import escape

MAX_PARTS: Final = 1000
MAX_PART: Final = 16 * 1024 * 1024  # one part inflated (document.xml of a long text: ~1 MB)
MAX_TOTAL: Final = 64 * 1024 * 1024  # every part inflated
MAX_RATIO: Final = 200  # inflated / compressed, for a part over 1 MB inflated
MAX_DEPTH: Final = 100  # XML elements nested in a paragraph or a table

LEADER: Final = "felles.leder"
DRAFT: Final = "felles.udkast"
BODY: Final = "felles.tekst.{n:03d}"
_PIECE: Final = 255
_CUSTOM: Final = "docProps/custom.xml"
_FMTID: Final = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"
_CUSTOM_TYPE: Final = b"application/vnd.openxmlformats-officedocument.custom-properties+xml"
_CUSTOM_REL: Final = (
    b"http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties"
)
_PROPERTY = re.compile(
    r'<(?:\w+:)?property\b[^>]*\bname="([^"]*)"[^>]*>\s*<(\w+:)?lpwstr>([^<]*)</', re.DOTALL
)


def check_limits(data: bytes) -> str | None:
    """Why the archive `data` is refused (a Danish reason), or None when it is within
    the limits; only the zip's directory is read."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError, EOFError, NotImplementedError):
        return None  # not a zip: the reader says so
    if len(infos) > MAX_PARTS:
        return f"det har over {MAX_PARTS} dele"
    total = 0
    for info in infos:
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > MAX_PART or (info.file_size > 1024 * 1024 and ratio > MAX_RATIO):
            return f"delen {info.filename} fylder {_mb(info.file_size)} udpakket"
    if total > MAX_TOTAL:
        return f"det fylder {_mb(total)} udpakket"
    return _inflated_as_said(data, infos)


def _inflated_as_said(data: bytes, infos: list[zipfile.ZipInfo]) -> str | None:
    """Each part inflated in pieces of 1 MB, never kept: an archive whose directory
    understates a part's size (what zipfile and python-docx trust when they read a part
    whole) is refused before anyone inflates it in one go."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for info in infos:
            if info.is_dir():
                continue
            try:
                with archive.open(info) as part:
                    size = 0
                    while chunk := part.read(1 << 20):
                        size += len(chunk)
                        if size > min(info.file_size, MAX_PART):
                            return f"delen {info.filename} er større end angivet i arkivet"
            except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError):
                return f"delen {info.filename} er større end angivet i arkivet eller ødelagt"
            except (NotImplementedError, RuntimeError):
                return (
                    None  # compressed or encrypted in a way zipfile cannot read: the reader says so
                )
    return None


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MB".replace(".", ",")


def blob_hash(data: bytes) -> str:
    """The git blob hash of a file's bytes (what `git hash-object --no-filters` says)."""
    return hashlib.sha1(b"blob %d\0" % len(data) + data, usedforsecurity=False).hexdigest()


def properties(leader: str, draft: bytes, body: str) -> dict[str, str]:
    """The custom properties of a document made from a draft file's bytes and its body."""
    packed = base64.b64encode(zlib.compress(body.encode("utf-8"), 9)).decode("ascii")
    found = {LEADER: leader, DRAFT: blob_hash(draft)}
    for n, start in enumerate(range(0, len(packed), _PIECE), start=1):
        found[BODY.format(n=n)] = packed[start : start + _PIECE]
    return found


def exported_body(found: Mapping[str, str]) -> str | None:
    """The draft body a document was made from, from its properties; None without it
    (or if it does not unpack)."""
    pieces = []
    for n in range(1, 100_000):
        piece = found.get(BODY.format(n=n))
        if piece is None:
            break
        pieces.append(piece)
    if not pieces:
        return None
    try:
        return zlib.decompressobj().decompress(base64.b64decode("".join(pieces)), 4 << 20).decode()
    except (ValueError, zlib.error, UnicodeDecodeError):
        return None


def with_properties(data: bytes, found: Mapping[str, str]) -> bytes:
    """The .docx `data` with `found` as its custom document properties."""
    items = "".join(
        f'<property fmtid="{_FMTID}" pid="{n}" name="{escape(name, {chr(34): "&quot;"})}">'
        f"<vt:lpwstr>{escape(value)}</vt:lpwstr></property>"
        for n, (name, value) in enumerate(found.items(), start=2)
    )
    custom = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
        'custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/'
        f'2006/docPropsVTypes">{items}</Properties>'
    ).encode()
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            if info.filename == _CUSTOM:
                continue
            part = source.read(info)
            if info.filename == "[Content_Types].xml" and b"/docProps/custom.xml" not in part:
                part = part.replace(
                    b"</Types>",
                    b'<Override PartName="/docProps/custom.xml" ContentType="'
                    + _CUSTOM_TYPE
                    + b'"/></Types>',
                )
            if info.filename == "_rels/.rels" and _CUSTOM_REL not in part:
                part = part.replace(
                    b"</Relationships>",
                    b'<Relationship Id="rIdFellesCustom" Type="'
                    + _CUSTOM_REL
                    + b'" Target="docProps/custom.xml"/></Relationships>',
                )
            target.writestr(info, part)
        target.writestr(_CUSTOM, custom)
    return out.getvalue()


def read_properties(data: bytes) -> dict[str, str]:
    """The string custom properties of the .docx `data` ({} without any); call after
    `check_limits`."""
    from html import unescape

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if _CUSTOM not in archive.namelist():
                return {}
            text = archive.read(_CUSTOM).decode("utf-8", "replace")
    except (zipfile.BadZipFile, ValueError, OSError, EOFError, NotImplementedError, zlib.error):
        return {}
    return {unescape(m.group(1)): unescape(m.group(3)) for m in _PROPERTY.finditer(text)}
