"""A .docx's limits, checked before anything is inflated.

A .docx is a zip archive, and a small one can inflate to gigabytes (a zip bomb).
`check_limits` reads the archive's directory (each part's compressed and uncompressed
size, the number of parts) and refuses an archive over the limits before a byte is
inflated; then it inflates each part in small pieces, kept nowhere, and refuses one
that turns out larger than the directory said. XML nesting is limited where the XML is
read (`MAX_DEPTH`).
"""

from __future__ import annotations

import io
import zipfile
import zlib
from typing import Final

MAX_PARTS: Final = 1000
MAX_PART: Final = 16 * 1024 * 1024  # one part inflated (document.xml of a long text: ~1 MB)
MAX_TOTAL: Final = 64 * 1024 * 1024  # every part inflated
MAX_RATIO: Final = 200  # inflated / compressed, for a part over 1 MB inflated
MAX_DEPTH: Final = 100  # XML elements nested in a paragraph or a table

TEXT: Final = {
    "parts": "det har over {limit} dele",
    "part_size": "delen {part} fylder {size} udpakket",
    "total_size": "det fylder {size} udpakket",
    "understated": "delen {part} er større end angivet i arkivet",
    "understated_or_broken": "delen {part} er større end angivet i arkivet eller ødelagt",
}


def check_limits(data: bytes) -> str | None:
    """Why the archive `data` is refused (a Danish reason), or None when it is within
    the limits; only the zip's directory is read."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError, EOFError, NotImplementedError):
        return None  # not a zip: the reader says so
    if len(infos) > MAX_PARTS:
        return TEXT["parts"].format(limit=MAX_PARTS)
    total = 0
    for info in infos:
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > MAX_PART or (info.file_size > 1024 * 1024 and ratio > MAX_RATIO):
            return TEXT["part_size"].format(part=info.filename, size=_mb(info.file_size))
    if total > MAX_TOTAL:
        return TEXT["total_size"].format(size=_mb(total))
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
                            return TEXT["understated"].format(part=info.filename)
            except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError):
                return TEXT["understated_or_broken"].format(part=info.filename)
            except (NotImplementedError, RuntimeError):
                return (
                    None  # compressed or encrypted in a way zipfile cannot read: the reader says so
                )
    return None


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MB".replace(".", ",")
