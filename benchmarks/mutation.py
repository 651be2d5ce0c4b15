"""Mutation testing over felles' core: does the suite notice a wrong answer?

    python benchmarks/mutation.py                          # every module, every mutant
    python benchmarks/mutation.py --module survey/aggregate.py --max-per-module 40
    python benchmarks/mutation.py --list                   # the mutants, without running

Each mutant is one small fault made with the standard library's `ast`: a comparison
swapped (`<` ↔ `<=`, `==` ↔ `!=`, `in` ↔ `not in`), an integer one off, an arithmetic
operator swapped, `and` ↔ `or`, a condition negated, a `not` dropped, a return value
replaced by None, a statement dropped. The mutants are numbered in source order and, with
`--max-per-module`, sampled with `--seed`: the same command gives the same mutants.

For each mutant only the tests that cover its line run (`pytest -x -q -p no:cacheprovider`,
with a timeout). Which test covers which line is measured once with coverage.py's dynamic
contexts (one context per test) and cached in `.mutation/` per test file: a test file
whose text changed, or a changed source module, is measured again. The mutant is applied
to a copy of the module in a temporary copy of the repository; the real file is never
edited.

A mutant is *killed* when a test fails (or times out), *survives* when every covering test
passes, and is *uncovered* when no test runs its line (a survivor too). Every survivor is
printed with its line; one that no test can notice because it does not change what felles
does is listed in EQUIVALENT below with the reason, and is then left out of the rate.
Exit code 0 when the overall rate and every module's rate reach --target / --module-target.
"""

from __future__ import annotations

import argparse
import ast
import copy
import hashlib
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / ".mutation"
PLUGIN = Path(__file__).resolve().parent / "_mutation_contexts.py"
SERVER = Path(__file__).resolve().parent / "_mutation_server.py"

MODULES = [
    "plan/upcoming.py",
    "plan/sessions.py",
    "plan/pairs.py",
    "plan/participants.py",
    "survey/aggregate.py",
    "survey/round_summary.py",
    "survey/round_compare.py",
    "survey/summary_model.py",
    "survey/tally.py",
    "survey/relation_counter.py",
    "survey/round_from_rows.py",
    "content/reader.py",
    "dates.py",
    "render/ics.py",
]

