"""Comments and docs name modules that exist: a module moved or renamed leaves no stale
pointer behind in felles/, CONTRIBUTING.md or README.md."""

from __future__ import annotations

import ast
import functools
import re
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
FOLDERS = "cli|checks|codes|content|plan|render|survey|export"  # export/: render/'s old name
# `render/pairs_file.py`, `felles/cli/next.py`, `plan/upcoming.upcoming()`, `cli/output.write_file`
QUALIFIED = re.compile(
    rf"(?<![\w/.-])(?:felles/)?((?:{FOLDERS})/[a-z_]+)(?:\.py\b|\.(?!(?:yaml|yml|md|j2|csv|json|ics|html|docx)\b)[a-z_]+)"
)
# `render/pairs_file.is_ours`, `plan/upcoming.upcoming()`: a name in a module
ATTRIBUTE = re.compile(
    rf"(?<![\w/.-])(?:felles/)?((?:{FOLDERS})/[a-z_]+)\.(?!py\b|(?:yaml|yml|md|j2|csv|json|ics|html|docx)\b)([A-Za-z_]+)"
)
# `quick.py`, `atomic.py`: a file name alone
BARE = re.compile(r"(?<![\w/.<>-])([a-z][a-z_]*\.py)\b")

FILES = subprocess.run(
    ["git", "ls-files"], cwd=REPO, capture_output=True, text=True, check=True
).stdout.split()
NAMES = {Path(f).name for f in FILES} | {"coverage.py"}  # the tool, not a file
DOCUMENTS = sorted([REPO / "CONTRIBUTING.md", REPO / "README.md", *(REPO / "felles").rglob("*.py")])


def _exists(module: str) -> bool:
    """A module path relative to felles/ (or a test's, relative to tests/ or tests/unit/)."""
    return any(
        (REPO / base / f"{module}.py").exists() or (REPO / base / module).is_dir()
        for base in ("felles", "tests", "tests/unit")
    )


@functools.cache
def _names(module: str) -> frozenset[str]:
    """The names a felles module defines or imports at its top level."""
    tree = ast.parse((REPO / "felles" / f"{module}.py").read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            found.add(node.name)
        elif isinstance(node, ast.Assign):
            found |= {t.id for t in node.targets if isinstance(t, ast.Name)}
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            found.add(node.target.id)
        elif isinstance(node, ast.Import | ast.ImportFrom):
            found |= {(a.asname or a.name).split(".")[0] for a in node.names}
    return frozenset(found)


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: str(p.relative_to(REPO)))
def test_every_name_in_a_module_exists(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    missing = sorted(
        {
            f"{module}.{name}"
            for module, name in ATTRIBUTE.findall(text)
            if (REPO / "felles" / f"{module}.py").exists() and name not in _names(module)
        }
    )
    assert missing == []


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: str(p.relative_to(REPO)))
def test_every_module_named_exists(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    stale = sorted({m for m in QUALIFIED.findall(text) if not _exists(m)})
    stale += sorted({name for name in BARE.findall(text) if name not in NAMES})
    assert stale == []


def test_the_check_finds_a_stale_name(tmp_path: Path) -> None:
    assert QUALIFIED.findall("see `export/upcoming.py` and plan/upcoming.upcoming()") == [
        "export/upcoming",
        "plan/upcoming",
    ]
    assert not _exists("export/upcoming") and _exists("plan/upcoming")
    assert BARE.findall("the fast path (`quick.py`) and <series>_codes.py") == ["quick.py"]
