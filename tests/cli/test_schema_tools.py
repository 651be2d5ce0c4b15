"""The shipped content as other YAML and JSON Schema tools read it.

check-jsonschema (the validator many CI setups and pre-commit use) validates the content
with the schemas the way an editor finds them (the `# yaml-language-server: $schema=…`
modelines), and the references inside them resolve without any address. PyYAML's default
SafeLoader is a YAML 1.1 reader, as js-yaml (ajv, many editors and linters) is: it turns an
unquoted day into a date, so every date in the shipped files is quoted, and where the
schema asks for a string such a reader finds one.
"""

from __future__ import annotations

import datetime
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from jsonschema import Draft202012Validator

from tests.helpers.content import REPO, SHIPPED, edit
from tests.helpers.run import Cli

SCHEMAS = REPO / "schemas"
MODELINE = re.compile(r"^# yaml-language-server: \$schema=(\S+)$", re.M)
KIND_OF = {
    "programme.yaml": "programme",
    "learning_goals.yaml": "learning_goals",
    "groups.yaml": "groups",
    "survey.yaml": "survey",
}


def _front_matter(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    assert text.startswith("---\n"), path
    return text.split("\n---\n", 1)[0].removeprefix("---\n")


def _documents(root: Path) -> list[tuple[Path, str, str]]:
    """(file, kind, YAML text) of every content file under `root`."""
    found = []
    for path in sorted(root.rglob("*")):
        if path.name in KIND_OF:
            found.append((path, KIND_OF[path.name], path.read_text(encoding="utf-8")))
        elif path.suffix == ".md" and path.parent.name == "phases":
            found.append((path, "phase", _front_matter(path)))
        elif path.suffix == ".md" and path.parent.name == "ledelsesgrundlag":
            found.append((path, "ledelsesgrundlag", _front_matter(path)))
        elif path.suffix == ".yaml" and path.parent.name == "pairs":
            found.append((path, "pairs", path.read_text(encoding="utf-8")))
    return found


def _schema(kind: str) -> dict[str, Any]:
    schema: dict[str, Any] = json.loads(
        (SCHEMAS / f"{kind}.schema.json").read_text(encoding="utf-8")
    )
    return schema


def _yaml_1_1_errors(kind: str, text: str) -> list[str]:
    """What a YAML 1.1 reader (PyYAML's default SafeLoader) and the schema make of it."""
    data = yaml.load(text, Loader=yaml.SafeLoader)
    validator = Draft202012Validator(_schema(kind))
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(data)]


def _dates(value: Any) -> list[Any]:
    if isinstance(value, datetime.date):
        return [value]
    if isinstance(value, dict):
        return [d for item in value.values() for d in _dates(item)]
    if isinstance(value, list):
        return [d for item in value for d in _dates(item)]
    return []


@pytest.mark.parametrize("root", [SHIPPED, REPO / "scaffold" / "blank" / "content"])
def test_a_yaml_1_1_reader_finds_strings_where_the_schema_asks_for_strings(root: Path) -> None:
    documents = _documents(root)
    assert {kind for _, kind, _ in documents} >= {"programme", "groups", "phase"}
    for path, kind, text in documents:
        assert _yaml_1_1_errors(kind, text) == [], path


def test_a_draft_from_the_template_reads_the_same_in_yaml_1_1(cli: Cli, content: Path) -> None:
    assert cli("grundlag", "new", "Søren Aakjær", "--content", content).code == 0
    [(path, kind, text)] = [d for d in _documents(content) if d[1] == "ledelsesgrundlag"]
    assert _yaml_1_1_errors(kind, text) == [], path


def test_the_readme_examples_quote_their_dates() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```yaml\n(.*?)```", readme, re.S)
    assert blocks
    for block in blocks:
        data = yaml.load(block, Loader=yaml.SafeLoader)
        assert _dates(data) == [], block


