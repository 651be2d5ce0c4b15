"""felles.survey.store, database and files: one file of anonymous figures, written whole,
read from its bytes, never through a symlink, deleted whatever state it is in."""

from __future__ import annotations

import errno
import os
import random
import sqlite3
import stat
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from felles.errors import UsageError
from felles.survey import (
    data_place,
    data_purge,
    database,
    database_read,
    database_write,
    files,
    round_import,
    store,
)
from felles.survey.tally import NetworkCounts, Partner, RoundData, canonical
from tests.helpers.survey import hot_journal, is_root

PARTNER = Partner("hyppighed", 2)
POSIX = os.name == "posix"


def _round(round_id: str = "baseline", values: list[int] | None = None) -> RoundData:
    data = RoundData(round_id, "2018-06-01", 38, False, 31)
    data.items[("statement", "data-1")] = values if values is not None else [1, 2, 3, 4, 5] * 6
    data.items[("external", "borgere")] = [0, 1, 2]
    data.items[("relation", "oplevelse")] = [3, 4, 5, 4]
    data.raters["oplevelse"] = 3
    data.network = NetworkCounts("hyppighed", 2, 31, 120, 80, 90, 30)
    return data


def _folder_with(tmp_path: Path, *rounds: RoundData) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / store.ANSWERS).write_bytes(database_write.dump("faelles-om-ledelse", list(rounds)))
    return folder


def _same(a: RoundData, b: RoundData) -> bool:
    """Equal, the values compared as multisets (they are stored sorted)."""
    as_sets = {k: Counter(v) for k, v in a.items.items()}
    return (a.id, a.imported, a.population, a.example, a.respondents, a.raters, a.network) == (
        b.id,
        b.imported,
        b.population,
        b.example,
        b.respondents,
        b.raters,
        b.network,
    ) and as_sets == {k: Counter(v) for k, v in b.items.items()}


# --- the file: bytes in, bytes out ------------------------------------------------------


@given(
    values=st.lists(st.integers(-5, 10), max_size=50),
    ids=st.lists(st.from_regex(r"[a-z][a-z0-9-]{0,12}", fullmatch=True), min_size=1, unique=True),
)
def test_rounds_come_back_as_they_were_stored(values: list[int], ids: list[str]) -> None:
    rounds = [_round(i, values) for i in ids]
    stored = database_read.load(database_write.dump("p", rounds), PARTNER)
    assert stored.programme == "p" and not stored.legacy
    assert len(stored.rounds) == len(rounds)
    for original in rounds:
        found = stored.find(original.id)
        assert found is not None and _same(found, original)


@given(values=st.lists(st.integers(0, 6), max_size=60), data=st.data())
def test_the_file_is_the_same_bytes_whatever_the_order_of_the_values(
    values: list[int], data: st.DataObject
) -> None:
    shuffled = data.draw(st.permutations(values))
    first, second = _round(values=values), _round(values=list(shuffled))
    order = list(first.items)
    first.items = canonical(dict(reversed(first.items.items())), order)  # first seen last
    second.items = canonical(second.items, order)
    assert database_write.dump("p", [first]) == database_write.dump("p", [second])
    stored = database_read.load(database_write.dump("p", [first]), PARTNER).rounds[0]
    assert stored.items[("statement", "data-1")] == sorted(values)  # never the CSV's order


