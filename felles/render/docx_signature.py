"""felles' mark on a Word document (`grundlag docx`): `docProps/app.xml` names felles as
the application, `<Application>felles</Application>`. Word and LibreOffice write their
own name in its place whenever they save, so a document a leader has saved since is
theirs (see signature)."""

from __future__ import annotations

import re
from typing import Final

APPLICATION: Final = "felles"  # the application a .docx of ours names
APP_XML: Final = "docProps/app.xml"
ZIP: Final = b"PK\x03\x04"  # a .docx is a zip archive
_APP_XML_LARGEST: Final = 1024 * 1024  # app.xml is a few hundred bytes; no zip bomb
_APPLICATION = re.compile(rb"<Application>[^<]*</Application>")
_OURS_APPLICATION: Final = f"<Application>{APPLICATION}</Application>".encode()


def sign_docx(data: bytes) -> bytes:
    """A .docx (the bytes of a zip archive) with felles named as its application in
    `docProps/app.xml`; every other part stays as it was, byte for byte."""
    import io
    import zipfile

    if docx_is_ours(data):
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


def docx_is_ours(data: bytes) -> bool:
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
