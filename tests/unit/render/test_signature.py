"""felles' mark: every document felles writes carries it, and a person's file does not."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from felles.render import docx_signature, ics, json_schema, signature, site
from felles.render.signature import HTML, JSON, MARKDOWN, TEXT, is_ours, sign


@given(text=st.text(), form=st.sampled_from([HTML, MARKDOWN, TEXT]))
def test_every_signed_document_is_recognised_and_signing_twice_changes_nothing(
    text: str, form: str
) -> None:
    signed = sign(text, form, "export agenda")
    assert is_ours(signed.encode("utf-8", "surrogatepass"))
    assert sign(signed, form, "export agenda") == signed
    assert signed.startswith(text.rstrip("\n")[:100])  # the document itself is untouched


@given(
    data=st.dictionaries(
        st.text(max_size=10).filter(lambda k: k not in ("generator", "$id")),
        st.one_of(st.integers(), st.text(), st.none()),
    )
)
def test_a_json_report_gets_a_generator_key_and_keeps_everything_else(
    data: dict[str, object],
) -> None:
    signed = sign(json.dumps(data, ensure_ascii=False, indent=2), JSON, "survey report")
    assert is_ours(signed.encode("utf-8"))
    loaded = json.loads(signed)
    assert loaded.pop("generator") == "felles survey report"
    assert loaded == data


def test_the_committed_schemas_ics_and_the_site_carry_the_mark() -> None:
    from felles.content.kinds import KINDS

    for kind in KINDS.values():
        document = json_schema.dumps(json_schema.schema(kind))
        assert is_ours(document.encode("utf-8"))
        assert sign(document, JSON, "schema") == document  # its $id is the mark
    assert ics.PRODID.startswith(signature.PRODID_PREFIX)
    calendar = f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:{ics.PRODID}\r\nEND:VCALENDAR\r\n"
    assert is_ours(calendar.encode("utf-8"))
    assert is_ours(f"<html></html>\n{site.MARKER}\n".encode())


def test_what_only_looks_like_felles_is_not_ours() -> None:
    for data in [
        b"",
        b"<p>felles</p>",
        b"<!-- felles er et godt program -->",  # no 'felles <command>:' form
        "<!-- felles export agenda: genereret fil -->\nog så noget efter\n".encode(),
        b"Lavet med felles survey report.\nEn linje mere\n",
        b'{"$schema": "urn:felles:schema:x"}',  # $schema, not $id
        b'{"$id": "https://example.org/felles/schemas/groups.schema.json"}',
        b'{"$id": "https://example.org/schemas/groups.schema.json", "title": "Grupper"}',
        b'{"generator": "Excel"}',
        b"[1, 2]",
        b"BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\n",
        b"\xff\xfe\x00garbage",
    ]:
        assert not is_ours(data), data


# --- Word: app.xml names felles ---------------------------------------------------------


def _docx(application: str | None, **parts: bytes) -> bytes:
    """A minimal .docx-shaped zip whose app.xml names `application` (no app.xml: None)."""
    import io
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", b"<Types/>")
        archive.writestr("word/document.xml", b"<w:document>Lederens tekst</w:document>")
        if application is not None:
            app = f"<Properties><Application>{application}</Application></Properties>"
            archive.writestr(docx_signature.APP_XML, app.encode())
        for name, data in parts.items():
            archive.writestr(name, data)
    return out.getvalue()


def _parts(data: bytes) -> dict[str, bytes]:
    import io
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def test_a_word_document_felles_made_carries_the_mark() -> None:
    from felles.content.markdown_blocks import parse
    from felles.render import docx_write

    made = docx_write.build(parse("# Titel\n\nTekst.\n"), leader="Søren", slug="soeren", header="x")
    assert is_ours(made)
    assert docx_signature.sign_docx(made) == made


def test_signing_a_word_document_names_felles_and_keeps_every_other_part() -> None:
    saved = _docx("Microsoft Office Word")
    assert not is_ours(saved)
    signed = docx_signature.sign_docx(saved)
    assert is_ours(signed)
    before, after = _parts(saved), _parts(signed)
    ours = b"<Properties><Application>felles</Application></Properties>"
    assert after.pop(docx_signature.APP_XML) == ours
    before.pop(docx_signature.APP_XML)
    assert after == before


def test_a_word_document_saved_since_or_only_looking_like_ours_is_not_ours() -> None:
    for data in [
        _docx("Microsoft Office Word"),  # Word saved it: a leader's text may be in it
        _docx("LibreOffice/7.6"),
        _docx("felles-ish"),
        _docx(None),  # no app.xml
        _docx(None, **{"docProps/app.xml.bak": b"<Application>felles</Application>"}),
        _docx("felles")[:200],  # cut short: no central directory
        b"PK\x03\x04" + b"\x00" * 100,
        b"PK\x03\x04<Application>felles</Application>",
    ]:
        assert not is_ours(data), data[:60]


def test_an_app_xml_too_big_to_be_ours_is_not_read() -> None:
    padding = b" " * (2 * 1024 * 1024)
    app = b"<Properties><Application>felles</Application>" + padding + b"</Properties>"
    import io
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(docx_signature.APP_XML, app)
    assert not is_ours(out.getvalue())


def test_a_schema_an_earlier_felles_wrote_is_still_ours() -> None:
    """Its `$id` was an address ending in the file name; `felles schema --output schemas`
    in a repository made by that felles replaces it."""
    earlier = {
        "$schema": "https://json-json_schema.org/draft/2020-12/schema",
        "$id": "https://git.example.org/someone/felles/raw/main/schemas/groups.schema.json",
        "title": "felles: groups.yaml",
    }
    assert is_ours(json.dumps(earlier).encode("utf-8"))
