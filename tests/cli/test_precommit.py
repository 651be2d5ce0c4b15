"""The hook felles offers, and GitHub Actions output (the hooks and the workflow of a content
repository made by `felles init` are run in tests/cli/test_content_repo.py)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.helpers.content import REPO, copy_shipped, edit, line_of, without_acceptance
from tests.helpers.github import annotations
from tests.helpers.run import Cli, Result

# --- .pre-commit-hooks.yaml ---------------------------------------------------


def test_hook_definition_runs_felles_validate_on_the_whole_content() -> None:
    [hook] = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["id"] == "felles-validate"
    assert hook["entry"] == "felles validate"
    assert hook["language"] == "python"
    assert hook["pass_filenames"] is False
    assert re.search(hook["files"], "content/phases/02-aktiv-visionsledelse.md")
    assert not re.search(hook["files"], "README.md")


# --- GitHub Actions -----------------------------------------------------------


def _annotations(result: Result) -> list[str]:
    """The annotation lines the runner acts on (not the plain list, whose commands are
    stopped)."""
    plain = result.out.split("\n::stop-commands::", 1)[0]
    lines = [line for line in plain.splitlines() if line.startswith("::")]
    assert len(lines) == len(annotations(result.out))
    return lines


def test_github_format_points_at_the_fault(content: Path, cli: Cli) -> None:
    groups = content / "groups.yaml"
    edit(groups, "  - number: 2\n", "  - number: to\n")
    phase = content / "phases" / "02-aktiv-visionsledelse.md"
    edit(phase, "    type: seminar\n", "    type: seminar\n    titel: Seminar\n")
    result = cli("validate", "--format", "github", "--content", content)
    assert result.code == 1
    annotations = _annotations(result)
    path = str(groups).replace(":", "%3A").replace(",", "%2C")
    line = line_of(groups, "number: to")
    assert f"::error file={path},line={line},col=5,title=E203::" in "\n".join(annotations)
    titel = line_of(phase, "titel:")
    assert any(
        a.startswith("::error file=") and f"02-aktiv-visionsledelse.md,line={titel}," in a
        for a in annotations
    )
    # the shipped warning is accepted: no annotation, but named in the summary
    assert not any("title=W301::" in a for a in annotations)
    # followed by the full list and the count (GitHub shows only ten of each)
    assert "2 fejl, ingen advarsler.\n1 advarsel er tilladt:\n" in result.out
    assert f"groups.yaml:{line}:5: E203" in result.out


def test_github_format_escapes_properties_and_messages(tmp_path: Path, cli: Cli) -> None:
    # A folder name with ':' and ',' (Danish titles have both) and a title with % and a newline.
    content = tmp_path / "forløb: 2018, SLF" / "content"
    copy_shipped(content)
    phase = without_acceptance(content)  # the W301 carries the title
    edit(
        phase,
        'title: "Fælles seminar: Grænsekrydsende samarbejde"',
        'title: "100% fælles,\\r\\nseminar: på tværs"',
    )
    result = cli("validate", "--format", "github", "--content", content)
    [warning] = _annotations(result)
    prefix, message = warning.split("::")[1:]
    assert "forløb%3A 2018%2C SLF" in prefix
    assert ":" not in prefix.removeprefix("warning ").replace("title=W301", "")
    assert message.startswith(
        "100%25 fælles,%0D%0Aseminar: på tværs (fre. 22. feb. 2019) ligger før fasens"
    )
    assert "\r" not in result.out.split("\n")[0]  # one line per annotation


def test_github_actions_environment_makes_github_the_default(
    content: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    without_acceptance(content)
    result = cli("validate", "--content", content)
    assert result.code == 0
    [warning] = _annotations(result)
    assert warning.startswith("::warning file=")
    assert "title=W301::" in warning
    text = cli("validate", "--format", "text", "--content", content)
    assert _annotations(text) == []


WORKFLOW = REPO / "scaffold" / ".github" / "workflows" / "validate.yml"


def test_example_workflow_runs_validate_for_github_and_writes_the_summary() -> None:
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    steps = [step for job in workflow["jobs"].values() for step in job["steps"]]
    uses = [step.get("uses", "") for step in steps]
    assert any(use.startswith("actions/checkout@") for use in uses)
    assert any(use.startswith("actions/setup-python@") for use in uses)
    script = "\n".join(step.get("run", "") for step in steps)
    assert "pip install" in script and "felles" in script
    assert "felles validate --format github --strict" in script
    assert "$GITHUB_STEP_SUMMARY" in script


@pytest.mark.skipif(shutil.which("bash") is None, reason="the workflow's steps are bash")
def test_the_example_workflow_passes_the_shipped_content(tmp_path: Path) -> None:
    """Every step after the install, run as GitHub Actions would, in a content repository."""
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    steps = [step for job in workflow["jobs"].values() for step in job["steps"]]
    runs = [step["run"] for step in steps if "run" in step and "pip install" not in step["run"]]
    assert runs, steps
    repo = tmp_path / "indhold"
    copy_shipped(repo / "content")
    summary = tmp_path / "summary.md"
    env = {k: v for k, v in os.environ.items() if k != "FELLES_CONTENT"}
    env.update(
        GITHUB_ACTIONS="true",
        GITHUB_STEP_SUMMARY=str(summary),
        PATH=str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", ""),
    )
    for script in runs:
        done = subprocess.run(
            ["bash", "-e", "-c", script],
            cwd=repo,
            env=env,
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=120,
            check=False,
        )
        assert done.returncode == 0, script + done.stdout + done.stderr
    written = summary.read_text(encoding="utf-8")
    assert "1 advarsel er tilladt:" in written and "W301" in written
    assert "Udgangskode: 0" in written
