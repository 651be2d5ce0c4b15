"""The survey's promises under hostile use: anonymous from the import on, deleted whatever
state the data are in, never followed through a symlink, and errors that never say who.

What a user (or an attacker holding the data folder and the content) would notice:
the CLI runs as a user runs it, the data folder is examined as an attacker would.
"""

from __future__ import annotations

import json
import math
import os
import random
import signal
import sqlite3
import stat
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from felles.content.reader import read_yaml
from felles.names import slug
from tests.helpers.content import LEADERS, SHIPPED, edit
from tests.helpers.run import Cli
from tests.helpers.survey import (
    answers_of,
    hot_journal,
    is_root,
    legacy_folder,
    many_leaders,
    rows,
    write_rows,
)

POSIX = os.name == "posix"
SLUGS = {slug(name): name for name in LEADERS}
STATEMENT_A = "udsagn.data-1"  # the answer the attacker is assumed to know already
SURVEY_IDS = {
    *(s["id"] for s in read_yaml(SHIPPED / "survey.yaml").data["style"]["statements"]),
    *(a["id"] for a in read_yaml(SHIPPED / "survey.yaml").data["external"]["actors"]),
    *(q["id"] for q in read_yaml(SHIPPED / "survey.yaml").data["relations"]["questions"]),
}


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return tmp_path / "surveydata"


@pytest.fixture
def example(cli: Cli, tmp_path: Path) -> Callable[[str], Path]:
    def make(round_id: str) -> Path:
        target = tmp_path / f"{round_id}.csv"
        if not target.exists():
            assert cli("survey", "template", round_id, "--example", "-o", target).code == 0
        return target

    return make


def files_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []


def no_one_in(text: str) -> None:
    """No leader's name or id (slug) and no header holding one appears in `text`."""
    for name in LEADERS:
        assert name not in text, name
        assert slug(name) not in text, slug(name)


def one_danish_line(text: str) -> None:
    lines = [line for line in text.splitlines() if line.strip()]
    assert len(lines) == 1, text
    assert lines[0].startswith("felles: ") and "Traceback" not in text
    assert "uventet fejl" not in text


# --- (a) nobody holding the data folder and groups.yaml can tell who answered what ---------


Cell = tuple[str, str]  # (respondent's id, CSV column)
Found = dict[str, list[int]]  # a sequence of stored integers in storage order, by label


def attack(database: Path) -> tuple[Found, dict[str, dict[str, list[int]]]]:
    """Everything an attacker can pull out of the file, knowing nothing of its schema but
    the survey's ids: every sequence of integers in storage order (rows, or lists inside a
    cell) labelled by the row's short text fields, and, for any text column that looks like
    a person key (20 or more distinct values that are not ids of survey.yaml), the integers
    of each key by label."""
    sequences: Found = {}
    keyed: dict[str, dict[str, list[int]]] = {}
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as db:
        tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            records = db.execute(f"SELECT * FROM {table}").fetchall()  # storage order
            width = len(records[0]) if records else 0
            keyish = {
                i
                for i in range(width)
                if len(
                    {r[i] for r in records if isinstance(r[i], str) and r[i][:1] != "["}
                    - SURVEY_IDS
                )
                >= 20
            }
            for row in records:
                texts = [
                    v
                    for i, v in enumerate(row)
                    if isinstance(v, str) and i not in keyish and not v.startswith("[")
                ]
                label = "/".join(texts)
                ints = [v for v in row if isinstance(v, int)]
                lists = [json.loads(v) for v in row if isinstance(v, str) and v.startswith("[")]
                for values in lists:
                    sequences.setdefault(label, []).extend(values)
                if ints and not lists:
                    sequences.setdefault(label, []).append(ints[-1])
                for i in keyish:
                    keyed.setdefault(str(row[i]), {}).setdefault(label, []).extend(ints[-1:])
    db.close()
    return sequences, keyed


