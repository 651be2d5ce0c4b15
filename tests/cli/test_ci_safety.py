"""`felles validate` in CI: no content can inject a workflow command, and known warnings
can be accepted in the content so that `--strict` passes on the shipped programme.

The output is read the way the GitHub Actions runner reads it (tests/helpers/github.py):
only felles' own annotations are commands, one per finding, pointing at the right file.
"""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from felles.findings import Finding
from felles.render import finding_lines, reporters
from tests.helpers.content import PHASE_3, SHIPPED, copy_shipped, edit, without_acceptance
from tests.helpers.github import annotations, commands
from tests.helpers.run import Cli

TITLE = 'title: "Fælles seminar: Grænsekrydsende samarbejde"'
INJECTIONS = [
    "a\n::error file=content/groups.yaml,line=1::falsk fejl",
    "a\r::error file=x::falsk",
    "a\r\n::warning::falsk",
    "a\u2028::error::falsk",
    "a\u2029::error::falsk",
    "a\x85::error::falsk",
    "::stop-commands::x\n::error::falsk",
    "::add-mask::hemmelig",
    "%0A::error::falsk",
    "a\n::endgroup::\n::group::x",
]


def _titled(content: Path, title: str) -> Path:
    """Phase 3's seminar (with its W301 no longer accepted) titled `title`."""
    phase = without_acceptance(content)
    edit(phase, TITLE, f"title: {json.dumps(title, ensure_ascii=False)}")
    return phase


def _validate(cli: Cli, content: Path, *args: str) -> tuple[str, list[dict[str, object]]]:
    github = cli("validate", "--content", content, "--format", "github", *args)
    found = json.loads(cli("validate", "--content", content, "--format", "json", *args).out)
    return github.out, found


@pytest.mark.parametrize("title", INJECTIONS)
def test_no_title_can_inject_a_workflow_command(cli: Cli, content: Path, title: str) -> None:
    phase = _titled(content, title)
    out, found = _validate(cli, content)
    # A control character (a lone CR, NEL) is an error of its own (E370), also felles'.
    [warning] = [f for f in found if f["code"] != "E370"]
    ran = [c for c in commands(out) if c.properties.get("title") != "E370"]
    assert [c.name for c in ran] == ["warning"], ran  # nothing but felles' own annotation
    assert ran[0].properties["file"] == str(phase).replace(os.sep, "/")
    assert ran[0].properties["title"] == "W301"
    assert ran[0].properties["line"] == str(warning["line"])


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    title=st.lists(
        st.sampled_from(["\n", "\r", "\u2028", "\x85", "::", "error", "warning", " ", "x", "%"]),
        min_size=1,
        max_size=12,
    ).map("".join)
)
def test_whatever_the_title_the_runner_sees_one_annotation(
    cli: Cli, tmp_path: Path, title: str
) -> None:
    content = tmp_path / "c" / "content"
    if not content.exists():
        copy_shipped(content)
        without_acceptance(content)
    phase = content / PHASE_3
    text = phase.read_text(encoding="utf-8")
    start = text.index("    title: ", text.index("seminar-graensekrydsende"))
    end = text.index("\n", start)
    phase.write_text(
        text[:start] + f"    title: {json.dumps(title + 'x')}" + text[end:], encoding="utf-8"
    )
    out = cli("validate", "--content", content, "--format", "github").out
    controls = sum(1 for c in commands(out) if c.properties.get("title") == "E370")  # CR, NEL
    assert sorted(c.name for c in commands(out)) == ["error"] * controls + ["warning"]
    assert controls == (1 if "\r" in title.replace("\r\n", "") or "\x85" in title else 0)
    # annotations, stop, findings, summary, end
    assert len(out.splitlines()) == 1 + controls + 1 + 1 + controls + 2 + 1


@pytest.mark.skipif(os.name != "posix", reason="a line break in a file name")
def test_a_file_name_cannot_inject_a_workflow_command_either(cli: Cli, content: Path) -> None:
    base = SHIPPED.parent / "tests" / "cases" / "valid-extra-phase" / "content" / "phases"
    text = (base / "09-case.md").read_text(encoding="utf-8").replace("2021-01-15", "2021-03-15")
    evil = content / "phases" / "09-x\n::error file=groups.yaml::falsk.md"
    evil.write_text(text, encoding="utf-8")
    out = cli("validate", "--content", content, "--format", "github").out
    found = annotations(out)
    assert [a.properties["title"] for a in found] == ["W302", "W301"]  # the phase's own two
    assert all(a.name == "warning" and a.properties["file"] == str(evil) for a in found)
    text_out = cli("validate", "--content", content).out
    assert "::error" not in "".join(line[:2] for line in text_out.splitlines())
    assert "09-x⏎::error file=groups.yaml::falsk.md:12:5: W301" in text_out


