"""tests/helpers/tree.py: the tree is written as given, and its programme is valid."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers.run import Cli
from tests.helpers.tree import GROUPS, SURVEY, build_tree, programme


def test_a_nested_dict_is_written_as_files_and_folders(tmp_path: Path) -> None:
    root = build_tree(
        tmp_path / "t",
        {"a.yaml": "\n    x: 1\n      y: 2\n", "b": {"c": {"d.md": "tekst"}, "e.txt": ""}},
    )
    assert root == tmp_path / "t"
    assert (root / "a.yaml").read_text(encoding="utf-8") == "x: 1\n  y: 2\n"
    assert (root / "b" / "c" / "d.md").read_text(encoding="utf-8") == "tekst"
    assert (root / "b" / "e.txt").read_text(encoding="utf-8") == ""


@pytest.mark.parametrize("survey", [None, SURVEY], ids=["without-survey", "with-survey"])
def test_the_programme_is_valid(cli: Cli, tmp_path: Path, survey: str | None) -> None:
    content = programme(tmp_path / "content", survey=survey)
    result = cli("validate", "--content", content)
    assert (result.code, result.err) == (0, "")
    assert result.out == (
        "6 ledere i 2 sparringsgrupper, 1 læringsmål, 1 tema, 2 faser, 4 aktiviteter.\n"
        "Ingen fejl, ingen advarsler.\n"
    )


def test_the_programmes_groups_are_the_ones_asked_for(cli: Cli, tmp_path: Path) -> None:
    groups = {**GROUPS, 3: ["Gustav Holm"]}
    content = programme(tmp_path / "content", groups=groups)
    assert cli("validate", "--content", content).out.startswith("7 ledere i 3 sparringsgrupper")