def cells(table: list[list[str]], order: str) -> dict[str, list[Cell]]:
    """The answers of the CSV by what the file would store them under (a statement's or
    actor's id, a relation question), in the order of the template (groups.yaml), of the
    respondents' ids, or reversed."""
    header = table[0]
    answering = [row for row in table[1:] if any(c for c in row[1:] if c != "opdigtet")]
    if order == "slug order":
        answering = sorted(answering, key=lambda row: row[0])
    elif order == "reversed":
        answering = answering[::-1]
    result: dict[str, list[Cell]] = {}
    for row in answering:
        for column, value in zip(header[1:], row[1:], strict=False):
            if value and column != "eksempel" and column != STATEMENT_A:
                prefix, item = column.split(".", 1)
                key = prefix if prefix in ("hyppighed", "oplevelse") else item
                result.setdefault(key, []).append((row[0], column))
    return result


def _stored(sequences: Found, key: str) -> list[int]:
    return next((v for label, v in sequences.items() if label.endswith(f"/{key}")), [])


def guesses(found: tuple[Found, dict], table: list[list[str]], strategy: str) -> dict[Cell, int]:
    """The attacker's guess of every answer, knowing who answered, each respondent's
    answer to STATEMENT_A, the stored file and groups.yaml (the template's order)."""
    sequences, keyed = found
    truth = answers_of(table)
    order = strategy if strategy in ("slug order", "reversed") else "groups order"
    known = _stored(sequences, STATEMENT_A.split(".", 1)[1])
    result: dict[Cell, int] = {}
    for key, wanted in cells(table, order).items():
        stored = _stored(sequences, key)
        mode = Counter(stored).most_common(1)[0][0] if stored else 0
        people = list(dict.fromkeys(person for person, _ in wanted))
        for k, (person, column) in enumerate(wanted):
            guess = mode
            if strategy == "link by position":
                # do values at the same position in two lists belong to one person?
                if len(known) == len(stored):
                    mine = truth[person][STATEMENT_A]
                    votes = Counter(stored[i] for i, v in enumerate(known) if v == mine)
                    guess = votes.most_common(1)[0][0] if votes else mode
            elif strategy == "link by key":
                # the i-th person key in storage order is the i-th respondent of groups.yaml
                keys = list(keyed)
                i = people.index(person)
                values = (
                    [
                        v
                        for label, vs in keyed[keys[i]].items()
                        if label.endswith(f"/{key}")
                        for v in vs
                    ]
                    if i < len(keys)
                    else []
                )
                guess = values[0] if len(values) == 1 else mode
            elif k < len(stored):
                guess = stored[k]  # the k-th stored value is the k-th answer of the template
            result[(person, column)] = guess
    return result


def chance(table: list[list[str]]) -> float:
    """A bound on what an attacker knowing only each question's distribution can expect:
    the most common answer for everyone, plus five standard deviations."""
    truth = answers_of(table)
    expected = count = 0
    for wanted in cells(table, "groups order").values():
        values = [truth[person][column] for person, column in wanted]
        expected += Counter(values).most_common(1)[0][1]
        count += len(values)
    return expected / count + 5 * math.sqrt(0.25 / count)


def score(found: tuple[Found, dict], table: list[list[str]], strategy: str) -> float:
    truth = answers_of(table)
    guessed = guesses(found, table, strategy)
    return sum(truth[p][c] == v for (p, c), v in guessed.items()) / len(guessed)


STRATEGIES = ("groups order", "slug order", "reversed", "link by position", "link by key")


def _blank_half_the_relations(table: list[list[str]], seed: int) -> None:
    rng = random.Random(seed)
    header = table[0]
    relation = [i for i, h in enumerate(header) if h.split(".")[0] in ("hyppighed", "oplevelse")]
    for row in table[1:]:
        for i in relation:
            if rng.random() < 0.5:
                row[i] = ""


