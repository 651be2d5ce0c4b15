"""felles.atomic: no hidden temporary file outlives a killed writer, and no hard links is fine.

A write killed between creating its temporary file and removing it (SIGKILL, a
power cut) leaves `.<name>.<pid>.<random>.tmp` behind. The next write of another
process into the same folder removes it; a live writer's file and anything that is
not one of ours stay.
"""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from felles import atomic

POSIX = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals and process ids")


def _temps(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


# --- no hard links: FAT/exFAT, SMB shares, Windows ---------------------------------


@pytest.mark.parametrize("code", [errno.EINVAL, errno.EPERM, errno.EOPNOTSUPP, errno.EXDEV])
def test_create_new_falls_back_when_the_file_system_has_no_hard_links(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int
) -> None:
    def no_links(src: object, dst: object) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(atomic.os, "link", no_links)
    target = tmp_path / "a.md"
    atomic.create_new(target, "første\n")
    assert target.read_text(encoding="utf-8") == "første\n"
    with pytest.raises(FileExistsError):
        atomic.create_new(target, "anden\n")
    assert target.read_text(encoding="utf-8") == "første\n"
    assert [p.name for p in tmp_path.iterdir()] == ["a.md"]


def test_windows_incorrect_function_counts_as_no_hard_links(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    class WindowsError(OSError):  # what os.link raises on FAT: winerror 1, errno EINVAL
        winerror = 1

    def no_links(src: object, dst: object) -> None:
        raise WindowsError(errno.EINVAL, "Incorrect function")

    monkeypatch.setattr(atomic.os, "link", no_links)
    target = tmp_path / "b.md"
    atomic.create_new(target, "tekst\n")
    assert target.read_text(encoding="utf-8") == "tekst\n"
    assert _temps(tmp_path) == []


def test_another_link_error_is_raised_and_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(src: object, dst: object) -> None:
        raise OSError(errno.EIO, "I/O error")

    monkeypatch.setattr(atomic.os, "link", broken)
    with pytest.raises(OSError, match="I/O"):
        atomic.create_new(tmp_path / "c.md", "tekst\n")
    assert list(tmp_path.iterdir()) == []


# --- leftovers of a killed writer --------------------------------------------------

# A writer that is killed (SIGKILL: no finally runs) right after its temporary file is
# written and before it gets its name.
_KILLED_WRITER = """
import os, signal, sys
from pathlib import Path
from felles import atomic

real_fill = atomic._fill
def fill_and_die(fd, data, path):
    real_fill(fd, data, path)
    os.kill(os.getpid(), signal.SIGKILL)
atomic._fill = fill_and_die
atomic.{function}(Path(sys.argv[1]), "halv\\n")
"""


@POSIX
@pytest.mark.parametrize("function", ["create_new", "replace"])
def test_the_next_write_removes_what_a_killed_writer_left(tmp_path: Path, function: str) -> None:
    target = tmp_path / "soeren-aakjaer.md"
    killed = subprocess.run(
        [sys.executable, "-c", _KILLED_WRITER.format(function=function), str(target)],
        check=False,
    )
    assert killed.returncode == -signal.SIGKILL
    [left] = _temps(tmp_path)
    assert atomic.is_temp(left) and left.startswith(".soeren-aakjaer.md.")
    assert not target.exists()
    # Another process writes another file into the folder: the leftover goes.
    subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from pathlib import Path; from felles.atomic import create_new; "
            "create_new(Path(sys.argv[1]), 'ny\\n')",
            str(tmp_path / "anden.md"),
        ],
        check=True,
    )
    assert _temps(tmp_path) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["anden.md"]


@POSIX
def test_a_live_writers_temporary_file_is_left_alone(tmp_path: Path) -> None:
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        live = tmp_path / atomic.temp_name("a.md", sleeper.pid, "0123abcd")
        live.write_text("skrives stadig", encoding="utf-8")
        assert atomic.sweep(tmp_path) == []
        assert live.exists()
    finally:
        sleeper.kill()
        sleeper.wait()
    # Gone (and reaped): now it is stale.
    assert atomic.sweep(tmp_path) == [live]
    assert not live.exists()


