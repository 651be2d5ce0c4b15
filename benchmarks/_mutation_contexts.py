"""pytest plugin for benchmarks/mutation.py: which lines of felles/ each test runs.

Loaded with `-p _mutation_contexts` (benchmarks/ on PYTHONPATH) before any conftest, so
coverage starts before felles is imported. Each test is its own coverage context
(setup, call and teardown together); at the end the lines of felles/ per test are written
as JSON to the file named by FELLES_MUTATION_CONTEXTS: {test id: {module: [lines]}}.
"""

from __future__ import annotations

import json
import os
from collections.abc import Generator
from pathlib import Path

import coverage
import pytest

IMPORT = "<import>"
_PACKAGE = Path(__file__).resolve().parent.parent / "felles"
# Only the modules being mutated are traced (FELLES_MUTATION_MODULES, paths relative to
# felles/ separated by commas): tracing the whole package costs the suite twice its time.
_MODULES = [m for m in os.environ.get("FELLES_MUTATION_MODULES", "").split(",") if m]
_cov = coverage.Coverage(
    data_file=None,
    source=None if _MODULES else [str(_PACKAGE)],
    include=[str(_PACKAGE / m) for m in _MODULES] or None,
    branch=False,
    config_file=False,
)
_cov.start()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item: pytest.Item) -> Generator[None, None, None]:
    _cov.switch_context(item.nodeid)
    yield
    _cov.switch_context("")


def pytest_unconfigure(config: pytest.Config) -> None:
    _cov.stop()
    out = os.environ.get("FELLES_MUTATION_CONTEXTS")
    if not out:
        return
    data = _cov.get_data()
    result: dict[str, dict[str, list[int]]] = {}
    for filename in data.measured_files():
        path = Path(filename).resolve()
        try:
            module = path.relative_to(_PACKAGE).as_posix()
        except ValueError:
            continue
        for line, contexts in data.contexts_by_lineno(filename).items():
            for context in contexts:
                # No context: run while importing (a module's constants, its defs).
                name = context or IMPORT
                result.setdefault(name, {}).setdefault(module, []).append(line)
    Path(out).write_text(json.dumps(result), encoding="utf-8")
