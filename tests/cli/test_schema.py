"""`felles schema`: JSON Schema for editors, checked with a standard validator."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from felles.content.reader import read_front_matter, read_yaml
from tests.helpers.content import REPO, SHIPPED, edit
from tests.helpers.run import Cli

SCHEMAS = REPO / "schemas"
KINDS = [
    "programme",
    "learning_goals",
    "groups",
    "phase",
    "ledelsesgrundlag",
    "survey",
    "pairs",
    "invitations",
]
YAML_FILES = {
    "programme": "programme.yaml",
    "learning_goals": "learning_goals.yaml",
    "groups": "groups.yaml",
}


def _schema(cli: Cli, kind: str) -> dict[str, Any]:
    result = cli("schema", kind)
    assert result.code == 0, result.err
    document: dict[str, Any] = json.loads(result.out)
    return document


def _errors(schema: dict[str, Any], data: Any) -> list[str]:
    return [error.message for error in Draft202012Validator(schema).iter_errors(data)]


@pytest.mark.parametrize("kind", KINDS)
def test_each_schema_is_valid_draft_2020_12(cli: Cli, kind: str) -> None:
    schema = _schema(cli, kind)
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"] == f"urn:felles:schema:{kind}"  # no address that pretends to resolve
    assert schema["title"] and schema["description"]


def test_without_a_kind_every_schema_comes_in_one_valid_document(cli: Cli) -> None:
    result = cli("schema")
    assert result.code == 0
    bundle = json.loads(result.out)
    Draft202012Validator.check_schema(bundle)
    assert sorted(bundle["$defs"]) == sorted(KINDS)
    # each embedded schema is usable on its own: a reference into the bundle validates
    groups = read_yaml(SHIPPED / "groups.yaml").data
    validator = Draft202012Validator({**bundle, "$ref": "#/$defs/groups"})
    assert list(validator.iter_errors(groups)) == []
    assert list(validator.iter_errors({"grupper": []}))


@pytest.mark.parametrize("kind", ["groups", "learning_goals", "programme"])
def test_shipped_yaml_validates_against_its_schema(cli: Cli, kind: str) -> None:
    data = read_yaml(SHIPPED / YAML_FILES[kind]).data
    assert _errors(_schema(cli, kind), data) == []


def test_shipped_phase_front_matter_validates_against_the_phase_schema(cli: Cli) -> None:
    schema = _schema(cli, "phase")
    phases = sorted((SHIPPED / "phases").glob("*.md"))
    assert phases
    for path in phases:
        assert _errors(schema, read_front_matter(path).data) == [], path.name


def test_a_draft_made_like_the_template_fits_the_ledelsesgrundlag_schema(cli: Cli) -> None:
    schema = _schema(cli, "ledelsesgrundlag")
    draft = {
        "leader": "Søren Aakjær",
        "group": 1,
        "status": "udkast",
        "created": "2018-06-08",
        "updated": "2018-06-08",
    }
    assert _errors(schema, draft) == []
    assert _errors(schema, {**draft, "status": "færdig"})
    assert _errors(schema, {**draft, "created": "8.6.2018"})


@pytest.mark.parametrize(
    ("kind", "old", "new", "field"),
    [
        (
            "learning_goals",
            "    title: Aktiv visionsledelse",
            "    titel: Aktiv visionsledelse",
            "titel",
        ),
        ("groups", "      - name: Niels Højberg", "      - navn: Niels Højberg", "navn"),
        ("programme", "name: Fælles om ledelse", "navn: Fælles om ledelse", "navn"),
    ],
)
def test_a_misspelt_field_fails_the_schema(
    cli: Cli, content: Path, kind: str, old: str, new: str, field: str
) -> None:
    path = content / YAML_FILES[kind]
    edit(path, old, new)
    errors = _errors(_schema(cli, kind), read_yaml(path).data)
    assert any(f"'{field}' was unexpected" in error for error in errors), errors


def test_wrong_types_and_values_fail_the_schema(cli: Cli, content: Path) -> None:
    groups = content / "groups.yaml"
    edit(groups, "  - number: 2\n", "  - number: to\n")
    assert _errors(_schema(cli, "groups"), read_yaml(groups).data)
    phase = content / "phases" / "02-aktiv-visionsledelse.md"
    edit(phase, "type: seminar", "type: konference")
    assert _errors(_schema(cli, "phase"), read_front_matter(phase).data)


def _properties(node: Any, where: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(node, dict):
        for name, value in node.get("properties", {}).items():
            yield f"{where}.{name}", value
        for key, value in node.items():
            yield from _properties(value, f"{where}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _properties(value, f"{where}[{index}]")


@pytest.mark.parametrize("kind", KINDS)
def test_every_property_has_a_danish_description(cli: Cli, kind: str) -> None:
    found = list(_properties(_schema(cli, kind)))
    assert len(found) >= 2
    missing = [where for where, prop in found if not prop.get("description", "").strip()]
    assert missing == []
    # field titles would be English ("Strategic Frame"): editors show the description
    assert [where for where, prop in found if "title" in prop] == []


@pytest.mark.parametrize("kind", KINDS)
def test_committed_schemas_match_the_model(cli: Cli, kind: str) -> None:
    """Fails when the model changed: regenerate with `felles schema --output schemas`."""
    committed = (SCHEMAS / f"{kind}.schema.json").read_text(encoding="utf-8")
    assert json.loads(committed) == _schema(cli, kind)
    assert committed == cli("schema", kind).out


def test_output_writes_one_file_per_kind(cli: Cli, tmp_path: Path) -> None:
    target = tmp_path / "ny" / "schemas"
    result = cli("schema", "--output", target)
    assert result.code == 0, result.err
    assert sorted(path.name for path in target.iterdir()) == sorted(
        f"{kind}.schema.json" for kind in KINDS
    )
    for kind in KINDS:
        written = (target / f"{kind}.schema.json").read_text(encoding="utf-8")
        assert written == (SCHEMAS / f"{kind}.schema.json").read_text(encoding="utf-8")
    assert f"{target / 'groups.schema.json'}" in result.err
    # regenerating replaces the files and leaves nothing else behind
    assert cli("schema", "groups", "-o", target).code == 0
    assert len(list(target.iterdir())) == len(KINDS)


def test_output_into_a_file_is_wrong_use(cli: Cli, tmp_path: Path) -> None:
    blocker = tmp_path / "schemas"
    blocker.write_text("ikke en mappe", encoding="utf-8")
    result = cli("schema", "--output", blocker)
    assert result.code == 2
    assert result.err.startswith(f"felles: kan ikke skrive JSON Schema til {blocker}: ")
    assert "Traceback" not in result.err


def test_unknown_kind_is_wrong_use(cli: Cli) -> None:
    result = cli("schema", "grupper")
    assert result.code == 2
    assert "»grupper«" in result.err and "»groups«" in result.err
    assert result.out == ""


@pytest.mark.parametrize("kind", ["programme", "learning_goals", "groups"])
def test_shipped_yaml_names_its_schema_on_the_first_line(kind: str) -> None:
    path = SHIPPED / YAML_FILES[kind]
    first = path.read_text(encoding="utf-8").splitlines()[0]
    prefix = "# yaml-language-server: $schema="
    assert first.startswith(prefix)
    target = (path.parent / first.removeprefix(prefix)).resolve()
    assert target == (SCHEMAS / f"{kind}.schema.json").resolve()
    assert target.is_file()