@pytest.mark.parametrize("variant", ["example", "half the relations blank"])
def test_an_attacker_with_the_data_file_and_groups_yaml_does_no_better_than_chance(
    cli: Cli, example: Callable[[str], Path], data: Path, tmp_path: Path, variant: str
) -> None:
    table = rows(example("baseline"))
    if variant != "example":
        _blank_half_the_relations(table, 14)
    csv_file = tmp_path / "svar.csv"
    write_rows(csv_file, table)
    assert cli("survey", "import", "baseline", csv_file, "--data", data).code == 0
    assert cli("survey", "purge", "--yes", "--keys-only", "--data", data).code == 0
    assert files_in(data) == ["answers.sqlite3"]
    found = attack(data / "answers.sqlite3")
    assert _stored(found[0], "data-2")  # the attacker does see the values
    bound = chance(table)
    for strategy in STRATEGIES:
        assert score(found, table, strategy) <= bound, strategy
    # Nothing in the file is a person: no column with a value per respondent, no pairs.
    assert not found[1]
    no_one_in((data / "answers.sqlite3").read_bytes().decode("utf-8", "replace"))


def test_the_file_says_the_same_whoever_gave_which_answer(
    cli: Cli, example: Callable[[str], Path], tmp_path: Path
) -> None:
    """Swap two respondents' statement answers: the stored figures cannot tell."""
    table = rows(example("baseline"))
    swapped = [list(row) for row in table]
    answering = [i for i, row in enumerate(swapped[1:], start=1) if any(row[1:-1])]
    first, second = answering[0], answering[-1]
    statements = [i for i, h in enumerate(table[0]) if h.startswith(("udsagn.", "udadtil."))]
    for i in statements:
        swapped[first][i], swapped[second][i] = swapped[second][i], swapped[first][i]
    dumps = []
    for name, version in (("a", table), ("b", swapped)):
        csv_file = tmp_path / f"{name}.csv"
        write_rows(csv_file, version)
        folder = tmp_path / f"data-{name}"
        assert cli("survey", "import", "baseline", csv_file, "--data", folder).code == 0
        with sqlite3.connect(folder / "answers.sqlite3") as db:
            dumps.append(
                sorted(
                    (section, item, sorted(json.loads(values)))
                    for section, item, values in db.execute(
                        "SELECT section, item, answers FROM items"
                    )
                )
            )
        db.close()
    assert dumps[0] == dumps[1]


def test_an_older_fellesʼs_answers_become_anonymous_with_keys_only(
    cli: Cli, example: Callable[[str], Path], data: Path
) -> None:
    table = rows(example("baseline"))
    legacy_folder(data, table)
    before = attack(data / "answers.sqlite3")
    assert score(before, table, "groups order") > 0.9  # the attack works on such a file
    assert len(before[1]) >= len(answers_of(table))  # and it holds a key per person
    result = cli("survey", "purge", "--yes", "--keys-only", "--data", data)
    assert result.code == 0, result.err
    assert "omskrevet til anonyme samlede tal" in result.err
    assert files_in(data) == ["answers.sqlite3"]
    found = attack(data / "answers.sqlite3")
    for strategy in STRATEGIES:
        assert score(found, table, strategy) <= chance(table), strategy
    report = cli("survey", "report", "baseline", "--data", data)
    assert report.code == 0 and "Svar: " in report.out


# --- (b) an import killed at any moment leaves the folder as it was -----------------------