def test_an_unquoted_day_is_what_a_yaml_1_1_reader_gets_wrong_and_validate_accepts(
    cli: Cli, content: Path
) -> None:
    phase = content / "phases" / "02-aktiv-visionsledelse.md"
    text = phase.read_text(encoding="utf-8")
    assert 'when: "2018-11-08 12:00"' in text
    edit(phase, 'when: "2018-11-08 12:00"', "when: 2018-11-08")
    errors = _yaml_1_1_errors("phase", _front_matter(phase))
    assert errors and "is not of type 'string'" in errors[0]
    assert cli("validate", "--content", content).code == 0  # felles reads what authors write


def test_moving_the_programme_keeps_each_date_quoted_as_it_was(cli: Cli, content: Path) -> None:
    phase = content / "phases" / "02-aktiv-visionsledelse.md"
    edit(phase, 'when: "2018-11-08 12:00"', "when: '2018-11-08 12:00'")
    edit(phase, 'end: "2018-11-09 12:00"', "end: 2018-11-09 12:00")
    assert cli("move", "--start", "2028-01", "--content", content).code == 0
    text = phase.read_text(encoding="utf-8")
    # 2018-06 → 2028-01: months move 115 months; the kick-off (Friday 8 June) lands on the
    # first Friday from 8 January 2028, the 14th, so days move 501 weeks (a Thursday stays one)
    assert "    when: '2028-06-15 12:00'\n" in text  # single quotes kept
    assert "    end: 2028-06-16 12:00\n" in text  # unquoted kept
    assert '  start: "2028-06"\n' in text  # double quotes kept
    front = _front_matter(phase).splitlines()
    assert not [line for line in front if "2018-" in line.split("#")[0]]  # every date moved


# --- check-jsonschema ----------------------------------------------------------------------


def _check_jsonschema(schema: Path, *files: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--schemafile", str(schema), *map(str, files)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


def test_check_jsonschema_validates_a_new_repository_by_its_modelines(
    cli: Cli, tmp_path: Path
) -> None:
    """A repository from `felles init`, each file against the schema its modeline names (as
    VS Code's YAML extension finds it): every schema and reference resolves from the files
    alone, no address is fetched."""
    repo = tmp_path / "indhold"
    assert cli("init", repo, "--no-git").code == 0
    checked = 0
    for path in sorted((repo / "content").rglob("*.yaml")):
        found = MODELINE.search(path.read_text(encoding="utf-8"))
        assert found, path
        schema = (path.parent / found.group(1)).resolve()
        assert schema.is_relative_to(repo / "schemas")
        done = _check_jsonschema(schema, path)
        assert done.returncode == 0, done.stdout + done.stderr
        checked += 1
    assert checked >= 4
    fronts = []
    for path in sorted((repo / "content" / "phases").glob("*.md")):
        front = tmp_path / f"{path.stem}.yaml"
        front.write_text(_front_matter(path), encoding="utf-8")
        fronts.append(front)
    done = _check_jsonschema(repo / "schemas" / "phase.schema.json", *fronts)
    assert done.returncode == 0, done.stdout + done.stderr

    broken = repo / "content" / "groups.yaml"
    edit(broken, "  - number: 2\n", "  - number: to\n")
    done = _check_jsonschema(repo / "schemas" / "groups.schema.json", broken)
    assert done.returncode == 1 and "'to' is not of type 'integer'" in done.stdout


def test_check_jsonschema_resolves_a_reference_into_the_bundle(cli: Cli, tmp_path: Path) -> None:
    bundle = cli("schema")
    assert bundle.code == 0
    (tmp_path / "felles.schema.json").write_text(bundle.out, encoding="utf-8")
    for kind, name in [("groups", "groups.yaml"), ("programme", "programme.yaml")]:
        wrapper = tmp_path / f"{kind}.json"
        wrapper.write_text(json.dumps({"$ref": f"felles.schema.json#/$defs/{kind}"}), "utf-8")
        done = _check_jsonschema(wrapper, SHIPPED / name)
        assert done.returncode == 0, done.stdout + done.stderr
    done = _check_jsonschema(tmp_path / "groups.json", SHIPPED / "programme.yaml")
    assert done.returncode == 1  # the reference really reaches the groups schema
