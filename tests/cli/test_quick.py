"""The fast path of `felles next` (felles/cli/quick.py) is the same command without Typer.

For every combination of options it either answers exactly as the full command line
does (output, exit code, the same Danish errors) or hands over to it; and on its own
it never imports Typer or click.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from felles.cli import main, quick
from tests.helpers.content import SHIPPED
from tests.helpers.run import Result, heavy_imports

VALUES = {
    "--as-of": [
        "2018-11-01",
        "2018-06-01",
        "1.11.2018",
        "uge 45 2018",
        "2018-W45",
        "2031-01-01",
        "x",
        "9999-12-31",
    ],
    "--until": ["2018-12-31", "2018-06-30", "2018-01-01", "nej"],
    "--group": ["1", "4", "13", "x", "0", "+2"],
    "--goal": ["aktiv-visionsledelse", "aktiv", "nope"],
    "--type": ["seminar", "workshop", "Seminar", "konference"],
    "--leader": ["Søren Aakjær", "soren aakjaer", "Nobody", "Lone Dannerby Paulsen"],
    "--format": ["text", "json", "xml"],
    "--content": [str(SHIPPED), "/nonexistent"],
}
FLAGS = ["-v", "--verbose", "--help", "-h", "--bogus", "--"]
COUNTS = ["3", "1", "0", "-1", "x", "20"]


@st.composite
def arguments(draw: st.DrawFn) -> list[str]:
    args: list[str] = []
    for name in draw(st.lists(st.sampled_from(sorted(VALUES)), max_size=4)):
        value = draw(st.sampled_from(VALUES[name]))
        args += [f"{name}={value}"] if draw(st.booleans()) else [name, value]
    if draw(st.integers(0, 9)) == 0:
        args.insert(draw(st.integers(0, len(args))), draw(st.sampled_from(FLAGS)))
    if draw(st.booleans()):
        args.insert(draw(st.integers(0, len(args))), draw(st.sampled_from(COUNTS)))
    return args


def _full(capsys: pytest.CaptureFixture[str], args: list[str]) -> Result:
    capsys.readouterr()
    code = main(["next", *args])
    out = capsys.readouterr()
    return Result(code, out.out, out.err)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(args=arguments())
def test_the_fast_path_answers_as_the_full_command_line_or_hands_over(
    args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    code = quick.run(["next", *args])
    fast = capsys.readouterr()
    full = _full(capsys, args)
    if code is None:
        assert fast.out == fast.err == ""  # it said nothing: the full command line does it
        return
    assert (code, fast.out, fast.err) == (full.code, full.out, full.err)


@pytest.mark.parametrize(
    "args",
    [
        [],
        ["--as-of", "2018-11-01"],
        ["3", "--as-of=2018-06-01", "--format", "json"],
        ["--leader", "soren aakjaer", "--as-of", "2018-06-01", "-v"],
        ["--group", "4", "--type", "workshop", "--as-of", "2018-06-01"],
        ["--goal", "aktiv-visionsledelse", "--until", "2019-01-01", "--as-of", "2018-06-01"],
        ["--as-of", "2018-11-01", "--", "2"],
    ],
)
def test_ordinary_invocations_take_the_fast_path(args: list[str]) -> None:
    assert quick.parse(args) is not None


@pytest.mark.parametrize(
    "args",
    [
        ["--help"],
        ["-h"],
        ["--bogus"],
        ["x"],
        ["--group", "x"],
        ["--format", "xml"],
        ["1", "2"],
        ["--leader"],
    ],
)
def test_help_and_what_click_must_refuse_go_to_the_full_command_line(args: list[str]) -> None:
    assert quick.parse(args) is None


def test_the_fast_path_imports_neither_typer_nor_click(tmp_path: Path) -> None:
    assert heavy_imports(["next", "--as-of", "2018-11-01"], SHIPPED, tmp_path) == "0 []"


@pytest.mark.parametrize(
    "args",
    [
        ["--group", "2", "--as-of", "2018-06-01", "10"],
        ["--group", "2", "--as-of", "2018-06-01", "--format", "json", "10"],
        ["--as-of", "2018-06-01", "10"],
        ["--leader", "Søren Aakjær", "--as-of", "2019-03-01"],
        ["--leader", "Kirsten Jørgensen", "--as-of", "2018-06-01", "--undated"],
    ],
)
def test_sessions_and_pairs_read_alike_on_both_paths(
    args: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The groups' own dates and the pairs come out the same with and without Typer."""
    from tests.helpers.content import add_sessions, copy_shipped

    content = copy_shipped(tmp_path / "content")
    add_sessions(
        content,
        "workshop-1",
        '{group: 1, when: 2018-08-21 09:00, end: 2018-08-21 12:00, place: "Rådhuset, lokale 3"}',
        "{group: 2, when: 2018-08-23 13:00, place: Dokk1}",
    )
    assert main(["pair", "jobbesoeg-graensekrydsende-samarbejde", "--seed", "1",
                 "--content", str(content)]) == 0  # fmt: skip
    full_args = [*args, "--content", str(content)]
    capsys.readouterr()
    code = quick.run(["next", *full_args])
    fast = capsys.readouterr()
    assert code is not None
    full = _full(capsys, full_args)
    assert (code, fast.out, fast.err) == (full.code, full.out, full.err)
    assert (
        "Dokk1" in fast.out or "Du besøger" in fast.out or "1 af" in fast.out or "2 af" in fast.out
    )
