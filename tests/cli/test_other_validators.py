"""The committed JSON Schemas hold for other tools too: a YAML 1.1 reader and jsonschema.

PyYAML's `safe_load` reads YAML 1.1 as ajv with js-yaml, editors and many CI linters
do: an unquoted day date (`when: 2019-02-22`) is a date there, not the text the schema
asks for. The shipped content and every draft `felles grundlag new` writes quote such
dates, so each file validates against its schema outside felles as well.
"""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
import yaml

from tests.helpers.content import REPO, SHIPPED
from tests.helpers.run import Cli

SCHEMAS = REPO / "schemas"
FILES = [
    ("programme", SHIPPED / "programme.yaml"),
    ("learning_goals", SHIPPED / "learning_goals.yaml"),
    ("groups", SHIPPED / "groups.yaml"),
    ("survey", SHIPPED / "survey.yaml"),
    *(("phase", path) for path in sorted((SHIPPED / "phases").glob("*.md"))),
]


def yaml11(path: Path) -> object:
    """The file (or its front matter) as PyYAML's YAML 1.1 safe loader reads it."""
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".md":
        text = text.split("\n---", 1)[0].removeprefix("---\n")
    return yaml.safe_load(text)


def validator(kind: str) -> jsonschema.Draft202012Validator:
    schema = json.loads((SCHEMAS / f"{kind}.schema.json").read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


@pytest.mark.parametrize(("kind", "path"), FILES, ids=[p.name for _, p in FILES])
def test_every_shipped_file_validates_as_a_yaml_11_tool_reads_it(kind: str, path: Path) -> None:
    errors = [
        f"{list(error.absolute_path)}: {error.message}"
        for error in validator(kind).iter_errors(yaml11(path))
    ]
    assert errors == []


@pytest.mark.parametrize("as_of", ["2018-06-08", "2019-12-31", "2020-02-29"])
def test_a_new_draft_validates_as_a_yaml_11_tool_reads_it(
    cli: Cli, content: Path, as_of: str
) -> None:
    made = cli("grundlag", "new", "Søren Aakjær", "--content", content, "--as-of", as_of)
    assert made.code == 0, made.err
    draft = content / "ledelsesgrundlag" / "soeren-aakjaer.md"
    front = yaml11(draft)
    assert isinstance(front, dict) and front["created"] == as_of == front["updated"]
    assert list(validator("ledelsesgrundlag").iter_errors(front)) == []


def test_felles_reads_the_quoted_dates_as_it_read_the_plain_ones(cli: Cli) -> None:
    result = cli("next", "--as-of", "2019-02-01", "--type", "seminar", "1", "--content", SHIPPED)
    assert result.code == 0, result.err
    assert "22. feb. 2019" in result.out


def _timestamp() -> object:
    """PyYAML's YAML 1.1 timestamp pattern (the one its resolver applies to plain text)."""
    [(_, pattern)] = [
        (tag, regexp)
        for tag, regexp in yaml.resolver.Resolver.yaml_implicit_resolvers["2"]
        if tag == "tag:yaml.org,2002:timestamp"
    ]
    return pattern


@pytest.mark.parametrize(("kind", "path"), FILES, ids=[p.name for _, p in FILES])
def test_no_plain_value_in_the_shipped_content_is_a_yaml_11_timestamp(
    kind: str, path: Path
) -> None:
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".md":
        text = text.split("\n---", 1)[0].removeprefix("---\n")
    pattern = _timestamp()
    plain = [
        token.value
        for token in yaml.scan(text, Loader=yaml.SafeLoader)
        if isinstance(token, yaml.ScalarToken) and token.plain
    ]
    assert [value for value in plain if pattern.match(value)] == []  # type: ignore[attr-defined]
