"""A YAML boolean is never a number: `group: true` is not sparring group 1."""

from __future__ import annotations

from pathlib import Path

from tests.helpers.content import PHASE_1, add_sessions, edit, line_of
from tests.helpers.run import Cli


def test_group_true_in_a_session_is_an_error_at_its_line(cli: Cli, content: Path) -> None:
    add_sessions(content, "workshop-1", '{group: true, when: "2018-09-03 09:00"}')
    result = cli("validate", "--content", content)
    assert result.code == 1
    line = line_of(content / PHASE_1, "group: true")
    assert f"{PHASE_1}:{line}:" in result.out and "E203" in result.out
    assert "skal være et helt tal, ikke true eller false" in result.out


def test_number_true_in_groups_yaml_and_groups_true_are_errors(cli: Cli, content: Path) -> None:
    edit(content / "groups.yaml", "  - number: 1\n", "  - number: true\n")
    result = cli("validate", "--content", content)
    assert result.code == 1
    line = line_of(content / "groups.yaml", "number: true")
    assert f"groups.yaml:{line}:" in result.out and "E203" in result.out
    assert cli("next", "--content", content).code != 0  # the fast path agrees
