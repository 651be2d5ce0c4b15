"""felles.atomic: whole files or none, and a leader's draft is never overwritten."""

from __future__ import annotations

import errno
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from felles import atomic

POSIX = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals and shells")


@POSIX
def test_a_killed_write_leaves_the_old_file_or_the_new_one(tmp_path: Path) -> None:
    target = tmp_path / "draft.md"
    old, new_a, new_b = "gammel\n" * 100_000, "A" * 3_000_000, "B" * 3_000_000
    target.write_text(old, encoding="utf-8")
    writer = (
        "import sys\nfrom pathlib import Path\nfrom felles.atomic import replace\n"
        f"p = Path({str(target)!r})\n"
        "replace(p, 'A' * 3_000_000)\nsys.stdout.write('go\\n')\nsys.stdout.flush()\n"
        "while True:\n    replace(p, 'B' * 3_000_000)\n    replace(p, 'A' * 3_000_000)\n"
    )
    seen = set()
    for delay in (0.0, 0.01, 0.05, 0.13, 0.31):
        target.write_text(old, encoding="utf-8")
        process = subprocess.Popen([sys.executable, "-c", writer], stdout=subprocess.PIPE)
        assert process.stdout is not None
        assert process.stdout.readline() == b"go\n"  # the writer really is writing
        time.sleep(delay)
        process.kill()
        process.wait()
        process.stdout.close()
        text = target.read_text(encoding="utf-8")
        assert text in (new_a, new_b), (len(text), text[:10])
        seen.add(text[0])
    assert seen <= {"A", "B"}


def test_without_hard_links_it_still_never_overwrites(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_links(src: object, dst: object) -> None:
        raise PermissionError(errno.EPERM, "no hard links here")

    monkeypatch.setattr(atomic.os, "link", no_links)
    target = tmp_path / "a.md"
    atomic.create_new(target, "første\n")
    assert target.read_text(encoding="utf-8") == "første\n"
    with pytest.raises(FileExistsError):
        atomic.create_new(target, "anden\n")
    assert target.read_text(encoding="utf-8") == "første\n"
    assert [p.name for p in tmp_path.iterdir()] == ["a.md"]


def test_racing_creators_leave_exactly_one_whole_file(tmp_path: Path) -> None:
    target = tmp_path / "race.md"
    texts = [f"{n}\n" * 5000 for n in range(16)]
    won: list[str] = []
    barrier = threading.Barrier(len(texts))

    def create(text: str) -> None:
        barrier.wait()
        try:
            atomic.create_new(target, text)
            won.append(text)
        except FileExistsError:
            pass

    threads = [threading.Thread(target=create, args=(text,)) for text in texts]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(won) == 1
    assert target.read_text(encoding="utf-8") == won[0]
    assert [p.name for p in tmp_path.iterdir()] == ["race.md"]


def test_replace_swaps_the_whole_file_and_keeps_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "a.md"
    target.write_text("gammel\r\n", encoding="utf-8")
    target.chmod(0o640)
    atomic.replace(target, "ny\r\n")
    assert target.read_bytes() == b"ny\r\n"
    assert target.stat().st_mode & 0o777 == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["a.md"]
