"""The hostile-input corpus: every folder in tests/cases is one case.

A case folder holds `expected.yaml` (the exit code and the findings that must
appear, each with code, path inside the content folder, and line) and, unless the
case is generated, `content/`: files laid over a fresh copy of the shipped
content, byte for byte. Some inputs cannot live in git (10 MB files, links,
pipes): `generate` names a function below that makes them. Each case runs the
real CLI in its own process with a 10 s timeout and a 1 GB address-space limit.
A regression case is a new folder.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from tests.helpers.content import SHIPPED

CASES = Path(__file__).resolve().parents[1] / "cases"
PHASE = "phases/09-case.md"
BASE_PHASE = (CASES / "valid-extra-phase" / "content" / PHASE).read_text(encoding="utf-8")
LIMIT_BYTES = 1 << 30


def second_document(content: Path) -> None:
    path = content / "learning_goals.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "---\ngoals: []\n", encoding="utf-8")


def long_line(content: Path) -> None:
    text = BASE_PHASE.replace("title: Case", "title: " + "lang " * 100_000)
    (content / PHASE).write_text(text, encoding="utf-8")


def big_file(content: Path) -> None:
    (content / PHASE).write_text(BASE_PHASE + "x" * 10_000_000, encoding="utf-8")


def deep_flow(content: Path) -> None:
    (content / PHASE).write_text(
        "---\nx: " + "[" * 100_000 + "]" * 100_000 + "\n---\n", encoding="utf-8"
    )


def deep_block(content: Path) -> None:
    lines = "".join(" " * i + "-\n" for i in range(1_200))
    (content / PHASE).write_text("---\nx:\n" + lines + "---\n", encoding="utf-8")


def moderate_nesting(content: Path) -> None:
    lines = "".join("  " * i + f"k{i}:\n" for i in range(60))
    (content / PHASE).write_text("---\n" + lines + "---\n", encoding="utf-8")


def symlink_outside(content: Path) -> None:
    outside = content.parent / "secret.md"
    outside.write_text(BASE_PHASE, encoding="utf-8")
    (content / PHASE).symlink_to(outside)


def dangling_symlink(content: Path) -> None:
    (content / PHASE).symlink_to(content / "phases" / "missing.md")


def unreadable(content: Path) -> None:
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        pytest.skip("root reads every file")
    path = content / PHASE
    path.write_text(BASE_PHASE, encoding="utf-8")
    path.chmod(0)


def groups_is_dir(content: Path) -> None:
    (content / "groups.yaml").unlink()
    (content / "groups.yaml").mkdir()


def fifo(content: Path) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes on this platform")
    os.mkfifo(content / PHASE)


GENERATORS: dict[str, Callable[[Path], None]] = {
    f.__name__: f
    for f in (
        second_document,
        long_line,
        big_file,
        deep_flow,
        deep_block,
        moderate_nesting,
        symlink_outside,
        dangling_symlink,
        unreadable,
        groups_is_dir,
        fifo,
    )
}


def _limit_memory() -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (LIMIT_BYTES, LIMIT_BYTES))


def run_validate(content: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("FELLES_CONTENT", "GITHUB_ACTIONS")}
    return subprocess.run(
        [sys.executable, "-m", "felles", "validate", "--format", "json", "--content", str(content)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=10,
        env=env,
        check=False,
        cwd=content.parent,
        preexec_fn=_limit_memory if sys.platform != "win32" else None,
    )


@pytest.mark.parametrize("case", sorted(p.name for p in CASES.iterdir() if p.is_dir()))
def test_case(case: str, tmp_path: Path) -> None:
    folder = CASES / case
    expected = yaml.safe_load((folder / "expected.yaml").read_text(encoding="utf-8"))
    content = tmp_path / "content"
    shutil.copytree(SHIPPED, content, ignore=shutil.ignore_patterns("ledelsesgrundlag"))
    if (folder / "content").is_dir():  # generated cases have no files (git keeps no empty dirs)
        shutil.copytree(folder / "content", content, dirs_exist_ok=True)
    if "generate" in expected:
        GENERATORS[expected["generate"]](content)

    result = run_validate(content)

    assert "Traceback" not in result.stderr + result.stdout
    assert result.returncode == expected["exit"], result.stdout + result.stderr
    found = json.loads(result.stdout)
    got = {(f["code"], Path(f["path"]).relative_to("content").as_posix(), f["line"]) for f in found}
    for item in expected["findings"]:
        want = (item["code"], item["path"], item["line"])
        if item["line"] is None:
            assert any(g[:2] == want[:2] for g in got), (want, got)
        else:
            assert want in got, (want, got)
    if expected["exit"] == 0:
        assert not [f for f in found if f["severity"] == "error"]
    for finding in found:
        assert finding["message"] and not finding["message"].startswith(finding["code"])