# Mutants no test can notice, because felles does the same with and without them.
# (module, line, code, mutation, reason): matched on module, mutation and the line's code
# (stripped), so moving the line does not lose the entry; `line` is where it was.
EQUIVALENT: list[tuple[str, int, str, str, str]] = [
    (
        "plan/participants.py",
        55,
        "group = content.leaders().get(leader)",
        "statement dropped",
        "this line is reached only when `names` is None, and participants() leaves `names` "
        "None only for an activity without groups and without named leaders, for which "
        "involves() is True whatever the leader's group",
    ),
    (
        "dates.py",
        311,
        'return f"om {days} {unit}" if days > 0 else f"for {-days} {unit} siden"',
        "0 → -1",
        "days == 0 has returned 'i dag' three lines above, so 'days > 0' and 'days > -1' "
        "agree on every day that reaches this line",
    ),
    (
        "survey/aggregate.py",
        71,
        "possible = n * max(data.population - 1, 1)",
        "1 → 0",
        "the floor only matters for a population of one or two, and the network is shown "
        "only with five or more respondents out of the population",
    ),
    (
        "survey/aggregate.py",
        71,
        "possible = n * max(data.population - 1, 1)",
        "1 → 2",
        "the floor only matters for a population of one or two, and the network is shown "
        "only with five or more respondents out of the population",
    ),
    (
        "survey/relation_counter.py",
        21,
        'self.partner = partner or Partner("", 0)  # no partner question: no network',
        "0 → 1",
        "without a partner question no answer is a partner answer (the question is empty), "
        "so the threshold is never compared",
    ),
    (
        "survey/relation_counter.py",
        21,
        'self.partner = partner or Partner("", 0)  # no partner question: no network',
        "0 → -1",
        "without a partner question no answer is a partner answer (the question is empty), "
        "so the threshold is never compared",
    ),
    (
        "plan/pairs.py",
        36,
        "ROUNDS: Final = 25  # rounds to break up mutual pairs",
        "25 → 26",
        "the rounds stop as soon as no mutual pair is left; one round more or fewer changes "
        "the pairs only for a programme that needs 24 or more, and none is known",
    ),
    (
        "plan/pairs.py",
        36,
        "ROUNDS: Final = 25  # rounds to break up mutual pairs",
        "25 → 24",
        "the rounds stop as soon as no mutual pair is left; one round more or fewer changes "
        "the pairs only for a programme that needs 24 or more, and none is known",
    ),
    (
        "survey/summary_model.py",
        22,
        "answers: int = 0  # how many answers (more than n where one leader rates many colleagues)",
        "0 → -1",
        "a default never used: the one place that builds an Item passes every field",
    ),
    (
        "survey/summary_model.py",
        22,
        "answers: int = 0  # how many answers (more than n where one leader rates many colleagues)",
        "0 → 1",
        "a default never used: the one place that builds an Item passes every field",
    ),
    (
        "plan/upcoming.py",
        113,
        "ahead: int = 0  # activities ahead that match the filters, ignoring --until and N",
        "0 → 1",
        "a default never used: upcoming() builds the one Upcoming with ahead=len(ahead)",
    ),
    (
        "plan/upcoming.py",
        113,
        "ahead: int = 0  # activities ahead that match the filters, ignoring --until and N",
        "0 → -1",
        "a default never used: upcoming() builds the one Upcoming with ahead=len(ahead)",
    ),
    (
        "plan/upcoming.py",
        114,
        "ahead_any: int = 0  # activities ahead in the whole programme",
        "0 → 1",
        "a default always overwritten: upcoming() sets ahead_any right after building the Upcoming",
    ),
    (
        "plan/upcoming.py",
        114,
        "ahead_any: int = 0  # activities ahead in the whole programme",
        "0 → -1",
        "a default always overwritten: upcoming() sets ahead_any right after building the Upcoming",
    ),
]


@dataclass(frozen=True)
class Mutant:
    module: str  # relative to felles/
    index: int  # the n-th mutation point of the module, in source order
    line: int
    description: str
    code: str  # the line's code, stripped


# --- making mutants -----------------------------------------------------------------

_COMPARE_SWAP: dict[type[ast.cmpop], type[ast.cmpop]] = {
    ast.Lt: ast.LtE,
    ast.LtE: ast.Lt,
    ast.Gt: ast.GtE,
    ast.GtE: ast.Gt,
    ast.Eq: ast.NotEq,
    ast.NotEq: ast.Eq,
    ast.In: ast.NotIn,
    ast.NotIn: ast.In,
    ast.Is: ast.IsNot,
    ast.IsNot: ast.Is,
}
_BINOP_SWAP: dict[type[ast.operator], type[ast.operator]] = {
    ast.Add: ast.Sub,
    ast.Sub: ast.Add,
    ast.Mult: ast.Div,
    ast.Div: ast.Mult,
    ast.FloorDiv: ast.Mult,
    ast.Mod: ast.FloorDiv,
    ast.Pow: ast.Mult,
}
_SYMBOL = {
    ast.Lt: "<",
    ast.LtE: "<=",
    ast.Gt: ">",
    ast.GtE: ">=",
    ast.Eq: "==",
    ast.NotEq: "!=",
    ast.In: "in",
    ast.NotIn: "not in",
    ast.Is: "is",
    ast.IsNot: "is not",
    ast.Add: "+",
    ast.Sub: "-",
    ast.Mult: "*",
    ast.Div: "/",
    ast.FloorDiv: "//",
    ast.Mod: "%",
    ast.Pow: "**",
}


