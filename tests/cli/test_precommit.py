"""The pre-commit hook on a real content repository, and GitHub Actions output."""

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


def _git(*args: str, cwd: Path) -> str:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.invalid",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.invalid",
    }
    done = subprocess.run(
        ["git", *args], cwd=cwd, env=env, capture_output=True, text=True, check=True
    )
    return done.stdout.strip()


def _pre_commit(repo: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("FELLES_CONTENT", "GITHUB_ACTIONS")}
    env["PRE_COMMIT_HOME"] = str(home)  # a fresh cache: the hook is really installed
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", "run", *args],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        # pre-commit builds a virtualenv and installs felles and its dependencies.
        timeout=900,
        check=False,
    )


def test_pre_commit_hook_passes_shipped_content_and_stops_a_broken_commit(
    tmp_path: Path,
) -> None:
    """A content repository using the hook, as its README tells it to (slow: ~10-60 s)."""
    if shutil.which("git") is None:
        pytest.skip("git is needed")
    if not (REPO / ".git").exists():
        pytest.skip("the felles checkout is not a git repository")
    # pre-commit installs the hook from a commit: the one checked out here.
    rev = _git("rev-parse", "HEAD", cwd=REPO)
    repo = tmp_path / "indhold"
    copy_shipped(repo / "content")
    (repo / "README.md").write_text("# Vores forløb\n", encoding="utf-8")
    (repo / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {REPO.as_posix()}\n    rev: {rev}\n"
        "    hooks:\n      - id: felles-validate\n",
        encoding="utf-8",
    )
    _git("init", "-q", cwd=repo)
    _git("add", ".", cwd=repo)
    home = tmp_path / "pre-commit-home"

    passed = _pre_commit(repo, home, "--all-files")
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert re.search(r"felles validate\.+Passed", passed.stdout)

    groups = repo / "content" / "groups.yaml"
    edit(groups, "  - number: 2\n", "  - number: to\n")
    _git("add", ".", cwd=repo)
    failed = _pre_commit(repo, home, "--all-files")
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert re.search(r"felles validate\.+Failed", failed.stdout)
    line = line_of(groups, "number: to")
    assert f"content/groups.yaml:{line}:5: E203" in failed.stdout

    # Only changes under content/ run the hook.
    skipped = _pre_commit(repo, home, "--files", "README.md")
    assert skipped.returncode == 0, skipped.stdout + skipped.stderr
    assert re.search(r"felles validate\.+\(no files to check\)Skipped", skipped.stdout)


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


def test_example_workflow_runs_validate_for_github_and_writes_the_summary() -> None:
    workflow = yaml.safe_load(
        (REPO / ".github" / "workflows" / "validate.yml").read_text(encoding="utf-8")
    )
    steps = [step for job in workflow["jobs"].values() for step in job["steps"]]
    uses = [step.get("uses", "") for step in steps]
    assert any(use.startswith("actions/checkout@") for use in uses)
    assert any(use.startswith("actions/setup-python@") for use in uses)
    script = "\n".join(step.get("run", "") for step in steps)
    assert "pip install" in script and "felles" in script
    assert "felles validate --format github --strict" in script
    assert "$GITHUB_STEP_SUMMARY" in script


# --- the documented snippets point at a release, and pass the shipped content ------------


def _version() -> str:
    import tomllib

    with (REPO / "pyproject.toml").open("rb") as handle:
        version: str = tomllib.load(handle)["project"]["version"]
    return version


def _readme_snippet() -> str:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("### pre-commit", 1)[1]
    return section.split("```yaml\n", 1)[1].split("```", 1)[0]


def test_every_snippet_names_the_same_release_of_felles_dev_felles() -> None:
    from felles import __version__

    version = _version()
    assert __version__ == version
    tag = f"v{version}"
    snippet = yaml.safe_load(_readme_snippet())
    [entry] = snippet["repos"]
    assert entry["repo"] == "https://github.com/felles-dev/felles"
    assert entry["rev"] == tag
    hooks = (REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    assert "#     - repo: https://github.com/felles-dev/felles\n" in hooks
    assert f"#       rev: {tag}\n" in hooks
    workflow = (REPO / ".github" / "workflows" / "validate.yml").read_text(encoding="utf-8")
    install = f'pip install "felles @ git+https://github.com/felles-dev/felles@{tag}"'
    assert install in workflow
    assert install in (REPO / "README.md").read_text(encoding="utf-8")
    assert "OWNER" not in workflow + hooks + _readme_snippet()


def test_the_readme_snippet_at_its_tag_passes_the_shipped_content_strictly(
    tmp_path: Path,
) -> None:
    """The README's own .pre-commit-config.yaml (with --strict), from a local clone at the
    release tag. Skips until the tag exists in this checkout (it is made at release)."""
    if shutil.which("git") is None or not (REPO / ".git").exists():
        pytest.skip("git and a felles checkout are needed")
    tag = f"v{_version()}"
    if tag not in _git("tag", "--list", tag, cwd=REPO).split():
        pytest.skip(f"no tag {tag} in this checkout yet")
    repo = tmp_path / "indhold"
    copy_shipped(repo / "content")
    config = (
        _readme_snippet()
        .replace("https://github.com/felles-dev/felles", REPO.as_posix())
        .replace("# args: [--strict]", "args: [--strict]")
    )
    assert "args: [--strict]" in config and f"rev: {tag}" in config
    (repo / ".pre-commit-config.yaml").write_text(config, encoding="utf-8")
    _git("init", "-q", cwd=repo)
    _git("add", ".", cwd=repo)
    passed = _pre_commit(repo, tmp_path / "pre-commit-home", "--all-files")
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert re.search(r"felles validate\.+Passed", passed.stdout)


@pytest.mark.skipif(shutil.which("bash") is None, reason="the workflow's steps are bash")
def test_the_example_workflow_passes_the_shipped_content(tmp_path: Path) -> None:
    """Every step after the install, run as GitHub Actions would, in a content repository."""
    workflow = yaml.safe_load(
        (REPO / ".github" / "workflows" / "validate.yml").read_text(encoding="utf-8")
    )
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
