"""The hostile-input corpus: every folder in tests/cases is one case.

A case folder holds `expected.yaml` and, unless the case is generated, `content/`:
files laid over a fresh copy of the shipped content, byte for byte. Some inputs
cannot live in git (10 MB files, links, pipes, a missing file): `generate` names a
function below that makes them. Each case runs the real CLI in its own process
with a 10 s timeout and a 1 GB address-space limit. A regression case is a new
folder; so is any single faulty file with its finding (not a hand-written test).

`expected.yaml` holds `description`, `exit` (the exit code), optionally `generate`,
and `findings`: each with `code`, `path` (inside the content folder) and `line`
(null: any line), and optionally `column`, `message` (a text, or a list of texts,
that the finding's message contains) and `not_in_message` (texts it must not
contain). Every listed finding must appear, and a code listed n times appears
exactly n times: other findings of the same code would be noise around the fault.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.helpers.content import copy_shipped

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


def symlink_loop(content: Path) -> None:
    (content / PHASE).symlink_to(content / PHASE)


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


def no_learning_goals(content: Path) -> None:
    (content / "learning_goals.yaml").unlink()


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
        symlink_loop,
        unreadable,
        groups_is_dir,
        fifo,
        no_learning_goals,
    )
}


def _limit_memory() -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (LIMIT_BYTES, LIMIT_BYTES))


def run_felles(content: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("FELLES_CONTENT", "GITHUB_ACTIONS")}
    return subprocess.run(
        [sys.executable, "-m", "felles", *args, "--content", str(content)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=10,
        env=env,
        check=False,
        cwd=content.parent,
        preexec_fn=_limit_memory if sys.platform != "win32" else None,
    )


def texts(value: str | list[str] | None) -> list[str]:
    return [] if value is None else [value] if isinstance(value, str) else list(value)


def matches(finding: dict[str, Any], want: dict[str, Any]) -> bool:
    """Whether a finding (path relative to the content folder) is the one expected."""
    message = finding["message"]
    return (
        (finding["code"], finding["path"]) == (want["code"], want["path"])
        and (want["line"] is None or finding["line"] == want["line"])
        and ("column" not in want or finding["column"] == want["column"])
        and all(text in message for text in texts(want.get("message")))
        and not any(text in message for text in texts(want.get("not_in_message")))
    )


@pytest.mark.parametrize("case", sorted(p.name for p in CASES.iterdir() if p.is_dir()))
def test_case(case: str, tmp_path: Path) -> None:
    folder = CASES / case
    expected = yaml.safe_load((folder / "expected.yaml").read_text(encoding="utf-8"))
    content = copy_shipped(tmp_path / "content")
    if (folder / "content").is_dir():  # generated cases have no files (git keeps no empty dirs)
        shutil.copytree(folder / "content", content, dirs_exist_ok=True)
    if "generate" in expected:
        GENERATORS[expected["generate"]](content)

    result = run_felles(content, "validate", "--format", "json")

    assert "Traceback" not in result.stderr + result.stdout
    assert result.returncode == expected["exit"], result.stdout + result.stderr
    found = json.loads(result.stdout)
    for finding in found:
        finding["path"] = Path(finding["path"]).relative_to("content").as_posix()
    for want in expected["findings"]:
        assert any(matches(finding, want) for finding in found), (want, found)
    listed = Counter(want["code"] for want in expected["findings"])
    got = Counter(finding["code"] for finding in found if finding["code"] in listed)
    assert got == listed, found
    if expected["exit"] == 0:
        assert not [f for f in found if f["severity"] == "error"]
    for finding in found:
        assert finding["message"] and not finding["message"].startswith(finding["code"])

    # What validate rejects in the programme files, `felles next` refuses too: it never
    # exits 0 with the broken part silently dropped. (Errors in leaders' drafts are a note;
    # survey.yaml, the pairs and invitations.yaml are not read by `next`, only the pairs by
    # `next --leader`. A control character, E370, drops nothing: every command shows it
    # harmlessly, and only validate names it.)
    programme_errors = [
        f
        for f in found
        if f["severity"] == "error"
        and not f["path"].startswith(("ledelsesgrundlag/", "pairs/"))
        and f["path"] not in ("survey.yaml", "invitations.yaml")
        and f["code"] != "E370"
    ]
    upcoming = run_felles(content, "next", "--as-of", "2018-06-01")
    assert "Traceback" not in upcoming.stderr + upcoming.stdout
    assert upcoming.returncode == (1 if programme_errors else 0), upcoming.stderr