def _skipped(tree: ast.Module) -> set[int]:
    """Nodes never mutated: docstrings, annotations, f-strings, TYPE_CHECKING blocks."""
    skip: set[int] = set()

    def mark(node: ast.AST | None) -> None:
        if node is not None:
            skip.update(id(n) for n in ast.walk(node))

    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                mark(body[0])
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            mark(node.returns)
            for arg in [*node.args.args, *node.args.kwonlyargs, *node.args.posonlyargs]:
                mark(arg.annotation)
            mark(node.args.vararg)
            mark(node.args.kwarg)
        if isinstance(node, ast.AnnAssign):
            mark(node.annotation)
            if node.value is None:
                mark(node)
        if isinstance(node, ast.JoinedStr):
            mark(node)
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            mark(node)
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            mark(node)
        if isinstance(node, ast.Call) and ast.unparse(node.func) in ("TypeVar", "cast"):
            mark(node)
    return skip


def _points(tree: ast.Module) -> Iterator[tuple[ast.AST, str, object]]:
    """Every mutation point in source order: (node, description, how)."""
    skip = _skipped(tree)
    nodes = [n for n in ast.walk(tree) if id(n) not in skip and hasattr(n, "lineno")]
    nodes.sort(key=lambda n: (n.lineno, n.col_offset, type(n).__name__))
    for node in nodes:
        if isinstance(node, ast.Compare):
            for k, op in enumerate(node.ops):
                new = _COMPARE_SWAP.get(type(op))
                if new is not None:
                    yield node, f"{_SYMBOL[type(op)]} → {_SYMBOL[new]}", ("compare", k)
        elif isinstance(node, (ast.BinOp, ast.AugAssign)):
            new = _BINOP_SWAP.get(type(node.op))
            if new is not None:
                if isinstance(node, ast.BinOp) and _is_string_format(node):
                    continue
                yield node, f"{_SYMBOL[type(node.op)]} → {_SYMBOL[new]}", ("binop", new)
        elif isinstance(node, ast.BoolOp):
            other = "or" if isinstance(node.op, ast.And) else "and"
            yield node, f"{'and' if other == 'or' else 'or'} → {other}", ("boolop",)
        elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
            yield node, "not dropped", ("unnot",)
        elif (
            isinstance(node, ast.Constant)
            and isinstance(node.value, int)
            and not isinstance(node.value, bool)
        ):
            yield node, f"{node.value} → {node.value + 1}", ("const", 1)
            yield node, f"{node.value} → {node.value - 1}", ("const", -1)
        if isinstance(node, (ast.If, ast.While, ast.IfExp)):
            yield node, "condition negated", ("negate",)
        if (
            isinstance(node, ast.Return)
            and node.value is not None
            and not (isinstance(node.value, ast.Constant) and node.value.value is None)
        ):
            yield node, "returns None", ("return",)
        if (
            isinstance(node, ast.stmt)
            and not isinstance(
                node,
                (
                    ast.FunctionDef,
                    ast.AsyncFunctionDef,
                    ast.ClassDef,
                    ast.Pass,
                    ast.Global,
                    ast.Nonlocal,
                    ast.Import,
                    ast.ImportFrom,
                ),
            )
            and not isinstance(node, ast.Return)
        ):
            yield node, "statement dropped", ("drop",)


def _is_string_format(node: ast.BinOp) -> bool:
    return isinstance(node.op, (ast.Mod, ast.Add)) and any(
        isinstance(side, ast.Constant) and isinstance(side.value, str)
        for side in (node.left, node.right)
    )


