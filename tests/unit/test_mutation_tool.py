"""benchmarks/mutation.py makes real, repeatable mutants and never edits the real file."""

from __future__ import annotations

import ast
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("mutation", ROOT / "benchmarks" / "mutation.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["mutation"] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("module", ["dates.py", "survey/aggregate.py"])
def test_every_mutant_compiles_and_changes_the_program(module: str) -> None:
    tool = _tool()
    path = ROOT / "felles" / module
    original = path.read_bytes()
    tree = ast.dump(ast.parse(original))
    found = tool.mutants(module)
    assert len(found) > 50
    kinds = {
        m.description.split(" ")[1] if " → " in m.description else m.description for m in found
    }
    assert {"→", "statement dropped", "condition negated"} & kinds
    for mutant in found[:: max(1, len(found) // 40)]:  # forty of each kind of place
        source = tool.mutate(module, mutant.index)
        compile(source, module, "exec")
        assert ast.dump(ast.parse(source)) != tree, mutant
    assert path.read_bytes() == original  # the real file is never written


def test_the_same_seed_gives_the_same_sample(capsys: pytest.CaptureFixture[str]) -> None:
    tool = _tool()
    args = ["--list", "--module", "dates.py", "--max-per-module", "10"]
    assert tool.main([*args, "--seed", "3"]) == 0
    first = capsys.readouterr().out
    assert tool.main([*args, "--seed", "3"]) == 0
    assert capsys.readouterr().out == first
    assert len(first.splitlines()) == 10
    assert tool.main([*args, "--seed", "4"]) == 0
    assert capsys.readouterr().out != first


def test_a_comparison_mutant_is_the_one_described() -> None:
    tool = _tool()
    found = tool.mutants("survey/aggregate.py")
    mutant = next(
        m
        for m in found
        if m.code.startswith("if n < MIN_RESPONDENTS") and m.description == "< → <="
    )
    source = tool.mutate("survey/aggregate.py", mutant.index)
    assert "if (n <= MIN_RESPONDENTS):" in source.splitlines()[mutant.line - 1]
