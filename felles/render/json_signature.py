"""felles' mark on a JSON document: a JSON Schema whose `$id` is one of felles' (or, as an
earlier felles wrote it, an address ending in `/schemas/<kind>.schema.json` with a title
`felles: …`), or a top-level key `"generator": "felles <command>"` (see signature)."""

from __future__ import annotations

import json
import re
from typing import Any, Final

from felles.render.json_schema import BASE_URI

GENERATOR: Final = "generator"


def sign_json(text: str, command: str) -> str:
    try:
        data = json.loads(text)
    except ValueError:
        return text
    if not isinstance(data, dict) or json_is_ours(data):
        return text
    signed = {GENERATOR: f"felles {command}", **data}
    return json.dumps(signed, ensure_ascii=False, indent=2) + "\n"


# The `$id` of a schema an earlier felles wrote: an address ending in its file name.
_EARLIER_ID: Final = re.compile(r"https://\S+/schemas/[a-z_]+\.schema\.json")


def json_is_ours(data: dict[str, Any]) -> bool:
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