def _mutated(node: ast.AST, how: tuple[object, ...]) -> ast.AST:
    new = copy.deepcopy(node)
    kind = how[0]
    if kind == "compare":
        assert isinstance(new, ast.Compare)
        k = int(str(how[1]))
        new.ops[k] = _COMPARE_SWAP[type(new.ops[k])]()
    elif kind == "binop":
        assert isinstance(new, (ast.BinOp, ast.AugAssign))
        op_type = how[1]
        assert isinstance(op_type, type)
        new.op = op_type()
    elif kind == "boolop":
        assert isinstance(new, ast.BoolOp)
        new.op = ast.Or() if isinstance(new.op, ast.And) else ast.And()
    elif kind == "unnot":
        assert isinstance(new, ast.UnaryOp)
        return new.operand
    elif kind == "const":
        assert isinstance(new, ast.Constant)
        new.value = int(new.value) + int(str(how[1]))
    elif kind == "negate":
        assert isinstance(new, (ast.If, ast.While, ast.IfExp))
        new.test = ast.UnaryOp(ast.Not(), new.test)
    elif kind == "return":
        assert isinstance(new, ast.Return)
        new.value = ast.Constant(None)
    elif kind == "drop":
        return ast.Pass()
    return new


def _replace(source: str, node: ast.AST, text: str) -> str:
    """The source with the node's own text replaced (offsets are UTF-8 bytes)."""
    lines = source.splitlines(keepends=True)
    start, end = node.lineno - 1, node.end_lineno - 1  # type: ignore[attr-defined]
    first = lines[start].encode()
    last = lines[end].encode()
    before = first[: node.col_offset].decode()
    after = last[node.end_col_offset :].decode()  # type: ignore[attr-defined]
    return "".join(lines[:start]) + before + text + after + "".join(lines[end + 1 :])


def _text(node: ast.AST, original: ast.AST) -> str:
    """The mutated node as source that fits where the original stood."""
    if isinstance(original, ast.stmt):
        if isinstance(node, ast.Pass):
            return "pass"
        text = ast.unparse(node)
        if isinstance(original, (ast.If, ast.While)):
            # Only the head changes; keep the body's own text: rewrite the test only.
            raise AssertionError("handled by the caller")
        return text.replace("\n", " ")
    return "(" + ast.unparse(node) + ")"


def mutants(module: str) -> list[Mutant]:
    source = (ROOT / "felles" / module).read_text(encoding="utf-8")
    tree = ast.parse(source)
    lines = source.splitlines()
    return [
        Mutant(module, index, node.lineno, description, lines[node.lineno - 1].strip())
        for index, (node, description, _how) in enumerate(_points(tree))
    ]


def mutate(module: str, index: int) -> str:
    """The source of `module` with its index-th mutation applied."""
    source = (ROOT / "felles" / module).read_text(encoding="utf-8")
    tree = ast.parse(source)
    for k, (node, _description, how) in enumerate(_points(tree)):
        if k != index:
            continue
        assert isinstance(how, tuple)
        if how[0] == "negate" and isinstance(node, (ast.If, ast.While)):
            return _replace(source, node.test, "(not (" + ast.unparse(node.test) + "))")
        if how[0] == "drop" and isinstance(node, ast.stmt):
            if isinstance(node, (ast.If, ast.For, ast.While, ast.With, ast.Try)):
                lines = source.splitlines(keepends=True)
                indent = lines[node.lineno - 1][: node.col_offset]
                end = node.end_lineno  # type: ignore[attr-defined]
                head = "".join(lines[: node.lineno - 1])
                return head + indent + "pass\n" + "".join(lines[end:])
            return _replace(source, node, "pass")
        if how[0] == "return" and isinstance(node, ast.Return):
            return _replace(source, node, "return None")
        return _replace(source, node, _text(_mutated(node, how), node))
    raise IndexError(f"{module} has no mutant {index}")


# --- which tests cover which line ---------------------------------------------------


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


