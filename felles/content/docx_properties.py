"""felles' custom document properties in a .docx: their names and values (written into
docProps/custom.xml and read back by content/docx_custom_xml.py).

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
import zlib
from collections.abc import Mapping
from typing import Final

LEADER: Final = "felles.leder"
DRAFT: Final = "felles.udkast"
BODY: Final = "felles.tekst.{n:03d}"
_PIECE: Final = 255


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
