"""The editor's list: phrases that read like a translated log, not a Danish colleague.

Each entry is a class of fault (see CONTRIBUTING, "The Danish voice"); this test keeps the
worst examples out of every text felles shows: the strings of the code, the templates,
the scaffold, the README, and the outputs where the fault was made at render time.
"""

from __future__ import annotations

import ast
import functools
import re
from pathlib import Path

import pytest

from tests.helpers.run import Cli
from tests.helpers.tree import PROGRAMME, SURVEY, programme

ROOT = Path(__file__).resolve().parents[2]

PHRASES = [
    "hvem deltager",
    "Hvad står for?",
    "et afbrudt import",
    "skrivrettigheder",
    "Skrev ",
    "Oprettede ",
    "Importerede ",
    "Erstattede ",
    "Flyttede ",
    "intet er skrevet",
    "jeres egen indholdsmappe",
    "«mangler»",
    "jeg leder indenfor",
    "udkastet fremlagt og fået feedback",
    "Baseline – før forløbet",
    "the big why",
    "har sessions",
    "en mapping",
    "mappings",
    "tjekket: Ingen fejl",
    "er samarbejdspartnere",
    "(til: ",
    "præcision",
    "præcis én",
    "indholds-repository",
    "-&gt; evt. nye handlinger",
    "hele SLF",
]


def docstrings(tree: ast.Module, help_text: bool) -> set[int]:
    """The ids of the docstring nodes that are developer text (English): every docstring,
    except a command's, which is its Danish --help (`help_text`)."""
    found = set()
    for node in ast.walk(tree):
        is_function = isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        if isinstance(node, ast.Module | ast.ClassDef) or (is_function and not help_text):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
    return found


@functools.cache
def user_texts() -> dict[str, str]:
    """Every string literal of felles' code (not comments, not developer docstrings), and
    every template and doc."""
    texts: dict[str, str] = {}
    for path in sorted((ROOT / "felles").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        skip = docstrings(tree, help_text=path.parent.name == "cli")
        strings = [
            node.value
            for node in ast.walk(tree)
            if isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in skip
        ]
        texts[str(path.relative_to(ROOT))] = "\n".join(strings)
    for folder in ("templates", "scaffold"):
        for path in sorted((ROOT / folder).rglob("*")):
            if path.is_file():
                texts[str(path.relative_to(ROOT))] = path.read_text(encoding="utf-8")
    texts["README.md"] = (ROOT / "README.md").read_text(encoding="utf-8")
    return texts


def offenders(text: str) -> list[str]:
    flat = " ".join(text.split())
    return [phrase for phrase in PHRASES if phrase in flat]


@pytest.mark.parametrize("name", sorted(user_texts()))
def test_no_phrase_of_the_list_in_what_felles_shows(name: str) -> None:
    assert offenders(user_texts()[name]) == []


def test_the_list_finds_what_it_lists() -> None:
    assert offenders("Skrev dagsordenen til x") == ["Skrev "]
    assert offenders("Flyttede 47 datoer (--dry-run: intet er skrevet)") == [
        "Flyttede ",
        "intet er skrevet",
    ]


def test_outputs_made_at_render_time_are_clean(cli: Cli, tmp_path: Path) -> None:
    heading = "Centrale pointer fra ledergruppens møde i april 2026"
    content = programme(
        tmp_path / "content",
        programme_yaml=PROGRAMME.replace(
            "    - Spørgeskemaet handler om samarbejdet i ledergruppen.",
            "    - Dels at I selv reflekterer over samarbejdet -> evt. nye handlinger.",
        )
        + f"key_points_heading: {heading}\n"
        + "key_points:\n  - title: Vi handler.\n    text: Sammen.\n",
        survey=SURVEY,
    )
    form = cli("survey", "form", "baseline", "--content", content).out
    assert "-&gt;" not in form and "-> evt. nye handlinger" in form
    booklet = cli("export", "grundlag", "--format", "md", "--content", content)
    assert re.search(r"samlet \d+\\\.", booklet.out + booklet.err) is None
    site = cli("export", "site", "--content", content, "-o", content.parent / "site")
    assert site.code == 0, site.err
    page = (content.parent / "site" / "index.html").read_text(encoding="utf-8")
    assert "«mangler»" not in page
    assert heading in page
    assert "SLF" not in page