def _source_digest() -> str:
    h = hashlib.sha256()
    for path in sorted((ROOT / "felles").rglob("*.py")):
        h.update(path.relative_to(ROOT).as_posix().encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


# Test files that run felles only as a separate process or in a browser (no line of
# felles/ runs in the test's own process, so coverage sees none), or that build a virtual
# environment: measuring them costs minutes and selects nothing.
NOT_MEASURED = {
    "tests/cli/test_cases.py",
    "tests/cli/test_browser.py",
    "tests/cli/test_browser_booklet.py",
    "tests/cli/test_precommit.py",
    "tests/cli/test_quick.py",
}


def _test_files() -> list[Path]:
    return sorted(
        p
        for p in (ROOT / "tests").rglob("test_*.py")
        if "cases" not in p.parts and p.relative_to(ROOT).as_posix() not in NOT_MEASURED
    )


def coverage_map(
    python: str, *, refresh: bool = False, quiet: bool = False, only: list[str] | None = None
) -> dict[str, dict]:
    """{module: {line: [test ids]}} over every test file, measuring only what changed."""
    CACHE.mkdir(exist_ok=True)
    index_path = CACHE / "index.json"
    index: dict[str, dict] = {}
    if index_path.exists() and not refresh:
        index = json.loads(index_path.read_text(encoding="utf-8"))
    source = _source_digest() + ":" + ",".join(MODULES)
    if index.get("source") != source:
        index = {"source": source, "files": {}}
    files: dict[str, dict] = index["files"]
    wanted = {p.relative_to(ROOT).as_posix(): _digest(p) for p in _test_files()}
    if only:
        # Measure and use only these test files (paths or folders); keep the others cached.
        chosen = {
            n for n in wanted if any(n == o or n.startswith(o.rstrip("/") + "/") for o in only)
        }
        keep = {n: d for n, d in files.items() if n in wanted and n not in chosen}
    else:
        chosen, keep = set(wanted), {}
    stale = [
        name
        for name, digest in wanted.items()
        if name in chosen and files.get(name, {}).get("digest") != digest
    ]
    for name in list(files):
        if name not in wanted:
            del files[name]
    if stale:
        if not quiet:
            print(f"measuring coverage per test for {len(stale)} test files …", flush=True)
        with tempfile.TemporaryDirectory(prefix="felles-cov-") as tmp:
            out = Path(tmp) / "contexts.json"
            env = dict(
                os.environ,
                FELLES_MUTATION_CONTEXTS=str(out),
                FELLES_MUTATION_MODULES=",".join(MODULES),
                PYTHONPATH=str(PLUGIN.parent),
            )
            subprocess.run(
                [
                    *(python, "-m", "pytest", "-q", "-p", "no:cacheprovider"),
                    *("-p", "no:randomly", "-p", PLUGIN.stem, *stale),
                ],
                cwd=ROOT,
                env=env,
                stdout=subprocess.DEVNULL if quiet else None,
                check=False,
            )
            measured = json.loads(out.read_text(encoding="utf-8")) if out.exists() else {}
        for name in stale:
            files[name] = {"digest": wanted[name], "lines": {}}
        imported = index.setdefault("import", {})
        for module, lines in measured.pop("<import>", {}).items():
            imported[module] = sorted(set(imported.get(module, [])) | set(lines))
        for test_id, modules in measured.items():
            file_name = test_id.split("::", 1)[0]
            if file_name not in files:
                continue
            lines_of = files[file_name]["lines"]
            for module, lines in modules.items():
                for line in lines:
                    lines_of.setdefault(module, {}).setdefault(str(line), []).append(test_id)
        index_path.write_text(json.dumps(index), encoding="utf-8")
    result: dict[str, dict] = {}
    for name, entry in files.items():
        if name in keep:
            continue
        for module, lines in entry["lines"].items():
            for line, tests in lines.items():
                result.setdefault(module, {}).setdefault(line, []).extend(tests)
    # A line run on import (a constant, a default value) matters to every test of its module,
    # whichever test happened to import it first.
    imported = {m: set(lines) for m, lines in index.get("import", {}).items()}
    for module in MODULES:
        imported.setdefault(module, set()).update(_import_lines(module))
    for module, lines in imported.items():
        every = sorted({t for tests in result.get(module, {}).values() for t in tests})
        for line in lines:
            known = result.setdefault(module, {}).setdefault(str(line), [])
            known.extend(t for t in every if t not in set(known))
    return result


def _import_lines(module: str) -> set[int]:
    """The lines of `module` that run when it is imported: everything outside a function
    body (a function's own line runs too: its defaults and decorators)."""
    path = ROOT / "felles" / module
    if not path.exists():
        return set()
    tree = ast.parse(path.read_text(encoding="utf-8"))
    inside: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            body = node.body if isinstance(node.body, list) else [node.body]
            for statement in body:
                inside.update(range(statement.lineno, (statement.end_lineno or 0) + 1))
    every: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.stmt | ast.expr):
            every.update(range(node.lineno, (node.end_lineno or node.lineno) + 1))
    return every - inside