@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_damaged_bytes_are_damaged_never_another_exception(data: st.DataObject) -> None:
    good = database_write.dump("p", [_round(), _round("opfoelgning")])
    kind = data.draw(st.sampled_from(["random", "truncated", "flipped", "empty"]))
    if kind == "random":
        raw = data.draw(st.binary(max_size=5000))
    elif kind == "truncated":
        raw = good[: data.draw(st.integers(0, len(good) - 1))]
    elif kind == "flipped":
        position = data.draw(st.integers(0, len(good) - 1))
        raw = (
            good[:position]
            + bytes([good[position] ^ data.draw(st.integers(1, 255))])
            + good[position + 1 :]
        )
    else:
        raw = b""
    try:
        stored = database_read.load(raw, PARTNER)
    except database.Damaged:
        return
    # a flipped byte inside a value may still read: then it is a whole, well-typed round
    for found in stored.rounds:
        assert all(type(v) is int for vs in found.items.values() for v in vs)


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"SQLite format 3\x00" + b"\x00" * 50,
        random.Random(118).randbytes(4096),
        b"not a database" * 300,
    ],
    ids=["empty", "header-only", "random", "text"],
)
def test_a_damaged_file_is_u064_naming_the_file(tmp_path: Path, content: bytes) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / store.ANSWERS).write_bytes(content)
    for read in (
        lambda: store.load_round(folder, "faelles-om-ledelse", "baseline", PARTNER),
        lambda: store.rounds(folder),
    ):
        with pytest.raises(UsageError) as caught:
            read()
        assert caught.value.code == "U064"
        assert caught.value.params["path"] == str(folder / store.ANSWERS)


def test_another_database_is_not_ours(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    with sqlite3.connect(folder / store.ANSWERS) as db:
        db.execute("CREATE TABLE rounds (id TEXT)")
        db.execute("CREATE VIEW meta AS SELECT 1 AS key, 2 AS value")
    db.close()
    with pytest.raises(UsageError) as caught:
        store.rounds(folder)
    assert caught.value.code == "U064" and "ikke spørgeskemadata fra felles" in str(caught.value)


# --- importing: all or nothing, no side files ---------------------------------------------


def _import(folder: Path, round_id: str = "opfoelgning", *, replace: bool = False) -> None:
    from felles.survey.responses import Responses

    round_import.import_round(
        folder,
        "faelles-om-ledelse",
        round_id,
        Responses(),
        {"A": 1, "B": 1},
        PARTNER,
        replace=replace,
        today=date(2019, 6, 1),
    )


def test_an_import_writes_one_file_and_no_journal(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    _import(folder, "baseline")
    _import(folder, "opfoelgning")
    assert sorted(p.name for p in folder.iterdir()) == [store.ANSWERS]
    assert store.rounds(folder) == ["baseline", "opfoelgning"]


def test_a_full_disk_leaves_the_file_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _folder_with(tmp_path, _round())
    before = (folder / store.ANSWERS).read_bytes()

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(UsageError) as caught:
        _import(folder)
    assert caught.value.code == "U064" and "ikke plads på drevet" in str(caught.value)
    assert (folder / store.ANSWERS).read_bytes() == before
    assert sorted(p.name for p in folder.iterdir()) == [store.ANSWERS]  # no temporary file


def test_an_exit_in_the_middle_of_the_write_leaves_the_file_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What SIGTERM does (the import command turns it into SystemExit(143))."""
    folder = _folder_with(tmp_path, _round())
    before = (folder / store.ANSWERS).read_bytes()

    def stop(fd: int) -> None:
        raise SystemExit(143)

    monkeypatch.setattr(os, "fsync", stop)
    with pytest.raises(SystemExit):
        _import(folder)
    assert (folder / store.ANSWERS).read_bytes() == before
    assert sorted(p.name for p in folder.iterdir()) == [store.ANSWERS]


def test_a_failed_first_import_leaves_no_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def stop(fd: int) -> None:
        raise SystemExit(143)

    monkeypatch.setattr(os, "fsync", stop)
    with pytest.raises(SystemExit):
        _import(tmp_path / "data")
    assert not (tmp_path / "data").exists()


def test_a_temporary_file_is_removed_only_when_its_writer_is_gone(tmp_path: Path) -> None:
    """Its writer's process is gone, or (felles 0.1 named no process) it is old: removed;
    a live writer's stays (only `purge`, which deletes everything, takes it)."""
    import subprocess
    import sys
    import time

    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)  # fmt: skip
    folder = _folder_with(tmp_path, _round())
    dead = folder / f".{store.ANSWERS}.{int(gone.stdout)}.0badc0de.tmp"
    old = folder / f".{store.ANSWERS}.0badc0df.tmp"
    live = folder / f".{store.ANSWERS}.{os.getppid()}.0badc0e0.tmp"
    for path in (dead, old, live):
        path.write_bytes(b"SQLite format 3\x00half")
    hour_ago = time.time() - 3600
    os.utime(old, (hour_ago, hour_ago))
    assert store.rounds(folder) == ["baseline"]
    assert data_place.has_data(folder)
    _import(folder)
    assert not dead.exists() and not old.exists() and live.exists()
    assert store.rounds(folder) == ["baseline", "opfoelgning"]
    purged = data_purge.purge(folder)
    assert live in purged.files and not folder.exists()


def test_a_round_is_kept_unless_replaced(tmp_path: Path) -> None:
    folder = _folder_with(tmp_path, _round("opfoelgning"))
    before = (folder / store.ANSWERS).read_bytes()
    with pytest.raises(UsageError) as caught:
        _import(folder)
    assert caught.value.code == "U065"
    assert (folder / store.ANSWERS).read_bytes() == before
    _import(folder, replace=True)
    found = store.load_round(folder, "faelles-om-ledelse", "opfoelgning", PARTNER)
    assert found is not None and found.respondents == 0  # the new, empty round


def test_another_programmes_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / store.ANSWERS).write_bytes(database_write.dump("andet", [_round()]))
    with pytest.raises(UsageError) as caught:
        _import(folder)
    assert caught.value.code == "U066"


