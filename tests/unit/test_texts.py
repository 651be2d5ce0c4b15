"""Text a user reads stands where CONTRIBUTING.md says ("Where text a user reads lives"):
a coded message in codes/, an option's help beside the option, every other phrase at the
top of its module (a `TEXT` table or a named constant), never loose inside a function, so
that one reading of a module's head shows every phrase it can print."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SOURCES = sorted(p for p in (REPO / "felles").rglob("*.py") if "codes" not in p.parts)
# A Danish letter, or one of the small words every Danish sentence has.
DANISH = re.compile(
    r"[æøåÆØÅ]|\b(og|er|ikke|der|til|med|den|det|en|et|af|på|for|som|har|kan|skal|ingen"
    r"|mangler|fil|filen|mappe|mappen|dato|gruppe|leder|fra|eller|kun|uden|i|dag|uge|du|dit"
    r"|din|mente|kl|om|dage)\b"
)


def _docstrings(tree: ast.Module) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        kinds = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Module)
        if isinstance(node, kinds) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


def _help(tree: ast.Module) -> set[int]:
    """String constants passed as an option's or argument's help (they live beside it)."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.keyword) and node.arg == "help":
            found |= {id(n) for n in ast.walk(node.value) if isinstance(n, ast.Constant)}
    return found


def _text(node: ast.AST) -> str | None:
    """A string constant's text, or an f-string's with each value as {}."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(
            v.value if isinstance(v, ast.Constant) and isinstance(v.value, str) else "{}"
            for v in node.values
        )
    return None


def loose_phrases(source: str) -> Iterator[tuple[int, str]]:
    """(line, text) of each Danish phrase written inside a function body."""
    tree = ast.parse(source)
    allowed = _docstrings(tree) | _help(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):  # judged whole, below, not in pieces
            allowed |= {id(v) for v in node.values}
    for function in ast.walk(tree):
        if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        for node in ast.walk(function):
            text = _text(node)
            if (
                text is not None
                and id(node) not in allowed
                and " " in text.strip()
                and DANISH.search(text)
            ):
                yield node.lineno, text


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(REPO)))
def test_no_phrase_is_loose_inside_a_function(path: Path) -> None:
    loose = [f"line {n}: {text[:60]!r}" for n, text in loose_phrases(path.read_text("utf-8"))]
    assert loose == []


def test_the_check_finds_a_loose_phrase_and_leaves_the_rest() -> None:
    source = '''
TEXT = {"done": "Filen er gemt i {path}."}


def save(path: str) -> str:
    """Gem filen (a docstring is not shown)."""
    option = Option(help="Mappen, der skrives i.")
    say(TEXT["done"].format(path=path))
    days = f"om {len(path)} dage"
    return "filen er for stor til at blive gemt"
'''
    assert list(loose_phrases(source)) == [
        (9, "om {} dage"),
        (10, "filen er for stor til at blive gemt"),
    ]