@POSIX
def test_a_killed_but_unreaped_writer_counts_as_gone(tmp_path: Path) -> None:
    if not Path("/proc/self/stat").exists():
        pytest.skip("no /proc")
    zombie = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    zombie.kill()
    time.sleep(0.3)  # dead, not waited for: a zombie
    try:
        left = tmp_path / atomic.temp_name("a.md", zombie.pid, "0123abcd")
        left.write_text("halv", encoding="utf-8")
        assert atomic.sweep(tmp_path) == [left]
    finally:
        zombie.wait()


def test_age_decides_where_the_process_cannot_be_asked(tmp_path: Path) -> None:
    """felles 0.1's names carry no process id; on Windows age is the only sign."""
    legacy = tmp_path / ".groups.yaml.0123abcd.tmp"
    legacy.write_text("halv", encoding="utf-8")
    mine = tmp_path / atomic.temp_name("b.md", os.getpid(), "89abcdef")
    mine.write_text("halv", encoding="utf-8")
    assert atomic.sweep(tmp_path) == []  # young: could be a live writer's
    later = time.time() + atomic.STALE_AFTER + 1
    assert sorted(atomic.sweep(tmp_path, now=later)) == sorted([legacy, mine])


@POSIX
def test_only_felles_temporary_files_are_ever_removed(tmp_path: Path) -> None:
    dead = 2**22 + 12345  # above Linux's pid_max default range: no such process
    names = [
        "notes.tmp",
        ".notes.tmp",
        ".a.md.tmp",
        f".a.md.{dead}.xyz.tmp",  # not 8 hex digits
        f".a.md.{dead}.0123abcd.tmp.bak",
        "a.md",
    ]
    for name in names:
        (tmp_path / name).write_text("mit", encoding="utf-8")
    folder = tmp_path / atomic.temp_name("d", dead, "0123abcd")
    folder.mkdir()  # a folder that happens to match
    link = tmp_path / atomic.temp_name("e", dead, "0123abcd")
    link.symlink_to(tmp_path / "a.md")
    ours = tmp_path / atomic.temp_name("f.md", dead, "0123abcd")
    ours.write_text("halv", encoding="utf-8")
    assert atomic.sweep(tmp_path) == [ours]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([*names, folder.name, link.name])


@POSIX
def test_a_killed_writers_leftover_is_ours_and_a_lookalike_is_a_persons(tmp_path: Path) -> None:
    """The one test of a temporary file (atomic.is_temp) is the survey data folder's too:
    what a killed import left is felles' (a purge takes it), a person's file that merely
    looks similar is not (a purge leaves it, and the folder)."""
    from felles.survey import files

    target = tmp_path / files.ANSWERS
    killed = subprocess.run(
        [sys.executable, "-c", _KILLED_WRITER.format(function="replace"), str(target)],
        check=False,
    )
    assert killed.returncode == -signal.SIGKILL
    [left] = _temps(tmp_path)
    assert atomic.is_temp(left, of=files.ANSWERS) and files.is_ours(left)
    assert not atomic.is_temp(left, of=files.KEYS)
    lookalikes = [
        f".{files.ANSWERS}.tmp",
        f".{files.ANSWERS}.backup.tmp",
        f".{files.ANSWERS}.kopi-fra-mandag.tmp",
        f"{files.ANSWERS}.0123abcd.tmp",
    ]
    for name in lookalikes:
        (tmp_path / name).write_text("mit", encoding="utf-8")
        assert not atomic.is_temp(name, of=files.ANSWERS) and not files.is_ours(name)
    found = files.scan(tmp_path)
    assert found.ours == [tmp_path / left] and found.others


def test_sweeping_a_folder_that_cannot_be_read_never_raises(tmp_path: Path) -> None:
    assert atomic.sweep(tmp_path / "findes-ikke") == []
    (tmp_path / "fil").write_text("x", encoding="utf-8")
    assert atomic.sweep(tmp_path / "fil") == []


@given(
    name=st.text(min_size=1, max_size=300).filter(lambda s: "/" not in s and "\x00" not in s),
    pid=st.integers(min_value=1, max_value=4_194_304),
    token=st.text("0123456789abcdef", min_size=8, max_size=8),
)
def test_every_temporary_name_is_recognised_and_fits_the_file_system(
    name: str, pid: int, token: str
) -> None:
    temp = atomic.temp_name(name, pid, token)
    assert atomic.is_temp(temp) and atomic.is_temp(temp, of=name)
    assert len(temp.encode("utf-8", "surrogatepass")) <= 255
    assert temp.startswith(".") and temp.endswith(f".{pid}.{token}.tmp")