@pytest.mark.skipif(not POSIX, reason="SIGKILL and SIGTERM as POSIX sends them")
def test_an_import_killed_at_random_moments_never_breaks_the_data_folder(
    cli: Cli,
    content: Path,
    data: Path,
    felles_process: Callable[..., subprocess.CompletedProcess[str]],
    tmp_path: Path,
) -> None:
    """160 leaders, so that storing takes long enough for a signal to land in it too."""
    many_leaders(content, 160)
    where = ("--content", content, "--data", data)
    first, follow = tmp_path / "b.csv", tmp_path / "o.csv"
    for round_id, csv_file in (("baseline", first), ("opfoelgning", follow)):
        made = cli("survey", "template", round_id, "--example", "-o", csv_file, *where[:2])
        assert made.code == 0
    assert cli("survey", "import", "baseline", first, *where).code == 0
    baseline = cli("survey", "report", "baseline", "--format", "json", *where).out
    started = time.perf_counter()
    assert felles_process("survey", "import", "opfoelgning", follow, *where).returncode == 0
    took = time.perf_counter() - started
    complete = cli("survey", "report", "opfoelgning", "--format", "json", *where).out
    rng = random.Random(2024)
    command = [sys.executable, "-m", "felles", "survey", "import", "opfoelgning", str(follow)]
    for attempt in range(30):
        process = subprocess.Popen(
            [*command, *map(str, where), "--replace"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        time.sleep(rng.uniform(0.5, 1.1) * took)
        process.send_signal(signal.SIGTERM if attempt % 2 else signal.SIGKILL)
        _, err = process.communicate(timeout=60)
        assert process.returncode in (0, -signal.SIGKILL, -signal.SIGTERM, 143), err
        assert "Traceback" not in err and "uventet fejl" not in err
        assert [n for n in files_in(data) if not n.startswith(".")] == ["answers.sqlite3"]
        now = cli("survey", "report", "baseline", "--format", "json", *where)
        assert now.code == 0 and now.out == baseline  # the previous round intact
        after = cli("survey", "report", "opfoelgning", "--format", "json", *where)
        assert after.code == 0 and _figures(after.out) == _figures(complete)  # old or new: whole
    again = cli("survey", "import", "opfoelgning", follow, *where, "--replace")
    assert again.code == 0 and files_in(data) == ["answers.sqlite3"]  # leftovers removed
    purged = cli("survey", "purge", "--yes", *where)
    assert purged.code == 0 and not data.exists()


def _figures(report: str) -> dict[str, object]:
    """A JSON report without the import date (a run across midnight changes it)."""
    summary = json.loads(report)
    summary["round"].pop("imported")
    return summary


def test_sigterm_while_writing_ends_quietly_with_143_and_leaves_no_temporary_file(
    cli: Cli, example: Callable[[str], Path], data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cli("survey", "import", "baseline", example("baseline"), "--data", data).code == 0
    before = (data / "answers.sqlite3").read_bytes()
    follow = example("opfoelgning")
    real_fsync = os.fsync

    def terminated(fd: int) -> None:  # SIGTERM arrives while the new file is being written
        os.kill(os.getpid(), signal.SIGTERM)
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", terminated)
    handler = signal.getsignal(signal.SIGTERM)
    result = cli("survey", "import", "opfoelgning", follow, "--data", data)
    monkeypatch.setattr(os, "fsync", real_fsync)
    assert result.code == 143 and "Traceback" not in result.err
    assert files_in(data) == ["answers.sqlite3"]
    assert (data / "answers.sqlite3").read_bytes() == before
    assert signal.getsignal(signal.SIGTERM) == handler  # the command put it back


# --- (c) purge deletes everything, whatever state it is in -------------------------------


@pytest.mark.parametrize(
    "state", ["random bytes", "empty files", "hot journal", "unreadable file", "temporary file"]
)
def test_purge_leaves_zero_files_whatever_state_the_data_are_in(
    cli: Cli, example: Callable[[str], Path], data: Path, state: str
) -> None:
    if state == "hot journal":
        legacy_folder(data, rows(example("baseline")))
        hot_journal(data)
        report = cli("survey", "report", "baseline", "--data", data)
        assert report.code == 2 and "afbrudt import" in report.err
    else:
        assert cli("survey", "import", "baseline", example("baseline"), "--data", data).code == 0
    answers = data / "answers.sqlite3"
    if state == "random bytes":
        noise = random.Random(398)
        answers.write_bytes(noise.randbytes(20_000))
        (data / "keys.sqlite3").write_bytes(noise.randbytes(300))
    elif state == "empty files":
        answers.write_bytes(b"")
        (data / "keys.sqlite3").write_bytes(b"")
        (data / "answers.sqlite3-journal").write_bytes(b"")
    elif state == "unreadable file":
        answers.chmod(0)
    elif state == "temporary file":
        (data / ".answers.sqlite3.deadbeef.tmp").write_bytes(answers.read_bytes()[:500])
    if state in ("random bytes", "empty files"):
        damaged = cli("survey", "report", "baseline", "--data", data)
        assert damaged.code == 2
        one_danish_line(damaged.err)
    result = cli("survey", "purge", "--yes", "--data", data)
    assert result.code == 0, result.err
    assert not data.exists()  # 0 files left
    if state in ("random bytes", "empty files", "hot journal"):
        assert "data, der ikke kunne læses" in result.err


# --- (d) a symlinked data file is neither followed nor chmodded ------------------------------


@pytest.mark.skipif(not POSIX, reason="symlinks as POSIX makes them")
@pytest.mark.parametrize("name", ["answers.sqlite3", "keys.sqlite3"])
def test_a_symlinked_data_file_is_never_followed_nor_chmodded(
    cli: Cli, example: Callable[[str], Path], data: Path, tmp_path: Path, name: str
) -> None:
    repo = tmp_path / "repo"
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    target = repo / "notes.txt"
    target.write_text("a file in a git work tree\n", encoding="utf-8")
    target.chmod(0o664)
    data.mkdir()
    (data / name).symlink_to(target)
    for args in (
        ("import", "baseline", example("baseline")),
        ("report", "baseline"),
        ("purge", "--yes", "--keys-only"),
        ("purge", "--yes"),
    ):
        cli("survey", *args, "--data", data)
        assert target.read_text(encoding="utf-8") == "a file in a git work tree\n"
        assert stat.S_IMODE(target.stat().st_mode) == 0o664, args
    assert not data.exists()  # purge removed the link itself, and the folder


@pytest.mark.skipif(not POSIX, reason="symlinks as POSIX makes them")
def test_a_symlinked_answers_file_is_refused_with_one_danish_line(
    cli: Cli, example: Callable[[str], Path], data: Path, tmp_path: Path
) -> None:
    elsewhere = tmp_path / "elsewhere.sqlite3"
    assert cli("survey", "import", "baseline", example("baseline"), "--data", data).code == 0
    (data / "answers.sqlite3").rename(elsewhere)
    (data / "answers.sqlite3").symlink_to(elsewhere)
    for args in (("report", "baseline"), ("import", "opfoelgning", example("opfoelgning"))):
        result = cli("survey", *args, "--data", data)
        assert result.code == 2 and "symbolsk link" in result.err
        one_danish_line(result.err)
    assert (data / "answers.sqlite3").is_symlink()


# --- (e) CSV errors never say who ----------------------------------------------------------


def _mutate(table: list[list[str]], draw: st.DrawFn) -> list[list[str]]:
    """A template with random damage of the kinds a spreadsheet user makes."""
    table = [list(row) for row in table]
    header = table[0]
    names = [*LEADERS, *SLUGS, *(h for h in header if "." in h)]
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(
            st.sampled_from(
                ["rename", "duplicate", "drop", "cell", "self", "respondent", "extra", "quote"]
            )
        )
        col = draw(st.integers(1, len(header) - 1))
        row = draw(st.integers(1, len(table) - 1))
        if kind == "rename":
            header[col] = draw(
                st.sampled_from(
                    [
                        *names,
                        header[col] + "x",
                        header[col][:-1],
                        header[col].replace(".", "_"),
                        draw(st.sampled_from(LEADERS)).upper(),
                    ]
                )
            )
        elif kind == "duplicate":
            for r in table:
                r.append(r[col] if len(r) > col else "")
        elif kind == "drop":
            for r in table:
                if len(r) > col:
                    del r[col]
        elif kind == "cell" and len(table[row]) > col:
            table[row][col] = draw(st.sampled_from([*names, "7", "meget", "-1", " "]))
        elif kind == "self":
            who = table[row][0]
            if f"hyppighed.{who}" in header:
                table[row][header.index(f"hyppighed.{who}")] = "3"
        elif kind == "respondent":
            table[row][0] = draw(st.sampled_from([*names, "", "ukendt", table[1][0]]))
        elif kind == "extra":
            table[row] += [draw(st.sampled_from(names))]
        elif kind == "quote" and len(table[row]) > col:
            table[row][col] = '"' + table[row][col]
    return table


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_no_csv_error_names_a_leader_or_shows_a_header_holding_one(
    cli: Cli, example: Callable[[str], Path], tmp_path: Path, data: st.DataObject
) -> None:
    table = _mutate(rows(example("baseline")), data.draw)
    broken = tmp_path / "svar.csv"
    raw = ";".join  # cells are written as they are, quotes and all
    broken.write_text("\r\n".join(raw(r) for r in table), encoding="utf-8", newline="")
    folder = tmp_path / "d"
    result = cli("survey", "import", "baseline", broken, "--data", folder)
    assert result.code in (0, 1), result.err
    no_one_in(result.output)
    if result.code == 1:
        assert "intet er importeret" in result.err and not folder.exists()
    else:
        cli("survey", "purge", "--yes", "--data", folder)


@pytest.mark.parametrize(
    ("break_it", "code"),
    [
        (lambda t: t[0].__setitem__(5, LEADERS[3]), "E613"),
        (lambda t: t[0].__setitem__(5, "hyppighed." + slug(LEADERS[3]) + "x"), "E626"),
        (lambda t: t[0].__setitem__(6, t[0][5]), "E614"),
        (lambda t: [r.pop(5) for r in t], "E625"),
        (lambda t: t[2].__setitem__(5, LEADERS[3]), "E618"),
        (lambda t: t[2].__setitem__(5, slug(LEADERS[3])), "E618"),
    ],
    ids=["unknown header", "relation-like header", "duplicate", "missing", "name", "slug"],
)
def test_each_csv_error_names_row_and_column_only(
    cli: Cli,
    example: Callable[[str], Path],
    tmp_path: Path,
    break_it: Callable[[list[list[str]]], object],
    code: str,
) -> None:
    table = rows(example("baseline"))
    while not any(table[2][1:-1]):
        del table[2]
    break_it(table)
    broken = tmp_path / "svar.csv"
    write_rows(broken, table)
    result = cli("survey", "import", "baseline", broken, "--data", tmp_path / "d")
    assert result.code == 1 and f" {code} " in result.err, result.err
    no_one_in(result.err)


def test_an_answer_about_oneself_does_not_say_who_one_is(
    cli: Cli, example: Callable[[str], Path], tmp_path: Path
) -> None:
    table = rows(example("baseline"))
    row = next(i for i, r in enumerate(table[1:], start=1) if any(r[1:-1]))
    me = table[row][0]
    table[row][table[0].index(f"hyppighed.{me}")] = "3"
    broken = tmp_path / "svar.csv"
    write_rows(broken, table)
    result = cli("survey", "import", "baseline", broken, "--data", tmp_path / "d")
    assert result.code == 1 and "E619" in result.err and "spørgsmålet »hyppighed«" in result.err
    no_one_in(result.err)


# --- (f) an unclosed quote is an error at its line; nothing is imported ---------------------


@pytest.mark.parametrize("at", [2, 7, 20])
def test_an_unclosed_quote_is_e623_at_the_line_it_opens_and_nothing_is_imported(
    cli: Cli, example: Callable[[str], Path], data: Path, tmp_path: Path, at: int
) -> None:
    assert cli("survey", "import", "baseline", example("baseline"), "--data", data).code == 0
    before = (data / "answers.sqlite3").read_bytes()
    lines = example("opfoelgning").read_bytes().decode("utf-8-sig").split("\r\n")
    cells = lines[at - 1].split(";")
    cells[3] = '"' + cells[3]
    lines[at - 1] = ";".join(cells)
    broken = tmp_path / "citat.csv"
    broken.write_text("\r\n".join(lines), encoding="utf-8", newline="")
    result = cli("survey", "import", "opfoelgning", broken, "--data", data)
    assert result.code == 1
    assert f"{broken}:{at}:1: E623 " in result.err and f"linje {at} lukkes aldrig" in result.err
    assert "intet er importeret" in result.err
    assert (data / "answers.sqlite3").read_bytes() == before
    assert cli("survey", "report", "opfoelgning", "--data", data).code == 2  # not imported


# --- (g) only regular files are read -------------------------------------------------------


@pytest.mark.skipif(not POSIX or not Path("/dev/zero").exists(), reason="POSIX devices")
@pytest.mark.parametrize("kind", ["/dev/zero", "fifo", "folder"])
def test_a_device_a_fifo_or_a_folder_is_refused_within_a_second(
    felles_process: Callable[..., subprocess.CompletedProcess[str]], tmp_path: Path, kind: str
) -> None:
    if kind == "fifo":
        source = tmp_path / "svar.csv"
        os.mkfifo(source)
    elif kind == "folder":
        source = tmp_path / "svar"
        source.mkdir()
    else:
        source = Path(kind)
    # Start-up costs about half a second; reading /dev/zero or a FIFO would never end.
    started = time.perf_counter()
    result = felles_process(
        "survey", "import", "baseline", source, "--data", tmp_path / "d", timeout=20
    )
    assert time.perf_counter() - started < 1 + _startup()
    assert result.returncode == 1 and "E101" in result.stderr
    assert "ikke en almindelig fil" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "d").exists()


def _startup() -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "felles", "--version"], capture_output=True, check=False)
    return time.perf_counter() - started