# --- never through a symlink, never blocking ------------------------------------------------


@pytest.mark.skipif(not POSIX, reason="symlinks and FIFOs as POSIX makes them")
def test_a_symlinked_data_file_is_neither_read_nor_replaced_nor_chmodded(tmp_path: Path) -> None:
    elsewhere = tmp_path / "work-tree" / "notes.sqlite3"
    elsewhere.parent.mkdir()
    elsewhere.write_bytes(database_write.dump("faelles-om-ledelse", [_round()]))
    elsewhere.chmod(0o644)
    before = elsewhere.read_bytes()
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / store.ANSWERS).symlink_to(elsewhere)
    for attempt in (lambda: store.rounds(folder), lambda: _import(folder)):
        with pytest.raises(UsageError) as caught:
            attempt()
        assert caught.value.code == "U064" and "symbolsk link" in str(caught.value)
    assert elsewhere.read_bytes() == before
    assert stat.S_IMODE(elsewhere.stat().st_mode) == 0o644
    purged = data_purge.purge(folder)
    assert purged.files == [folder / store.ANSWERS]
    assert elsewhere.read_bytes() == before and not folder.exists()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs")
def test_a_fifo_or_a_folder_in_place_of_the_data_file_is_refused_at_once(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    os.mkfifo(folder / store.ANSWERS)
    with pytest.raises(UsageError) as caught:
        store.rounds(folder)  # would block forever if it opened the FIFO for reading
    assert "ikke en almindelig fil" in str(caught.value)
    (folder / store.ANSWERS).unlink()
    (folder / store.ANSWERS).mkdir()
    with pytest.raises(UsageError):
        store.rounds(folder)
    purged = data_purge.purge(folder)  # a folder with our name is not deleted: it is not ours
    assert purged.failed and purged.failed[0][1] == "det er en mappe"


# --- purge deletes without reading -----------------------------------------------------------


@pytest.mark.parametrize("state", ["random", "empty", "hot-journal", "unreadable", "side-files"])
def test_purge_deletes_every_file_whatever_state_it_is_in(tmp_path: Path, state: str) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    answers = folder / store.ANSWERS
    if state == "random":
        noise = random.Random(315)
        answers.write_bytes(noise.randbytes(10_000))
        (folder / store.KEYS).write_bytes(noise.randbytes(100))
    elif state == "empty":
        answers.write_bytes(b"")
        (folder / store.KEYS).write_bytes(b"")
    elif state == "hot-journal":
        from tests.helpers.survey import LEGACY_SCHEMA

        with sqlite3.connect(answers) as db:
            db.executescript(LEGACY_SCHEMA)
            db.executemany(
                "INSERT INTO answers VALUES ('b', ?, 'statement', 'x', 3)",
                [(str(i),) for i in range(3000)],
            )
            db.execute("INSERT INTO relations VALUES ('b', 'a', 'hyppighed', 'c', 1, 2)")
        db.close()
        hot_journal(folder)
    elif state == "unreadable":
        answers.write_bytes(database_write.dump("p", [_round()]))
        answers.chmod(0)
    else:
        answers.write_bytes(database_write.dump("p", [_round()]))
        for suffix in ("-journal", "-wal", "-shm"):
            (folder / (store.ANSWERS + suffix)).write_bytes(b"x")
            (folder / (store.KEYS + suffix)).write_bytes(b"x")
    purged = data_purge.purge(folder)
    assert not purged.failed
    assert not folder.exists()  # 0 files left, and the folder itself gone


def test_purge_leaves_what_is_not_ours(tmp_path: Path) -> None:
    folder = _folder_with(tmp_path, _round())
    (folder / "noter.txt").write_text("mine", encoding="utf-8")
    data_purge.purge(folder)
    assert sorted(p.name for p in folder.iterdir()) == ["noter.txt"]


# --- odd data folders: a finding or a Danish error, never a traceback ------------------------


def _odd_folders(tmp_path: Path) -> dict[str, Path]:
    a_file = tmp_path / "a-file"
    a_file.write_text("x", encoding="utf-8")
    return {
        "a file": a_file,
        "below a file": a_file / "data",
        "too long": tmp_path / ("x" * 300),
        "too long below": tmp_path / ("x" * 300) / "data",
    }


def test_an_odd_data_folder_is_a_usage_error_in_every_operation(tmp_path: Path) -> None:
    for name, folder in _odd_folders(tmp_path).items():
        for operation in (
            lambda f=folder: store.rounds(f),
            lambda f=folder: store.load_round(f, "p", "baseline", PARTNER),
            lambda f=folder: data_purge.purge(f),
            lambda f=folder: data_purge.survey_files(f),
            lambda f=folder: _import(f),
            lambda f=folder: data_place.check_place(f, tmp_path / "content"),
        ):
            try:
                operation()
            except UsageError as error:
                assert error.code in ("U063", "U064"), name
                assert "…" not in str(error)
        data_folder = data_place.DataFolder(folder)
        assert data_folder.has_data() is False, name  # nothing there can be data
        data_folder.rounds()  # never raises


@pytest.mark.skipif(not POSIX or is_root(), reason="root reads every folder")
def test_an_unreadable_data_folder_may_hold_data_and_says_so(tmp_path: Path) -> None:
    folder = _folder_with(tmp_path, _round())
    folder.chmod(0)
    try:
        data_folder = data_place.DataFolder(folder)
        assert data_folder.has_data() is True and data_folder.rounds() is None
        for operation in (lambda: store.rounds(folder), lambda: data_purge.purge(folder)):
            with pytest.raises(UsageError) as caught:
                operation()
            assert caught.value.code == "U064" and "ingen adgang" in str(caught.value)
    finally:
        folder.chmod(0o700)


@pytest.mark.skipif(not POSIX, reason="permission bits are POSIX")
def test_only_a_folder_felles_creates_or_owns_is_made_private(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        created = tmp_path / "new" / "data"
        _import(created)
        assert stat.S_IMODE(created.stat().st_mode) == 0o700
        assert stat.S_IMODE((created / store.ANSWERS).stat().st_mode) == 0o600
        assert stat.S_IMODE(created.parent.stat().st_mode) == 0o755  # a parent is not ours
        real = tmp_path / "shared"
        real.mkdir(mode=0o755)
        linked = tmp_path / "link"
        linked.symlink_to(real)
        _import(linked)
        assert stat.S_IMODE(real.stat().st_mode) == 0o755  # never chmod through a link
        assert stat.S_IMODE((real / store.ANSWERS).stat().st_mode) == 0o600
        data_purge.purge(linked)
        assert linked.is_symlink() and real.is_dir() and not any(real.iterdir())
    finally:
        os.umask(old)


# --- an older felles's folder ------------------------------------------------------------------


def test_a_folder_of_an_older_felles_is_read_converted_and_its_key_deleted(tmp_path: Path) -> None:
    from tests.helpers.survey import LEGACY_SCHEMA

    folder = tmp_path / "data"
    folder.mkdir()
    with sqlite3.connect(folder / store.ANSWERS) as db:
        db.executescript(LEGACY_SCHEMA)
        db.executemany(
            "INSERT INTO meta VALUES (?, ?)", [("programme", "faelles-om-ledelse"), ("schema", "1")]
        )
        db.execute("INSERT INTO rounds VALUES ('baseline', '2018-06-01', 4, 0)")
        db.executemany("INSERT INTO respondents VALUES ('baseline', ?)", [("a",), ("b",), ("c",)])
        db.executemany(
            "INSERT INTO answers VALUES ('baseline', ?, 'statement', 'data-1', ?)",
            [("a", 1), ("b", 5), ("c", 5)],
        )
        db.executemany(
            "INSERT INTO relations VALUES ('baseline', ?, ?, ?, ?, ?)",
            [
                ("a", "hyppighed", "b", 1, 3),  # a → b, b → a: mutual
                ("b", "hyppighed", "a", 1, 4),
                ("a", "hyppighed", "d", 0, 2),  # d did not answer
                ("c", "hyppighed", "a", 0, 1),  # below partner_from
                ("a", "oplevelse", "b", 1, 4),
                ("b", "oplevelse", "a", 1, 5),
            ],
        )
    db.close()
    (folder / store.KEYS).write_bytes(b"the old key")
    found = store.load_round(folder, "faelles-om-ledelse", "baseline", PARTNER)
    assert found is not None and found.respondents == 3
    assert sorted(found.items[("statement", "data-1")]) == [1, 5, 5]
    assert found.network == NetworkCounts("hyppighed", 2, 3, 3, 1, 1, 1)
    assert sorted(found.items[("relation", "oplevelse")]) == [4, 5] and found.raters == {
        "oplevelse": 2
    }
    purged = data_purge.purge_keys(folder, PARTNER)
    assert purged.converted and not purged.still_linkable
    assert sorted(p.name for p in folder.iterdir()) == [store.ANSWERS]
    raw = (folder / store.ANSWERS).read_bytes()
    assert not database_read.is_legacy(raw)
    again = store.load_round(folder, "faelles-om-ledelse", "baseline", PARTNER)
    assert again is not None and _same(again, found)


def test_keys_only_without_a_survey_says_the_old_answers_are_still_linkable(
    tmp_path: Path,
) -> None:
    from tests.helpers.survey import LEGACY_SCHEMA

    folder = tmp_path / "data"
    folder.mkdir()
    with sqlite3.connect(folder / store.ANSWERS) as db:
        db.executescript(LEGACY_SCHEMA)
    db.close()
    (folder / store.KEYS).write_bytes(b"key")
    purged = data_purge.purge_keys(folder, None)
    assert purged.files == [folder / store.KEYS] and purged.still_linkable


SCAN_NAMES = [
    *files.OURS,
    ".answers.sqlite3.1a2b3c4d.tmp",
    "answers.sqlite3-journal",
    "keys.sqlite3-wal",
    "noter.txt",
    ".answers.sqlite3.x",
]


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(names=st.lists(st.sampled_from(SCAN_NAMES), unique=True))
def test_scan_knows_our_files_from_others(
    tmp_path_factory: pytest.TempPathFactory, names: list[str]
) -> None:
    folder = tmp_path_factory.mktemp("scan")
    for name in names:
        (folder / name).write_bytes(b"")
    found = files.scan(folder)
    ours = {n for n in names if n not in ("noter.txt", ".answers.sqlite3.x")}
    assert {p.name for p in found.ours} == ours
    assert found.others == (len(ours) < len(names))


def test_a_folder_a_purge_removes_while_it_is_looked_at_is_simply_not_there(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The race seen under load: lstat finds the folder, a purge removes it, then scandir.
    from felles.survey import files

    folder = tmp_path / "data"
    folder.mkdir()
    real = os.scandir

    def gone(path: Any) -> Any:
        if Path(path) == folder:
            folder.rmdir()
        return real(path)

    monkeypatch.setattr(files.os, "scandir", gone)
    found = files.scan(folder)
    assert not found.exists and found.ours == [] and not found.others
