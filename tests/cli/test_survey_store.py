"""The survey's data file says no more than the report: nothing in it depends on the order of
the rows, no two states felles writes differ by fewer than five respondents, and concurrent
writers (processes) never lose one another's work."""

from __future__ import annotations

import itertools
import os
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from felles.cli import main
from felles.survey.files import ANSWERS
from tests.cli.test_survey import rows, write_rows
from tests.helpers.run import Cli

POSIX = os.name == "posix"


@pytest.fixture(scope="module")
def table(tmp_path_factory: pytest.TempPathFactory) -> list[list[str]]:
    """The made-up answers of every leader (the header first)."""
    target = tmp_path_factory.mktemp("example") / "example.csv"
    assert main(["survey", "template", "baseline", "--example", "-o", str(target)]) == 0
    return rows(target)


def blanked(table: list[list[str]], count: int, *, skip_first: bool = False) -> list[list[str]]:
    """The table with the answers of the last `count` leaders who answered left out (late
    answers); with `skip_first` the first leader skips the first two questions."""
    out = [list(row) for row in table]
    answering = [row for row in out[1:] if any(row[1:-1])]
    for row in answering[len(answering) - count :] if count else []:
        row[1:-1] = [""] * (len(row) - 2)
    if skip_first:
        out[1][1:3] = ["", ""]
    return out


def imported(cli: Cli, csv: Path, data: Path, *args: str) -> tuple[int, str]:
    result = cli("survey", "import", "baseline", csv, "--data", data, *args)
    return result.code, result.out + result.err


@settings(
    max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data(), skip_first=st.booleans())
def test_the_same_answers_in_any_row_order_give_the_same_bytes(
    cli: Cli,
    table: list[list[str]],
    tmp_path_factory: pytest.TempPathFactory,
    data: st.DataObject,
    skip_first: bool,
) -> None:
    folder = tmp_path_factory.mktemp("order")
    answers = blanked(table, 3, skip_first=skip_first)
    body = data.draw(st.permutations(answers[1:]))
    stored = []
    for name, table_ in (("first", answers), ("shuffled", [answers[0], *body])):
        csv = folder / f"{name}.csv"
        write_rows(csv, table_)
        code, said = imported(cli, csv, folder / f"data-{name}")
        assert code == 0, said
        stored.append((folder / f"data-{name}" / ANSWERS).read_bytes())
    assert stored[0] == stored[1]


def test_a_re_import_that_adds_one_late_answer_is_refused(
    cli: Cli, table: list[list[str]], tmp_path: Path
) -> None:
    data = tmp_path / "data"
    early, late = tmp_path / "early.csv", tmp_path / "late.csv"
    write_rows(early, blanked(table, 6))
    write_rows(late, blanked(table, 5))  # one more answer
    assert imported(cli, early, data)[0] == 0
    before = (data / ANSWERS).read_bytes()
    code, said = imported(cli, late, data, "--replace")
    assert code == 1
    assert "færre end 5 ledere" in said and "uændret" in said
    assert (data / ANSWERS).read_bytes() == before
    assert sorted(p.name for p in data.iterdir()) == [ANSWERS]
    # The same answers again change nothing: allowed.
    assert imported(cli, early, data, "--replace")[0] == 0
    # Five late answers at once: stored.
    full = tmp_path / "full.csv"
    write_rows(full, blanked(table, 1))
    code, said = imported(cli, full, data, "--replace")
    assert code == 0, said
    assert (data / ANSWERS).read_bytes() != before


def test_a_changed_answer_of_one_leader_is_refused_too(
    cli: Cli, table: list[list[str]], tmp_path: Path
) -> None:
    data = tmp_path / "data"
    first, second = tmp_path / "first.csv", tmp_path / "second.csv"
    write_rows(first, table)
    changed = [list(row) for row in table]
    header = changed[0]
    column = next(i for i, h in enumerate(header) if h.startswith("udsagn."))
    row = next(row for row in changed[1:] if row[column])
    row[column] = "1" if row[column] != "1" else "2"
    write_rows(second, changed)
    assert imported(cli, first, data)[0] == 0
    assert imported(cli, second, data, "--replace")[0] == 1


# --- concurrent writers: processes, not threads --------------------------------------------