# --- (h) an unusable data folder: one Danish line, never a traceback --------------------------


def _unusable(tmp_path: Path) -> dict[str, Path]:
    a_file = tmp_path / "a-file"
    a_file.write_text("x", encoding="utf-8")
    return {"a file": a_file, "below a file": a_file / "d", "too long": tmp_path / ("æ" * 200)}


def test_an_unusable_data_folder_is_one_danish_line_for_every_command(
    cli: Cli, example: Callable[[str], Path], tmp_path: Path
) -> None:
    csv_file = example("baseline")
    for name, folder in _unusable(tmp_path).items():
        for args in (
            ("report", "baseline"),
            ("import", "baseline", csv_file),
            ("purge", "--yes"),
            ("purge", "--yes", "--keys-only"),
        ):
            result = cli("survey", *args, "--data", folder)
            assert result.code == 2, (name, args, result.err)
            one_danish_line(result.err)
            assert "kan ikke bruges" in result.err


def test_validate_checks_delete_after_whatever_the_data_folder_is(
    cli: Cli, content: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    edit(content / "survey.yaml", "status: forslag\n", "status: forslag\ndelete_after: 2020-06\n")
    for folder in _unusable(tmp_path).values():
        monkeypatch.setenv("FELLES_DATA", str(folder))
        result = cli("validate", "--content", content, "--as-of", "2020-07-01")
        assert result.code == 0, result.err
        assert "W601" not in result.out and "Traceback" not in result.err


@pytest.mark.skipif(not POSIX or is_root(), reason="root reads and enters every folder")
def test_a_folder_that_cannot_be_entered_is_reported_not_a_crash(
    cli: Cli,
    example: Callable[[str], Path],
    content: Path,
    data: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert cli("survey", "import", "baseline", example("baseline"), "--data", data).code == 0
    data.chmod(0)
    try:
        for args in (("report", "baseline"), ("import", "opfoelgning", example("opfoelgning"))):
            result = cli("survey", *args, "--data", data)
            assert result.code == 2 and "ingen adgang" in result.err
            one_danish_line(result.err)
        purged = cli("survey", "purge", "--yes", "--data", data)
        assert purged.code == 2 and "ingen adgang" in purged.err
        edit(
            content / "survey.yaml", "status: forslag\n", "status: forslag\ndelete_after: 2020-06\n"
        )
        monkeypatch.setenv("FELLES_DATA", str(data))
        result = cli("validate", "--content", content, "--as-of", "2020-07-01")
        assert result.code == 0 and "W601" in result.out and "ulæselige data" in result.out
    finally:
        data.chmod(0o700)


# --- what is kept, as the README says ---------------------------------------------------------


def test_what_is_kept_is_exactly_what_the_readme_says(
    cli: Cli, example: Callable[[str], Path], data: Path, tmp_path: Path
) -> None:
    """Four respondents: nothing is shown, but their values, the count and the date are kept."""
    table = rows(example("baseline"))
    kept = 0
    for row in table[1:]:
        if any(row[1:-1]) and kept < 4:
            kept += 1
        else:
            row[1:] = [""] * (len(row) - 1)
    four = tmp_path / "fire.csv"
    write_rows(four, table)
    assert cli("survey", "import", "baseline", four, "--data", data).code == 0
    with sqlite3.connect(data / "answers.sqlite3") as db:
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert tables == {"meta", "rounds", "items", "network"}
        (round_row,) = db.execute("SELECT id, population, respondents FROM rounds").fetchall()
        assert round_row == ("baseline", len(LEADERS), 4)
        (values,) = db.execute("SELECT answers FROM items WHERE item = 'data-1'").fetchone()
        assert len(json.loads(values)) == 4  # kept, though never shown
        columns = {r[1] for t in tables for r in db.execute(f"PRAGMA table_info({t})")}
    db.close()
    assert not {"respondent", "pseudonym", "target", "name", "same_group"} & columns


@pytest.mark.skipif(not POSIX or is_root(), reason="root reads every file")
def test_an_unreadable_csv_or_data_file_is_one_danish_line(
    cli: Cli, example: Callable[[str], Path], data: Path
) -> None:
    csv_file = example("baseline")
    assert cli("survey", "import", "baseline", csv_file, "--data", data).code == 0
    csv_file.chmod(0)
    result = cli("survey", "import", "opfoelgning", csv_file, "--data", data)
    assert result.code == 1 and "E101 filen kan ikke læses: ingen adgang" in result.err
    (data / "answers.sqlite3").chmod(0)
    report = cli("survey", "report", "baseline", "--data", data)
    assert report.code == 2 and "ingen adgang" in report.err
    one_danish_line(report.err)
    assert cli("survey", "purge", "--yes", "--data", data).code == 0 and not data.exists()


def test_purge_deletes_what_it_can_and_names_what_it_cannot(
    cli: Cli, example: Callable[[str], Path], data: Path
) -> None:
    assert cli("survey", "import", "baseline", example("baseline"), "--data", data).code == 0
    (data / "keys.sqlite3").mkdir()  # a folder with our name is not ours to delete
    result = cli("survey", "purge", "--yes", "--data", data)
    assert result.code == 2
    assert "answers.sqlite3" in result.err and "keys.sqlite3 (det er en mappe)" in result.err
    assert result.err.strip().splitlines()[-1].startswith("felles: 1 af spørgeskemaets filer")
    assert files_in(data) == ["keys.sqlite3"]


def test_network_figures_rest_on_the_partner_from_used_at_import_and_say_so(
    cli: Cli, example: Callable[[str], Path], content: Path, data: Path
) -> None:
    """The network is counted at import: a later partner_from cannot recount it."""
    csv_file = example("baseline")
    where = ("--content", content, "--data", data)
    assert cli("survey", "import", "baseline", csv_file, *where).code == 0
    before = json.loads(cli("survey", "report", "baseline", "--format", "json", *where).out)
    assert before["round"]["network"]["note"] is None
    edit(content / "survey.yaml", "partner_from: 2", "partner_from: 3")
    after = json.loads(cli("survey", "report", "baseline", "--format", "json", *where).out)
    note = after["round"]["network"].pop("note")
    before["round"]["network"].pop("note")
    assert after["round"]["network"] == before["round"]["network"]
    assert "fra værdien 2" in note and "siger nu »hyppighed« fra 3" in note
    text = cli("survey", "report", "baseline", *where).out
    assert "Bemærk: netværkstallene er beregnet ved importen" in text
    page = cli("survey", "report", "baseline", "--format", "html", *where).out
    assert "netværkstallene er beregnet ved importen" in page
