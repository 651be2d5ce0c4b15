"""The folder tree is the architecture: every import points down, and nothing circles.

Imports are read from the source (every `import`, wherever it stands: at the top,
inside a function, under TYPE_CHECKING, and `importlib.import_module` with a
"felles." name), so a lazy import cannot hide a circle or an upward step. The layer
map is the one CONTRIBUTING.md shows: this test reads it from there.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
PACKAGE = REPO / "felles"
MAX_LINES = 400


def _module_name(path: Path) -> str:
    parts = path.relative_to(REPO).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _resolve(name: str) -> str | None:
    """The felles module an import of `name` loads (a package means its __init__)."""
    while name:
        if name in MODULES:
            return name
        name = name.rpartition(".")[0]
    return None


def imports(module: str) -> Iterator[str]:
    """Every felles module that `module` imports, anywhere in its source."""
    path = MODULES[module]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{parent}.{base}".rstrip(".")
            # `from a.b import c`: the module a.b.c if there is one, else what a.b defines.
            names = [
                f"{base}.{alias.name}" if f"{base}.{alias.name}" in MODULES else base
                for alias in node.names
            ]
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "import_module"
            and node.args
        ):
            argument = node.args[0]
            if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                names = [argument.value]
            elif isinstance(argument, ast.JoinedStr) and isinstance(
                argument.values[0], ast.Constant
            ):
                prefix = str(argument.values[0].value)  # f"felles.cli.{name}": all of them
                names = [m for m in MODULES if m.startswith(prefix)]
        for name in names:
            found = _resolve(name)
            if found is not None and found != module and name.startswith("felles"):
                yield found


GRAPH = {module: set(imports(module)) for module in MODULES}


def test_the_graph_sees_lazy_imports() -> None:
    """A sanity check of the reader above: these imports stand inside functions."""
    assert "felles.cli.boundary" in GRAPH["felles.cli"]
    assert "felles.cli.next" in GRAPH["felles.cli"]  # importlib.import_module(f"…")
    assert "felles.content.validation" in GRAPH["felles.content.build"]


def test_no_import_cycle() -> None:
    """Depth-first search for a back edge; the message shows the circle."""
    state: dict[str, int] = {}  # 1: on the path, 2: done
    path: list[str] = []

    def visit(module: str) -> None:
        state[module] = 1
        path.append(module)
        for target in sorted(GRAPH[module]):
            if state.get(target) == 1:
                circle = [*path[path.index(target) :], target]
                pytest.fail("import cycle: " + " → ".join(circle))
            if target not in state:
                visit(target)
        path.pop()
        state[module] = 2

    for module in sorted(GRAPH):
        if module not in state:
            visit(module)


@pytest.mark.parametrize("module", sorted(MODULES))
def test_no_module_over_400_lines(module: str) -> None:
    lines = MODULES[module].read_text(encoding="utf-8").count("\n")
    assert lines <= MAX_LINES, f"{module}: {lines} lines"


# --- the layer map of CONTRIBUTING.md ------------------------------------------------

_ROW = re.compile(r"^\|\s*(\d+)\s*\|\s*([^|]+?)\s*\|")


def layer_map() -> list[tuple[int, list[str]]]:
    """(level, the folders and modules in it) from CONTRIBUTING.md's table of layers."""
    text = (REPO / "CONTRIBUTING.md").read_text(encoding="utf-8")
    section = text.split("## Layers", 1)[1].split("\n## ", 1)[0]
    rows = []
    for line in section.splitlines():
        match = _ROW.match(line)
        if match:
            parts = re.findall(r"`([^`]+)`", match.group(2))
            rows.append((int(match.group(1)), parts))
    return rows


def _level_of(module: str, rows: list[tuple[int, list[str]]]) -> int:
    relative = module.removeprefix("felles").lstrip(".").replace(".", "/") or "__init__"
    best: tuple[int, int] | None = None  # (length of the matching entry, level)
    for level, entries in rows:
        for entry in entries:
            entry = entry.rstrip("/")
            name = entry.removesuffix(".py")
            matches = relative == name or relative.startswith(name + "/")
            if matches and (best is None or len(name) > best[0]):
                best = (len(name), level)
    assert best is not None, f"{module} is in no layer of CONTRIBUTING.md"
    return best[1]


def test_contributing_names_every_module_once() -> None:
    rows = layer_map()
    assert len(rows) >= 8
    for module in MODULES:
        _level_of(module, rows)


def test_every_import_points_down_the_layers_of_contributing() -> None:
    """A module imports only modules of its own layer or of a lower one (a higher number)."""
    rows = layer_map()
    upward = [
        f"{module} (layer {_level_of(module, rows)}) imports {target} "
        f"(layer {_level_of(target, rows)})"
        for module, targets in GRAPH.items()
        for target in targets
        if _level_of(target, rows) < _level_of(module, rows)
    ]
    assert upward == []


def test_content_never_imports_checks() -> None:
    """The issue that made the layers: reading must not judge (nor query, nor render)."""
    above = ("felles.checks", "felles.plan", "felles.render", "felles.survey", "felles.cli")
    for module, targets in GRAPH.items():
        if module.startswith("felles.content"):
            assert not {t for t in targets if t.startswith(above)}, module
