"""felles' custom document properties (content/docx_properties.py) written into a .docx's
package as docProps/custom.xml, with its content type and relationship, and read back.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Mapping
from typing import Final
from xml.sax.saxutils import escape

_CUSTOM: Final = "docProps/custom.xml"
_FMTID: Final = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"
_CUSTOM_TYPE: Final = b"application/vnd.openxmlformats-officedocument.custom-properties+xml"
_CUSTOM_REL: Final = (
    b"http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties"
)
_PROPERTY = re.compile(
    r'<(?:\w+:)?property\b[^>]*\bname="([^"]*)"[^>]*>\s*<(\w+:)?lpwstr>([^<]*)</', re.DOTALL
)


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
