"""felles uses only the public API of its dependencies: no module of theirs whose name
starts with an underscore (Typer's vendored click is `typer._click`) is imported, or
reached as an attribute, anywhere in felles; nor any of Typer's own modules but what
`typer` itself exports (`typer.core`, `typer.main`, `typer.rich_utils` are its
machinery). A release of a dependency may change those without notice. Imports and
attributes both: `typer._click.core` written in code is caught too."""

from __future__ import annotations

import ast
import types
from pathlib import Path

import typer

REPO = Path(__file__).resolve().parents[2]
PACKAGE = REPO / "felles"
# What Typer exports as a module of its own (`from . import colors as colors`).
TYPER_PUBLIC_MODULES = {"colors"}
DEPENDENCIES = {"typer", "click", "rich", "yaml", "jinja2", "pydantic", "markupsafe"}


def _private(name: str) -> bool:
    parts = name.split(".")
    if parts[0] == "typer" and len(parts) > 1 and _typer_module(parts[1]):
        return True
    return parts[0] != "felles" and any(
        part.startswith("_") and not part.startswith("__") for part in parts
    )


def _typer_module(name: str) -> bool:
    """A module of Typer's that `typer` does not export (core, main, rich_utils, ...)."""
    if name in TYPER_PUBLIC_MODULES:
        return False
    return isinstance(getattr(typer, name, None), types.ModuleType) or name.startswith("_")


def private_imports(source: str) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names if _private(alias.name)]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [f"{node.module}.{alias.name}" for alias in node.names]
            found += [name for name in names if _private(name)]
    return found


def private_attributes(source: str) -> list[str]:
    """`typer._click`, `typer.core`, `click._compat` written in the code."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            name = f"{node.value.id}.{node.attr}"
            if node.value.id in DEPENDENCIES and _private(name):
                found.append(name)
    return found


def test_felles_uses_no_private_module_of_a_dependency() -> None:
    found = {
        str(path.relative_to(REPO)): private_imports(text) + private_attributes(text)
        for path in sorted(PACKAGE.rglob("*.py"))
        if (text := path.read_text(encoding="utf-8"))
    }
    assert {path: names for path, names in found.items() if names} == {}


def test_the_check_finds_a_private_module() -> None:
    assert private_imports("from typer._click import core") == ["typer._click.core"]
    assert private_imports("import click._compat") == ["click._compat"]
    assert private_imports("from typer import _click") == ["typer._click"]
    assert private_imports("import typer.core") == ["typer.core"]
    assert private_imports("from typer.main import get_command") == ["typer.main.get_command"]
    assert private_imports("from __future__ import annotations") == []
    assert private_imports("from felles.cli import _private") == []
    assert private_imports("import typer\nfrom typer import colors") == []
    assert private_attributes("typer._click.core.Command") == ["typer._click"]
    assert private_attributes("typer.core.TyperGroup") == ["typer.core"]
    assert private_attributes("typer.Context.formatter_class") == []
