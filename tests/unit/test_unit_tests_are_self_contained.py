"""Unit tests build their own content (tests/helpers/tree.py): none of them reads the
programme shipped in content/, so a change to it alone touches no unit test. The
integration tests (tests/cli/, tests/integration/) are the ones that use it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.helpers.run import Cli

UNIT = Path(__file__).resolve().parent
# What reaches the shipped programme from a test module: the helpers that copy, edit or
# name it (tests/helpers/content.py), and the repository's content/ folder by path.
READS_SHIPPED = re.compile(
    r"tests\.helpers\.content\b|tests\.helpers import[^\n]*\bcontent\b"
    r"|\bSHIPPED\b|\bcopy_shipped\b"
    r"|(REPO|ROOT|parents\[\d\]|parent)\s*/\s*[\"']content[\"']"
)
MODULES = sorted(p for p in UNIT.rglob("*.py") if p.name != Path(__file__).name)


@pytest.mark.parametrize("module", MODULES, ids=lambda p: p.relative_to(UNIT).as_posix())
def test_no_unit_test_reads_the_shipped_programme(module: Path) -> None:
    text = module.read_text(encoding="utf-8")
    found = [m.group(0) for m in READS_SHIPPED.finditer(text)]
    assert found == [], "build the tree with tests/helpers/tree.py instead"


def test_the_check_finds_what_it_looks_for() -> None:
    for line in (
        "from tests.helpers.content import SHIPPED",
        "from tests.helpers.content import PHASE_3, copy_shipped, edit",
        'CORPUS = [REPO / "content"]',
        "ROOT / 'content'",
        'Path(__file__).resolve().parents[3] / "content"',
        "from tests.helpers.content import LEADERS",
        "from tests.helpers import content, tree",
    ):
        assert READS_SHIPPED.search(line), line
    assert not READS_SHIPPED.search('tmp_path / "content"')


def test_the_content_fixture_is_a_built_tree(content: Path) -> None:
    programme = (content / "programme.yaml").read_text(encoding="utf-8")
    assert "id: proeveforloeb" in programme


def test_felles_without_content_fails_the_unit_test(cli: Cli) -> None:
    with pytest.raises(pytest.fail.Exception, match="shipped programme"):
        cli("next", "--as-of", "2018-06-01")