def covering(cover: dict[str, dict], mutant: Mutant, source: str) -> list[str]:
    """The tests that run any line of the mutated node (a statement: its whole span)."""
    tree = ast.parse(source)
    span = {mutant.line}
    for k, (node, _d, _h) in enumerate(_points(tree)):
        if k == mutant.index:
            end = node.end_lineno or node.lineno  # type: ignore[attr-defined]
            span = set(range(node.lineno, end + 1))
            break
    lines = cover.get(mutant.module, {})
    tests: set[str] = set()
    for line in span:
        # A test by its function, every parameter with it: a parameter's id can differ
        # from run to run (random bytes) and then names no test.
        tests.update(test.split("[", 1)[0] for test in lines.get(str(line), []))
    return sorted(tests)


# --- running ------------------------------------------------------------------------


def _sandbox() -> Path:
    """A copy of the repository's package, tests and data to mutate in."""
    tmp = Path(tempfile.mkdtemp(prefix="felles-mutation-"))
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", ".hypothesis")
    for name in ("felles", "tests", "content", "templates", "schemas", "scaffold", "benchmarks"):
        if (ROOT / name).exists():
            shutil.copytree(ROOT / name, tmp / name, ignore=ignore, symlinks=True)
    for name in ("pyproject.toml", "README.md", "CONTRIBUTING.md"):
        if (ROOT / name).exists():
            shutil.copy2(ROOT / name, tmp / name)
    return tmp


class Runner:
    """pytest in the sandbox through the fork server (benchmarks/_mutation_server.py)."""

    def __init__(self, python: str, sandbox: Path) -> None:
        env = dict(os.environ, PYTHONPATH=str(sandbox), PYTHONDONTWRITEBYTECODE="1")
        env.pop("FELLES_MUTATION_CONTEXTS", None)
        self.server = subprocess.Popen(
            [python, str(SERVER)],
            cwd=sandbox,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )

    def run(self, tests: list[str], timeout: float) -> str:
        """killed | survived | timeout (a timeout is a kill: the fault made felles hang)."""
        assert self.server.stdin is not None and self.server.stdout is not None
        # One argument list per chunk keeps each run short; the first failure decides.
        chunk = 200
        for start in range(0, len(tests), chunk):
            args = ["-x", "-q", "-p", "no:cacheprovider", "-p", "no:randomly"]
            args += ["--hypothesis-seed=0", *tests[start : start + chunk]]
            self.server.stdin.write(json.dumps({"args": args, "timeout": timeout}) + "\n")
            self.server.stdin.flush()
            rc = json.loads(self.server.stdout.readline())["rc"]
            if rc == "timeout":
                return "timeout"
            if rc not in (0, 5):  # 5: no test collected (a chunk of deselected ids)
                return "killed"
        return "survived"

    def close(self) -> None:
        if self.server.stdin is not None:
            self.server.stdin.close()
        self.server.wait(timeout=30)


