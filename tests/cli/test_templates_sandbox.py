"""A content repository's own templates never run code, in `validate` or at export time.

`felles validate` runs in CI and pre-commit on other people's pull requests. A
template in `templates/` beside `content/` is read there, never run (E410 for a
syntax error, E411 for a `_` name, at the template's line); every template is
rendered in Jinja2's sandbox, so even a payload the reading cannot see stops at a
Danish one-line error. Each test proves the command in the payload did not run: the
file it would create does not exist.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers.content import REPO
from tests.helpers.run import Cli

TEMPLATES = [
    "agenda.md.j2",
    "agenda.html.j2",
    "site.html.j2",
    "survey_form.md.j2",
    "survey_form.html.j2",
    "survey_report.html.j2",
    "ledelsesgrundlag.md.j2",
]

# Ways out of a template into Python, each touching a file when it works.
PAYLOADS = [
    "{{{{ cycler.__init__.__globals__.os.system('touch {target}') }}}}",
    "{{{{ joiner.__init__.__globals__.os.system('touch {target}') }}}}",
    "{{{{ lipsum.__globals__['os'].system('touch {target}') }}}}",
    "{{{{ namespace.__init__.__globals__.os.popen('touch {target}').read() }}}}",
    "{{{{ ''.__class__.__mro__[1].__subclasses__() }}}}{{{{ '{target}' }}}}",
    "{{{{ cycler['__init__']['__globals__']['os'].system('touch {target}') }}}}",
    "{{{{ (cycler | attr('__init__')).__globals__.os.system('touch {target}') }}}}",
]
# The same, with the name put together at run time: no reading can see it.
HIDDEN = (
    "{{% set u = '_' ~ '_' %}}{{{{ (cycler | attr(u ~ 'init' ~ u) | attr(u ~ 'globals' ~ u))"
    "['os'].system('touch {target}') }}}}"
)


def own_template(content: Path, name: str, text: str) -> Path:
    folder = content.parent / "templates"
    folder.mkdir(exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def with_payload(name: str, payload: str) -> str:
    """The packaged template with the payload put in (in a heading of the draft template,
    where validate has to render it to learn the sections)."""
    packaged = (REPO / "templates" / name).read_text(encoding="utf-8")
    if name == "ledelsesgrundlag.md.j2":
        return packaged.replace("## 4. Mine ledelsesværdier", f"## 4. {payload}")
    return f"linje 1\n{payload}\n" + packaged


def with_drafts(cli: Cli, content: Path) -> None:
    made = cli("grundlag", "new", "--all", "--content", content, "--as-of", "2018-06-08")
    assert made.code == 0, made.err


def _findings(out: str) -> list[dict[str, object]]:
    found: list[dict[str, object]] = json.loads(out)
    return found


@pytest.mark.parametrize("name", TEMPLATES)
@pytest.mark.parametrize("payload", PAYLOADS, ids=range(len(PAYLOADS)))
def test_validate_reads_a_hostile_template_and_never_runs_it(
    cli: Cli, content: Path, tmp_path: Path, name: str, payload: str
) -> None:
    with_drafts(cli, content)
    target = tmp_path / "PWNED"
    path = own_template(content, name, with_payload(name, payload.format(target=target)))
    result = cli("validate", "--content", content, "--format", "json", "--as-of", "2018-06-01")
    assert not target.exists()
    assert result.code == 1
    line = next(n for n, text in enumerate(path.read_text("utf-8").splitlines(), 1) if "__" in text)
    unsafe = [f for f in _findings(result.out) if f["code"] == "E411"]
    assert unsafe and all(f["path"] == str(path) and f["line"] == line for f in unsafe)
    assert "spærret" in str(unsafe[0]["message"])


def test_a_name_built_at_run_time_is_stopped_by_the_sandbox_in_validate(
    cli: Cli, content: Path, tmp_path: Path
) -> None:
    with_drafts(cli, content)
    target = tmp_path / "PWNED"
    name = "ledelsesgrundlag.md.j2"
    own_template(content, name, with_payload(name, HIDDEN.format(target=target)))
    result = cli("validate", "--content", content, "--format", "json")
    assert not target.exists()
    assert result.code == 1
    [broken] = [f for f in _findings(result.out) if f["code"] == "E406"]
    assert "må ikke bruges i en skabelon" in str(broken["message"])
    assert "Traceback" not in result.output


def _exports(content: Path, data: Path) -> dict[str, list[str | Path]]:
    return {
        "agenda.md.j2": ["export", "agenda", "2018-11-08"],
        "agenda.html.j2": ["export", "agenda", "2018-11-08", "--format", "html"],
        "site.html.j2": ["export", "site", "-o", content.parent / "site"],
        "survey_form.md.j2": ["survey", "form", "baseline", "--format", "md"],
        "survey_form.html.j2": ["survey", "form", "baseline", "--format", "html"],
        "survey_report.html.j2": [
            "survey",
            "report",
            "baseline",
            "--format",
            "html",
            "--data",
            data,
        ],
        "ledelsesgrundlag.md.j2": ["grundlag", "new", "Søren Aakjær"],
    }


@pytest.mark.parametrize("name", TEMPLATES)
@pytest.mark.parametrize("hidden", [False, True], ids=["written", "built"])
def test_at_export_a_sandbox_violation_is_one_danish_line(
    cli: Cli, content: Path, tmp_path: Path, name: str, hidden: bool
) -> None:
    data = tmp_path / "data"
    if name == "survey_report.html.j2":
        answers = tmp_path / "svar.csv"
        assert cli("survey", "template", "baseline", "--example", "-o", answers).code == 0
        assert cli("survey", "import", "baseline", answers, "--data", data).code == 0
    target = tmp_path / "PWNED"
    payload = (HIDDEN if hidden else PAYLOADS[0]).format(target=target)
    own_template(content, name, with_payload(name, payload))
    result = cli(*_exports(content, data)[name], "--content", content)
    assert not target.exists()
    assert result.code in (1, 2), result.output
    error = [line for line in result.err.splitlines() if line.startswith("felles: ")]
    assert len(error) == 1 and "skabelon" in error[0], result.err
    assert "må ikke bruges i en skabelon" in error[0] or "kan ikke bruges" in error[0]
    assert "Traceback" not in result.output and "uventet fejl" not in result.output
    assert not (content / "ledelsesgrundlag").exists() or not any(
        (content / "ledelsesgrundlag").iterdir()
    )


@pytest.mark.parametrize(
    ("text", "line", "code"),
    [
        ("linje 1\n{% if activities %}\nuden slut\n", 2, "E410"),
        ("{% for a in activities %}\n{% if a %}{% endif %}\n", 1, "E410"),
        ("{{ activities[0].title }\n", 1, "E410"),
        ("ok\n{% for a in activities %}{{ a._private }}{% endfor %}\n", 2, "E411"),
        ("ok\n\n{{ activities | map(attribute='__class__') | list }}\n", 3, "E411"),
    ],
)
def test_template_findings_stand_at_the_templates_line(
    cli: Cli, content: Path, text: str, line: int, code: str
) -> None:
    path = own_template(content, "agenda.md.j2", text)
    result = cli("validate", "--content", content, "--format", "json")
    assert result.code == 1
    found = [f for f in _findings(result.out) if f["path"] == str(path)]
    assert [(f["code"], f["line"]) for f in found] == [(code, line)], found


def test_clean_own_templates_and_the_packaged_ones_give_no_finding(cli: Cli, content: Path) -> None:
    for name in TEMPLATES:
        own_template(content, name, (REPO / "templates" / name).read_text(encoding="utf-8"))
    with_drafts(cli, content)
    result = cli("validate", "--content", content, "--format", "json")
    assert result.code == 0, result.out
    assert not [f for f in _findings(result.out) if str(f["code"]).startswith("E41")]


def test_a_template_cannot_build_a_giant_string(cli: Cli, content: Path) -> None:
    own_template(content, "agenda.md.j2", "{{ 'x' * 10 ** 9 }}{{ 2 ** 10 ** 8 }}\n")
    result = cli("export", "agenda", "2018-11-08", "--content", content)
    assert result.code in (1, 2)
    assert result.err.splitlines()[-1].startswith("felles: ") and "for stort" in result.err


@pytest.mark.parametrize(
    "expression",
    [
        "'x' * 10 ** 9",
        "2 ** (10 ** 8)",
        "'%0999999999d' % 1",
        "'%*d' % (999999999, 1)",
        "'{:>999999999}'.format(1)",
        "'{:>{}}'.format(1, 999999999)",
        "'{x:>999999999}'.format_map({'x': 1})",
        "'x'.ljust(999999999)",
        "'x' | center(999999999)",
        "'%0999999999d' | format(1)",
        "('x' * 1000000) * 1000000",
    ],
)
def test_no_template_can_make_something_huge(cli: Cli, content: Path, expression: str) -> None:
    own_template(content, "agenda.md.j2", f"{{{{ {expression} }}}}\n")
    result = cli("export", "agenda", "2018-11-08", "--content", content)
    assert result.code == 1
    assert result.err.splitlines()[-1].endswith("der er for stort"), result.err


def test_a_template_calling_itself_forever_is_one_danish_line(cli: Cli, content: Path) -> None:
    own_template(content, "agenda.md.j2", "{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}\n")
    result = cli("export", "agenda", "2018-11-08", "--content", content)
    assert result.code == 1
    assert "kalder sig selv uden ende" in result.err and "Traceback" not in result.output
