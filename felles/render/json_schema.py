"""JSON Schema (draft 2020-12) of every content file kind, from the content model.

The schemas come from the same dataclasses that pydantic validates in
`felles validate`, so editors and other tools check exactly what felles checks
(except rules over the whole content, such as references and dates). They are
committed in `schemas/`; a test fails when they drift from the model.

pydantic is imported inside the functions: this module must stay cheap to import.
"""

from __future__ import annotations

import json
from typing import Any, Final

from felles.content.kinds import KINDS, FileKind

DRAFT: Final = "https://json-schema.org/draft/2020-12/schema"
# `$id` names a schema without pretending to be an address that can be fetched (felles has
# no public home; editors find the schemas through the content's modelines, `../schemas/`).
# Every reference is inside one file (`#/$defs/…`), so nothing is resolved against it.
BASE_URI: Final = "urn:felles:schema:"
# The bundle's own title and description, as an editor shows them.
TEXT: Final = {
    "title": "felles: alle indholdsfiler",
    "description": "JSON Schema for hver slags indholdsfil i felles, under $defs. "
    "Brug den enkelte fil (fx groups.schema.json) i editoren.",
}


def schema(kind: FileKind) -> dict[str, Any]:
    """The JSON Schema of one kind of content file."""
    from pydantic import TypeAdapter
    from pydantic.json_schema import GenerateJsonSchema

    class _Generator(GenerateJsonSchema):
        # Field titles would be pydantic's English ("Strategic Frame"); editors
        # show the Danish description instead.
        def field_title_should_be_set(self, schema: Any) -> bool:
            return False

    generated = TypeAdapter(kind.cls()).json_schema(mode="validation", schema_generator=_Generator)
    generated.pop("title", None)
    generated.pop("description", None)
    head = {
        "$schema": DRAFT,
        "$id": uri(kind),
        "title": kind.title,
        "description": kind.description,
    }
    return head | generated


def filename(kind: FileKind) -> str:
    return f"{kind.name}.schema.json"


def uri(kind: FileKind) -> str:
    return BASE_URI + kind.name


def bundle() -> dict[str, Any]:
    """Every kind in one document: each embedded under `$defs` as its own resource."""
    return {
        "$schema": DRAFT,
        "$id": BASE_URI + "felles",
        "title": TEXT["title"],
        "description": TEXT["description"],
        "$defs": {name: schema(kind) for name, kind in KINDS.items()},
    }


def dumps(document: dict[str, Any]) -> str:
    """Stable text of a schema, as committed in schemas/."""
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