def test_every_finding_is_one_line_in_every_format(cli: Cli, content: Path) -> None:
    _titled(content, "første\nanden\u2028tredje\rfjerde\x85femte\u2029sjette\x1b[2J")
    text = cli("validate", "--content", content).out.splitlines()
    [finding] = [line for line in text if ": W301 " in line]
    assert finding.count("⏎") >= 4 and "første⏎anden⏎tredje⏎fjerde" in finding
    assert "\x1b" not in finding and "sjette\\x1b[2J" in finding  # no terminal control
    assert len([line for line in text if ": E370 " not in line]) == 1 + 2  # finding, summary
    found = json.loads(cli("validate", "--content", content, "--format", "json").out)
    [w301] = [f for f in found if f["code"] == "W301"]
    assert "første\nanden" in str(w301["message"])  # JSON keeps the text, escaped


def test_the_plain_list_is_fenced_by_a_fresh_token(cli: Cli, content: Path) -> None:
    without_acceptance(content)
    first = cli("validate", "--content", content, "--format", "github").out.splitlines()
    second = cli("validate", "--content", content, "--format", "github").out.splitlines()
    stop = next(line for line in first if line.startswith("::stop-commands::"))
    token = stop.removeprefix("::stop-commands::")
    assert len(token) == 32 and first[-1] == f"::{token}::"
    assert token not in (content / PHASE_3).read_text(encoding="utf-8")
    assert second[-1] != first[-1]


def test_paths_in_annotations_use_slashes_on_every_platform() -> None:
    finding = Finding(r"content\phases\03-fase.md", 12, 5, "W301", {"title": "x"})
    lines = reporters.github([finding], [], sep="\\")
    [annotation] = annotations("\n".join(lines))
    assert annotation.properties["file"] == "content/phases/03-fase.md"
    assert any(line.startswith("content/phases/03-fase.md:12:5: W301") for line in lines)
    assert finding_lines.posix("content/a.md", "/") == "content/a.md"


# --- the shipped content in CI ------------------------------------------------------------


def test_github_actions_strict_passes_the_shipped_content_with_the_accepted_warning(
    felles_process: Callable[..., subprocess.CompletedProcess[str]], tmp_path: Path
) -> None:
    repo = tmp_path / "indhold"
    copy_shipped(repo / "content")
    done = felles_process("validate", "--strict", cwd=repo, env={"GITHUB_ACTIONS": "true"})
    assert done.returncode == 0, done.stdout + done.stderr
    assert annotations(done.stdout) == []
    assert "Ingen fejl, ingen advarsler.\n1 advarsel er tilladt:\n" in done.stdout
    line = next(
        n
        for n, text in enumerate((repo / "content" / PHASE_3).read_text("utf-8").splitlines(), 1)
        if "felles: tillad W301" in text
    )
    assert f"  content/{PHASE_3}:{line}:5: W301 Fælles seminar: Grænsekrydsende" in done.stdout
    assert "– tilladt: kilden skriver »22. febr.« uden år" in done.stdout
    # and in the repository's own content, as the example workflow runs it
    here = felles_process(
        "validate", "--strict", "--content", SHIPPED, env={"GITHUB_ACTIONS": "true"}
    )
    assert here.returncode == 0, here.stdout + here.stderr


def test_accepted_warnings_are_left_out_of_json(cli: Cli, content: Path) -> None:
    assert json.loads(cli("validate", "--content", content, "--format", "json").out) == []
    without_acceptance(content)
    [warning] = json.loads(cli("validate", "--content", content, "--format", "json").out)
    assert warning["code"] == "W301"


def test_an_acceptance_that_does_nothing_fails_strict(cli: Cli, content: Path) -> None:
    phase = content / PHASE_3
    edit(phase, '"2019-02-22"  # felles', '"2019-03-22"  # felles')  # moved into the phase
    result = cli("validate", "--content", content, "--strict", "--format", "github")
    assert result.code == 1
    [stale] = annotations(result.out)
    assert stale.name == "warning" and stale.properties["title"] == "W304"
    assert "passer ikke til nogen advarsel" in stale.data


def test_grundlag_check_reports_accepted_warnings_in_drafts(cli: Cli, content: Path) -> None:
    made = cli("grundlag", "new", "Søren Aakjær", "--content", content, "--as-of", "2018-06-10")
    assert made.code == 0, made.err
    draft = content / "ledelsesgrundlag" / "soeren-aakjaer.md"
    edit(
        draft,
        'updated: "2018-06-10"',
        'updated: "2018-06-01"  # felles: tillad W402 – datoen kom fra det gamle udkast',
    )
    result = cli("grundlag", "check", "--strict", "--content", content)
    assert result.code == 0, result.out
    assert "1 advarsel er tilladt:" in result.out
    assert "W402 " in result.out and "– tilladt: datoen kom fra det gamle udkast" in result.out
