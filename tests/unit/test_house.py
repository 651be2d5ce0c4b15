"""The shape of the house: layers that point down, rooms named once, functions that read.

The layers are import-linter's contract in pyproject.toml (CONTRIBUTING.md shows the
picture); grimp, the graph import-linter builds, also finds a circle inside one layer.
The measures are the issue's: no module over 400 lines and the median module at most
110, no function radon rates worse than C, no module file name twice, no felles name
imported under another name (no private module of a dependency: test_public_api.py).
"""

from __future__ import annotations

import ast
import shutil
import statistics
import subprocess
import sys
from collections import Counter
from pathlib import Path

import grimp
import networkx
import pytest
from radon.complexity import cc_visit

REPO = Path(__file__).resolve().parents[2]
PACKAGE = REPO / "felles"
SOURCES = sorted(PACKAGE.rglob("*.py"))
MAX_LINES = 400
MEDIAN_LINES = 110
MAX_COMPLEXITY = 20  # radon's C ends at 20
CONFIG = REPO / "pyproject.toml"


# The console script `lint-imports`, started by this interpreter.
LINT_IMPORTS = "from importlinter.cli import lint_imports_command; lint_imports_command()"


def lint_imports(root: Path) -> subprocess.CompletedProcess[str]:
    """import-linter run on the felles found in root, with this checkout's contract."""
    return subprocess.run(
        [sys.executable, "-c", LINT_IMPORTS, "--no-cache", "--no-logo", str(CONFIG)],
        cwd=root,
        env={"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin", "NO_COLOR": "1"},
        capture_output=True,
        text=True,
        check=False,
    )


def test_every_import_points_down_the_layers() -> None:
    done = lint_imports(REPO)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "1 kept, 0 broken" in done.stdout


def test_the_contract_sees_an_upward_import_inside_a_function(tmp_path: Path) -> None:
    copy = tmp_path / "felles"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    with (copy / "plan" / "git.py").open("a", encoding="utf-8") as source:
        source.write("\n\ndef _upward() -> None:\n    from felles.cli import output\n")
    done = lint_imports(tmp_path)
    assert done.returncode == 1
    assert "felles.plan.git -> felles.cli.output" in done.stdout


def test_the_contract_names_every_folder(tmp_path: Path) -> None:
    """A new folder must be placed in a layer (the contract is exhaustive)."""
    copy = tmp_path / "felles"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    (copy / "stray").mkdir()
    (copy / "stray" / "__init__.py").write_text("", encoding="utf-8")
    done = lint_imports(tmp_path)
    assert done.returncode == 1
    assert "felles.stray" in done.stdout


def test_no_import_cycle() -> None:
    graph = grimp.build_graph("felles")
    edges = networkx.DiGraph(
        (module, imported)
        for module in graph.modules
        for imported in graph.find_modules_directly_imported_by(module)
        if imported != "felles"  # the package's own __init__ holds only the version
    )
    cycles = list(networkx.simple_cycles(edges))
    assert not cycles, "import cycle: " + " → ".join(cycles[0])


def _lines(path: Path) -> int:
    return path.read_text(encoding="utf-8").count("\n")


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(REPO)))
def test_no_module_over_400_lines(path: Path) -> None:
    assert _lines(path) <= MAX_LINES


def test_the_median_module_is_small() -> None:
    assert statistics.median(_lines(p) for p in SOURCES) <= MEDIAN_LINES


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(REPO)))
def test_no_function_worse_than_c(path: Path) -> None:
    blocks = cc_visit(path.read_text(encoding="utf-8"))
    worse = [f"{b.name} ({b.complexity})" for b in blocks if b.complexity > MAX_COMPLEXITY]
    assert not worse


def test_no_module_file_name_twice() -> None:
    names = Counter(p.name for p in SOURCES if p.name != "__init__.py")
    assert [name for name, count in names.items() if count > 1] == []


def _imports(path: Path) -> list[tuple[str, str, ast.alias]]:
    """(the module imported from, the full name, the alias) of every import in path."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(alias.name, alias.name, alias) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            found += [(node.module, f"{node.module}.{alias.name}", alias) for alias in node.names]
    return found


TESTS_AND_SOURCES = SOURCES + sorted((REPO / "tests").rglob("*.py"))


@pytest.mark.parametrize("path", TESTS_AND_SOURCES, ids=lambda p: str(p.relative_to(REPO)))
def test_no_felles_name_under_another_name(path: Path) -> None:
    renamed = [
        f"{name} as {alias.asname}"
        for _, name, alias in _imports(path)
        if name.startswith("felles") and alias.asname
    ]
    assert renamed == []
