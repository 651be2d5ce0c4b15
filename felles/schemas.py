"""JSON Schema (draft 2020-12) of every content file kind, from the content model.

The schemas come from the same dataclasses that pydantic validates in
`felles validate`, so editors and other tools check exactly what felles checks
(except rules over the whole content, such as references and dates). They are
committed in `schemas/`; a test fails when they drift from the model.

pydantic is imported inside the functions: this module must stay cheap to import.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from felles import model
from felles.survey import model as survey_model

DRAFT: Final = "https://json-schema.org/draft/2020-12/schema"
# Where the committed schemas can be fetched; `$id` only names them.
BASE_URI: Final = "https://raw.githubusercontent.com/felles-dev/felles/main/schemas/"


@dataclass(frozen=True)
class Kind:
    """One kind of content file and the model its data must fit."""

    name: str
    cls: type[Any]
    title: str
    description: str

    @property
    def filename(self) -> str:
        return f"{self.name}.schema.json"

    @property
    def uri(self) -> str:
        return BASE_URI + self.filename


KINDS: Final[dict[str, Kind]] = {
    kind.name: kind
    for kind in (
        Kind(
            "programme",
            model.Programme,
            "felles: programme.yaml",
            "Forløbet som helhed: navn, ejer, partner, periode, tidszone, strategisk ramme, "
            "designkriterier og øvebaner.",
        ),
        Kind(
            "learning_goals",
            model.LearningGoals,
            "felles: learning_goals.yaml",
            "Forløbets læringsmål med temaer og kompetencer.",
        ),
        Kind(
            "groups",
            model.Groups,
            "felles: groups.yaml",
            "Sparringsgrupperne og deres medlemmer. En leder er i præcis én gruppe.",
        ),
        Kind(
            "phase",
            model.PhaseMeta,
            "felles: front matter i phases/*.md",
            "Front matter i en fasefil: periode, læringsmål og aktiviteter. VS Code tjekker "
            "ikke front matter i Markdown; det gør felles validate.",
        ),
        Kind(
            "ledelsesgrundlag",
            model.DraftMeta,
            "felles: front matter i ledelsesgrundlag/*.md",
            "Front matter i en leders ledelsesgrundlag. VS Code tjekker ikke front matter i "
            "Markdown; det gør felles validate.",
        ),
        Kind(
            "survey",
            survey_model.Survey,
            "felles: survey.yaml",
            "Spørgeskemaet: runder, svarskalaer, relationsspørgsmål, samarbejde udadtil og "
            "udsagn om egen ledelsesstil.",
        ),
    )
}


def schema(kind: Kind) -> dict[str, Any]:
    """The JSON Schema of one kind of content file."""
    from pydantic import TypeAdapter
    from pydantic.json_schema import GenerateJsonSchema

    class _Generator(GenerateJsonSchema):
        # Field titles would be pydantic's English ("Strategic Frame"); editors
        # show the Danish description instead.
        def field_title_should_be_set(self, schema: Any) -> bool:
            return False

    generated = TypeAdapter(kind.cls).json_schema(mode="validation", schema_generator=_Generator)
    generated.pop("title", None)
    generated.pop("description", None)
    head = {
        "$schema": DRAFT,
        "$id": kind.uri,
        "title": kind.title,
        "description": kind.description,
    }
    return head | generated


def bundle() -> dict[str, Any]:
    """Every kind in one document: each embedded under `$defs` as its own resource."""
    return {
        "$schema": DRAFT,
        "$id": BASE_URI + "felles.schema.json",
        "title": "felles: alle indholdsfiler",
        "description": "JSON Schema for hver slags indholdsfil i felles, under $defs. "
        "Brug den enkelte fil (fx groups.schema.json) i editoren.",
        "$defs": {name: schema(kind) for name, kind in KINDS.items()},
    }


def dumps(document: dict[str, Any]) -> str:
    """Stable text of a schema, as committed in schemas/."""
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def write(directory: Path, kinds: list[Kind]) -> list[Path]:
    """Write one file per kind into `directory`, each atomically; OSError on failure."""
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for kind in kinds:
        target = directory / kind.filename
        _write_atomic(target, dumps(schema(kind)))
        written.append(target)
    return written


def _write_atomic(target: Path, text: str) -> None:
    """A reader (an editor, a running test) never sees a half-written schema."""
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
        Path(temporary).chmod(0o644)  # mkstemp makes it private; a schema is not
        Path(temporary).replace(target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
