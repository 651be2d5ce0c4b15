"""A content repository made by `felles init`, checked with the real tools.

Its pre-commit hook runs in real `pre-commit run --all-files` (the `repo: local` hook of a
felles not installed from git, and the hook pinned to a commit of a git clone of felles),
its workflow's install step really installs felles into a fresh virtual environment, and an
init that fails leaves nothing behind. Offline: the clone is a local `git clone` of this
checkout (pre-commit and pip fetch felles' dependencies from the configured index).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import sysconfig
import time
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from felles.render import hooks, install_source
from tests.helpers.content import REPO, edit, line_of
from tests.helpers.run import Cli


def _need(program: str) -> None:
    """Skip without `program` (Debian package of the same name), or fail with CI set: .ci/run
    installs it."""
    if shutil.which(program) is None:
        why = f"{program} is missing (Debian package {program})"
        if os.environ.get("CI"):
            pytest.fail(why)
        pytest.skip(why)


@pytest.fixture
def git() -> None:
    _need("git")


@pytest.fixture
def bash() -> None:
    _need("bash")


WORKFLOW = Path(".github") / "workflows" / "validate.yml"


def _run(
    *args: str | Path,
    cwd: Path | None = None,
    env: dict[str, str] | None = None,
    timeout: float = 900,
) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if k not in ("FELLES_CONTENT", "GITHUB_ACTIONS")}
    return subprocess.run(
        [str(arg) for arg in args],
        cwd=cwd,
        env={**base, **(env or {})},
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=timeout,
        check=False,
    )


def _git(*args: str, cwd: Path) -> str:
    done = _run("git", *args, cwd=cwd, env=_identity())
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def _identity() -> dict[str, str]:
    return {
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.invalid",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.invalid",
    }


def _pre_commit(repo: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Real pre-commit with a fresh cache (the hook is really installed), felles on PATH."""
    path = str(Path(sys.executable).parent) + os.pathsep + os.environ.get("PATH", "")
    return _run(
        sys.executable,
        "-m",
        "pre_commit",
        "run",
        *args,
        cwd=repo,
        env={"PRE_COMMIT_HOME": str(home), "PATH": path},
    )


def _install_step(repo: Path) -> str:
    workflow = yaml.safe_load((repo / WORKFLOW).read_text(encoding="utf-8"))
    steps = [step for job in workflow["jobs"].values() for step in job["steps"]]
    [step] = [step for step in steps if "pip install" in step.get("run", "")]
    return str(step["run"])


def _fresh_venv(folder: Path) -> Path:
    """A new virtual environment that sees this test run's packages only *after* its own, so
    the felles installed into it is the one that runs (and whose metadata is read)."""
    # --upgrade-deps: a current pip, as GitHub's runners have (the pip bundled with Python
    # 3.11, 23.2, rejects a `git+file:///…` URL in `name @ URL` form).
    done = _run(sys.executable, "-m", "venv", "--upgrade-deps", folder, timeout=300)
    assert done.returncode == 0, done.stderr
    python = folder / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    site = _run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])")
    (Path(site.stdout.strip()) / "deps.pth").write_text(
        sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8"
    )
    return python