def _equivalent(mutant: Mutant) -> str | None:
    for module, _line, code, description, reason in EQUIVALENT:
        if (module, description, code) == (mutant.module, mutant.description, mutant.code):
            return reason
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--module", action="append", help="relative to felles/ (repeatable)")
    parser.add_argument("--max-per-module", type=int, default=0, help="sample at most N (0: all)")
    parser.add_argument("--seed", type=int, default=29)
    parser.add_argument("--timeout", type=float, default=120, help="seconds per mutant")
    parser.add_argument("--target", type=float, default=85.0)
    parser.add_argument("--module-target", type=float, default=75.0)
    parser.add_argument("--refresh", action="store_true", help="measure coverage anew")
    parser.add_argument(
        "--tests", action="append", help="use only these test files or folders (repeatable)"
    )
    parser.add_argument("--list", action="store_true", help="print the mutants and stop")
    parser.add_argument("--verbose", action="store_true", help="print each mutant's outcome")
    parser.add_argument("--python", default=sys.executable)
    args = parser.parse_args(argv)

    modules = args.module or MODULES
    chosen: dict[str, list[Mutant]] = {}
    for module in modules:
        every = mutants(module)
        if args.max_per_module and len(every) > args.max_per_module:
            rng = random.Random(f"{args.seed}:{module}")
            every = sorted(rng.sample(every, args.max_per_module), key=lambda m: m.index)
        chosen[module] = every
    if args.list:
        for module, ms in chosen.items():
            for m in ms:
                print(f"{module}:{m.line} #{m.index} {m.description}  | {m.code}")
        return 0

    cover = coverage_map(args.python, refresh=args.refresh, only=args.tests)
    sandbox = _sandbox()
    runner = Runner(args.python, sandbox)
    killed_all = counted_all = 0
    failed_modules: list[str] = []
    rows: list[str] = []
    try:
        for module, ms in chosen.items():
            target = sandbox / "felles" / module
            original = target.read_text(encoding="utf-8")
            killed = counted = equivalent = 0
            started = time.monotonic()
            survivors: list[str] = []
            baseline = sorted({t for m in ms for t in covering(cover, m, original)})
            if baseline and runner.run(baseline, args.timeout * 5) != "survived":
                print(f"{module}: the covering tests fail without a mutant; fix them first")
                return 2
            for m in ms:
                reason = _equivalent(m)
                if reason is not None:
                    equivalent += 1
                    continue
                counted += 1
                tests = covering(cover, m, original)
                if not tests:
                    survivors.append(f"  {module}:{m.line} {m.description} (no test runs it)")
                    continue
                mutated = mutate(module, m.index)
                try:
                    compile(mutated, str(target), "exec")
                except SyntaxError:
                    counted -= 1  # not a program: not a mutant
                    continue
                target.write_text(mutated, encoding="utf-8")
                try:
                    outcome = runner.run(tests, args.timeout)
                finally:
                    target.write_text(original, encoding="utf-8")
                if args.verbose:
                    print(f"  {module}:{m.line} {m.description}: {outcome}", flush=True)
                if outcome == "survived":
                    survivors.append(
                        f"  {module}:{m.line} {m.description}  | {m.code}  ({len(tests)} tests)"
                    )
                else:
                    killed += 1
            rate = 100.0 * killed / counted if counted else 100.0
            seconds = time.monotonic() - started
            line = (
                f"{module:24} {killed:4}/{counted:<4} killed  {rate:5.1f}%"
                f"  ({equivalent} equivalent, {seconds:.0f} s)"
            )
            print(line, flush=True)
            for s in survivors:
                print(s, flush=True)
            rows.append(line)
            killed_all += killed
            counted_all += counted
            if rate < args.module_target:
                failed_modules.append(module)
    finally:
        runner.close()
        shutil.rmtree(sandbox, ignore_errors=True)
    overall = 100.0 * killed_all / counted_all if counted_all else 100.0
    print()
    for row in rows:
        print(row)
    print(f"{'overall':24} {killed_all:4}/{counted_all:<4} killed  {overall:5.1f}%")
    ok = overall >= args.target and not failed_modules
    if not ok:
        print(
            f"below target (overall {args.target:.0f}%, each module {args.module_target:.0f}%)"
            + (f": {', '.join(failed_modules)}" if failed_modules else "")
        )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