def _forked(args: list[str], out: Path) -> int:
    """Run `felles ARGS` in a forked process (the real CLI, already imported); its pid."""
    pid = os.fork()
    if pid == 0:  # pragma: no cover (the child)
        code = 3
        try:
            with out.open("w", encoding="utf-8") as stream:
                sys.stdout = sys.stderr = stream
                code = main(args)
                stream.flush()
        finally:
            os._exit(code)
    return pid


def _wait(pid: int) -> int:
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status)


def _csvs(table: list[list[str]], folder: Path) -> dict[str, Path]:
    found = {}
    for round_id in ("baseline", "opfoelgning"):
        csv = folder / f"{round_id}.csv"
        write_rows(csv, table)
        found[round_id] = csv
    return found


def _rounds(data: Path) -> set[str]:
    from felles.survey import store

    return set(store.rounds(data)) if data.exists() else set()


@pytest.mark.skipif(not POSIX, reason="fork: the processes start from the imported felles")
def test_two_imports_of_different_rounds_at_once_store_both(
    table: list[list[str]], tmp_path: Path
) -> None:
    csv = _csvs(table, tmp_path)
    for run in range(50):
        data = tmp_path / f"run{run}" / "data"  # does not exist yet: both make it
        pids = [
            _forked(["survey", "import", r, str(csv[r]), "--data", str(data)], tmp_path / r)
            for r in ("baseline", "opfoelgning")
        ]
        codes = [_wait(pid) for pid in pids]
        said = [(tmp_path / r).read_text(encoding="utf-8") for r in ("baseline", "opfoelgning")]
        assert codes == [0, 0], (run, said)
        assert _rounds(data) == {"baseline", "opfoelgning"}, run
        assert sorted(p.name for p in data.iterdir()) == [ANSWERS]  # no lock, no temporary


def _serial_outcomes() -> set[tuple[bool, frozenset[str]]]:
    """(the report saw baseline, the rounds left) for every serial order of the four."""
    outcomes = set()
    for order in itertools.permutations(["baseline", "opfoelgning", "purge", "report"]):
        stored: set[str] = set()
        saw = False
        for step in order:
            if step == "purge":
                stored.clear()
            elif step == "report":
                saw = "baseline" in stored
            else:
                stored.add(step)
        outcomes.add((saw, frozenset(stored)))
    return outcomes


@pytest.mark.skipif(not POSIX, reason="fork: the processes start from the imported felles")
def test_imports_a_purge_and_a_report_at_once_equal_some_serial_order(
    table: list[list[str]], tmp_path: Path
) -> None:
    csv = _csvs(table, tmp_path)
    allowed = _serial_outcomes()
    reference = tmp_path / "reference"
    assert (
        main(["survey", "import", "baseline", str(csv["baseline"]), "--data", str(reference)]) == 0
    )
    report = tmp_path / "report.txt"
    assert _wait(_forked(["survey", "report", "baseline", "--data", str(reference)], report)) == 0
    full_report = report.read_text(encoding="utf-8")
    seen = set()
    for run in range(20):
        data = tmp_path / f"mixed{run}"
        if run % 2:  # half the runs start from a stored baseline
            assert (
                main(["survey", "import", "baseline", str(csv["baseline"]), "--data", str(data)])
                == 0
            )
        where = ["--data", str(data)]
        commands = {
            r: ["survey", "import", r, str(csv[r]), *where, "--replace"]
            for r in ("baseline", "opfoelgning")
        }
        commands["purge"] = ["survey", "purge", "--yes", *where]
        commands["report"] = ["survey", "report", "baseline", *where]
        pids = {name: _forked(args, tmp_path / name) for name, args in commands.items()}
        codes = {name: _wait(pid) for name, pid in pids.items()}
        said = {name: (tmp_path / name).read_text(encoding="utf-8") for name in commands}
        assert codes["baseline"] == codes["opfoelgning"] == codes["purge"] == 0, said
        saw = codes["report"] == 0
        if saw:
            assert said["report"] == full_report  # the whole round, never half of one
        else:
            assert codes["report"] == 2 and "er ikke importeret" in said["report"], said
        outcome = (saw, frozenset(_rounds(data)))
        assert outcome in allowed, (run, outcome, said)
        seen.add(outcome)
        if data.exists():
            assert {p.name for p in data.iterdir()} <= {ANSWERS}