@pytest.fixture(scope="module")
def clone(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A local git clone of this checkout, and the commit it is at."""
    _need("git")
    if not (REPO / ".git").exists():
        pytest.skip("the felles checkout is not a git repository")
    target = tmp_path_factory.mktemp("felles-clone") / "felles"
    done = _run("git", "clone", "-q", REPO, target)
    assert done.returncode == 0, done.stderr
    return target, _git("rev-parse", "HEAD", cwd=target)


def _hooks_of(repo: Path) -> list[dict[str, object]]:
    config = yaml.safe_load((repo / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    return list(config["repos"])


# --- the two sources ---------------------------------------------------------------------


@pytest.mark.usefixtures("git")
def test_a_felles_not_from_git_gives_a_local_hook_that_passes_and_stops_a_broken_commit(
    cli: Cli, tmp_path: Path
) -> None:
    """This test run's felles is an editable install (a folder): a `repo: local` hook."""
    repo = tmp_path / "indhold"
    made = cli("init", repo)
    assert made.code == 0, made.err
    # felles init says in its last lines what to write where
    assert "Skriv i requirements.txt, hvorfra GitHub Actions" in made.out
    [entry] = _hooks_of(repo)
    assert entry["repo"] == "local"
    [hook] = entry["hooks"]  # type: ignore[misc]
    assert hook["language"] == "system" and hook["entry"] == "felles validate"
    assert hook["pass_filenames"] is False
    requirements = (repo / "requirements.txt").read_text(encoding="utf-8")
    assert "felles @ git+https://ADRESSE/felles.git@COMMIT" in requirements
    assert not [line for line in requirements.splitlines() if not line.startswith("#")]

    home = tmp_path / "pre-commit-home"
    passed = _pre_commit(repo, home, "--all-files")
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert re.search(r"felles validate\.+Passed", passed.stdout)

    groups = repo / "content" / "groups.yaml"
    edit(groups, "  - number: 2\n", "  - number: to\n")
    _git("add", ".", cwd=repo)
    failed = _pre_commit(repo, home, "--all-files")
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert f"content/groups.yaml:{line_of(groups, 'number: to')}:5: E203" in failed.stdout
    skipped = _pre_commit(repo, home, "--files", "README.md")
    assert re.search(r"felles validate\.+\(no files to check\)Skipped", skipped.stdout)


@pytest.mark.usefixtures("git")
@pytest.mark.usefixtures("bash")
def test_the_workflow_stops_with_one_annotation_until_requirements_names_felles(
    cli: Cli, tmp_path: Path
) -> None:
    repo = tmp_path / "indhold"
    assert cli("init", repo, "--no-git").code == 0
    done = _run("bash", "-e", "-c", _install_step(repo), cwd=repo)
    assert done.returncode == 1
    assert done.stdout.startswith("::error file=requirements.txt,title=felles::Skriv i ")
    assert "pip" not in done.stdout + done.stderr  # stopped before pip ran


@pytest.mark.usefixtures("git")
@pytest.mark.usefixtures("bash")
def test_from_a_git_clone_hooks_and_ci_are_pinned_to_its_commit_and_install(
    cli: Cli, tmp_path: Path, clone: tuple[Path, str]
) -> None:
    """felles installed from a git clone (by the workflow's own install step, into a fresh
    virtual environment) writes a repository whose hook and workflow install that commit,
    and whose `pre-commit run --all-files` passes (slow: pre-commit builds felles)."""
    folder, commit = clone
    url = folder.as_uri()
    spec = f"felles @ git+{url}@{commit}"

    # `--felles-source` names the clone: the requirements line is the pinned spec
    named = tmp_path / "named"
    made = cli("init", named, "--no-git", "--felles-source", f"{url}@{commit}")
    assert made.code == 0, made.err
    assert f"{spec}\n" in (named / "requirements.txt").read_text(encoding="utf-8")
    assert "GitHub kan ikke hente derfra" in made.out  # a folder on this machine, said so

    # The workflow's install step, as GitHub would run it, into a fresh virtual environment,
    # with --no-deps: the dependencies are this test run's own (seen through deps.pth), and
    # what is checked is that the line itself resolves, clones, builds and installs felles.
    python = _fresh_venv(tmp_path / "venv")
    path = str(python.parent) + os.pathsep + os.environ.get("PATH", "")
    step = _install_step(named)
    line = "python -m pip install -r requirements.txt"
    assert line in step
    # --ignore-installed: this run's own felles is visible through deps.pth too (installed
    # from a folder, as the README's test command does); the line must install its own.
    step = step.replace(line, line.replace("install", "install --no-deps --ignore-installed"))
    # No PYTHONPATH: here the felles that runs is the one just installed, not the checkout.
    alone = {"PATH": path, "PYTHONPATH": ""}
    installed = _run("bash", "-e", "-c", step, cwd=named, env=alone)
    assert installed.returncode == 0, installed.stdout + installed.stderr
    direct = _run(
        python,
        "-c",
        "from importlib import metadata; "
        "print(metadata.distribution('felles').read_text('direct_url.json'))",
        env=alone,
    )
    recorded = json.loads(direct.stdout)
    assert recorded["vcs_info"]["commit_id"] == commit

    # That felles, run as a user would, finds out by itself where it came from (PEP 610).
    repo = tmp_path / "indhold"
    own = _run(python, "-m", "felles", "init", repo, env={**_identity(), "PYTHONPATH": ""})
    assert own.returncode == 0, own.stdout + own.stderr
    assert (repo / "requirements.txt").read_text(encoding="utf-8") == (
        named / "requirements.txt"
    ).read_text(encoding="utf-8")
    [entry] = _hooks_of(repo)
    assert entry["repo"] == url and entry["rev"] == commit  # a commit, never a tag
    assert (repo / ".pre-commit-config.yaml").read_text(encoding="utf-8") == (
        named / ".pre-commit-config.yaml"
    ).read_text(encoding="utf-8")

    passed = _pre_commit(repo, tmp_path / "pre-commit-home", "--all-files")
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert re.search(r"felles validate\.+Passed", passed.stdout)


def test_direct_url_of_every_kind_of_install() -> None:
    commit = "0123456789abcdef0123456789abcdef01234567"
    vcs = install_source.from_direct_url(
        {
            "url": "https://git.example.dk/felles.git",
            "vcs_info": {"vcs": "git", "commit_id": commit},
        }
    )
    assert vcs.vcs and not vcs.local
    assert vcs.requirement == f"felles @ git+https://git.example.dk/felles.git@{commit}"
    assert f'rev: "{commit}"' in hooks.precommit_config(vcs)
    for data in [
        {"url": "file:///home/a/felles", "dir_info": {"editable": True}},
        {"url": "file:///tmp/felles-0.3.0-py3-none-any.whl", "archive_info": {}},
        {"url": "https://x/felles.git", "vcs_info": {"vcs": "git", "commit_id": "v0.3.0"}},
        {
            "url": "https://x/f.git",
            "vcs_info": {"vcs": "git", "commit_id": commit},
            "subdirectory": "a",
        },
        {"url": "https://x/f.git\nrm -rf", "vcs_info": {"vcs": "git", "commit_id": commit}},
        {"url": "https://me:token@x/f.git", "vcs_info": {"vcs": "git", "commit_id": commit}},
        {"url": "https://x/f", "vcs_info": {"vcs": "hg", "commit_id": commit}},
        None,
    ]:
        source = install_source.from_direct_url(data)
        assert not source.vcs, data
        config = yaml.safe_load(hooks.precommit_config(source))
        assert config["repos"][0]["repo"] == "local"
        text = hooks.requirements(source, "0.3.0")
        assert all(line.startswith("#") for line in text.splitlines()), text


@pytest.mark.parametrize(
    "value",
    ["https://x/felles.git", "@abc", "https://x/f.git@", "a b@c", 'x"@y', "https://me:pw@x/f@a1"],
)
def test_a_felles_source_that_is_not_url_at_rev_is_one_danish_line(
    cli: Cli, tmp_path: Path, value: str
) -> None:
    result = cli("init", tmp_path / "x", "--felles-source", value)
    assert result.code == 2 and "er ikke URL@REV" in result.err
    assert result.err.count("\n") == 1 and not (tmp_path / "x").exists()


# --- .gitignore --------------------------------------------------------------------------


@pytest.mark.usefixtures("git")
def test_the_repository_ignores_lock_files_copies_exports_and_survey_data(
    cli: Cli, tmp_path: Path
) -> None:
    repo = tmp_path / "indhold"
    assert cli("init", repo).code == 0
    ignored = [
        "content/ledelsesgrundlag/~$soeren-aakjaer.docx",
        "~$Bog.docx",
        "content/ledelsesgrundlag/soeren-aakjaer.md.foer-import-20181108-1200",
        "udskrifter/bog.html",
        "site/index.html",
        "forloeb.ics",
        "svar.csv",
        "survey/answers.sqlite3",
    ]
    kept = ["content/ledelsesgrundlag/soeren-aakjaer.md", "content/groups.yaml", "README.md"]
    for name in ignored + kept:
        (repo / name).parent.mkdir(parents=True, exist_ok=True)
        (repo / name).write_text("x", encoding="utf-8")
    status = _run("git", "status", "--porcelain", "--untracked-files=all", cwd=repo).stdout
    assert status.splitlines() == [" M README.md", " M content/groups.yaml", "?? " + kept[0]]


# --- an init that fails leaves nothing ----------------------------------------------------


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.mark.usefixtures("git")
def test_a_commit_git_refuses_leaves_no_folder_and_the_rerun_works(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    config = home / ".gitconfig"
    config.write_text(
        "[user]\n  name = t\n  email = t@example.invalid\n"
        "[commit]\n  gpgsign = true\n[gpg]\n  program = gpg-that-is-not-there\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(config))
    parent = tmp_path / "forloeb"
    parent.mkdir()
    target = parent / "X"
    result = cli("init", target)
    assert result.code == 2, result.output
    [line] = result.err.splitlines()
    assert line.startswith(f"felles: kan ikke lave git-repository i {target}: git commit sagde »")
    assert "gpg" in line  # git's own reason, quoted
    assert "intet er oprettet" in line and "Traceback" not in result.output
    assert result.out == "" and _leftovers(parent) == []

    config.write_text("[user]\n  name = t\n  email = t@example.invalid\n", encoding="utf-8")
    again = cli("init", target)
    assert again.code == 0, again.err
    assert _leftovers(parent) == ["X"] and (target / ".git").is_dir()
    assert _git("status", "--porcelain", cwd=target) == ""


def test_a_full_disk_or_ctrl_c_leaves_no_folder(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    import felles.cli.init

    real = felles.cli.init.create

    def full(target: Path, **kwargs: object) -> None:
        real(target, **kwargs)  # type: ignore[arg-type]
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(felles.cli.init, "create", full)
    target = tmp_path / "a" / "b" / "X"
    result = cli("init", target, "--no-git")
    assert result.code == 2 and "der er ikke plads på drevet" in result.err
    assert result.err.count("\n") == 1 and _leftovers(tmp_path) == []  # nor the folders above

    def interrupted(target: Path, **kwargs: object) -> None:
        real(target, **kwargs)  # type: ignore[arg-type]
        raise KeyboardInterrupt

    monkeypatch.setattr(felles.cli.init, "create", interrupted)
    assert cli("init", tmp_path / "X", "--no-git").code == 130
    assert _leftovers(tmp_path) == []


@pytest.mark.usefixtures("git")
@pytest.mark.skipif(os.name == "nt", reason="SIGKILL")
def test_a_killed_init_leaves_no_target_and_the_rerun_clears_what_it_left(
    tmp_path: Path,
) -> None:
    target = tmp_path / "X"
    process = subprocess.Popen(
        [sys.executable, "-m", "felles", "init", str(target)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    # Killed while it builds: as soon as its hidden folder beside the target exists (not
    # after a guessed delay, which a fast machine outran and a slow one never reached).
    while process.poll() is None and not _leftovers(tmp_path):
        time.sleep(0.001)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL, "felles init finished before the kill"
    assert not target.exists()
    # Only the hidden temporary folder may be left; the rerun clears it and succeeds.
    assert all(name.startswith(".X.felles-init-") for name in _leftovers(tmp_path))
    done = _run(sys.executable, "-m", "felles", "init", target, env=_identity())
    assert done.returncode == 0, done.stderr
    assert _leftovers(tmp_path) == ["X"]


def test_init_into_the_empty_folder_one_stands_in_keeps_that_folder(tmp_path: Path) -> None:
    """`mkdir forloeb && cd forloeb && felles init .`: the shell's folder stays the same
    folder (the entries are moved into it, not the folder replaced), nothing is left beside."""
    here = tmp_path / "forloeb"
    here.mkdir()
    before = here.stat().st_ino
    done = _run(sys.executable, "-m", "felles", "init", ".", "--no-git", cwd=here)
    assert done.returncode == 0, done.stderr
    assert here.stat().st_ino == before
    assert (here / "content" / "programme.yaml").is_file() and (here / "requirements.txt").is_file()
    assert _leftovers(tmp_path) == ["forloeb"]


@given(
    st.one_of(
        st.text(max_size=80),
        st.builds(
            "{}://{}/{}@{}".format,
            st.sampled_from(["https", "git+https", "ssh", "file", "git+file"]),
            st.text(max_size=20),
            st.text(max_size=20),
            st.text(max_size=20),
        ),
    )
)
def test_whatever_felles_source_says_the_files_stay_yaml_and_one_shell_word(value: str) -> None:
    source = install_source.from_option(value)
    if source is None:
        return
    assert not source.url.startswith("git+")
    config = yaml.safe_load(hooks.precommit_config(source))
    assert config["repos"][0]["repo"] == source.url and config["repos"][0]["rev"] == source.rev
    [line] = [line for line in hooks.requirements(source, "0.3.0").splitlines() if line[:1] != "#"]
    assert line == f"felles @ git+{source.url}@{source.rev}"
    words = line.split(" ")
    assert len(words) == 3 and not any(c in words[2] for c in "\t\n\"'`$;&|<>\\")
