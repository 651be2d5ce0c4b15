"""The cache of `felles next` (felles/content/cache.py) never shows stale content, over the
small programme of tests/helpers/tree.py (the `content` fixture).

Whatever changes in the programme files (an edit of the same size with its old time put
back, a phase added, renamed or removed, a file made broken), the next run sees it;
a damaged cache is ignored; broken or freshly written content is never cached; and
replayed content is the content, finding for finding.
"""

from __future__ import annotations

import os
import random
import sys
import time
from pathlib import Path

import hypothesis
import pytest
from hypothesis import strategies as st

from felles.content import cache
from felles.content.cache import cache_dir, load_cached
from felles.content.load import Content, load
from felles.content.locate import ContentDir
from tests.helpers.run import Cli
from tests.helpers.tree import edit

OLD = time.time() - 3600


def _age(content: Path) -> None:
    """Make every file an hour old, as content that was not just written."""
    for path in content.rglob("*"):
        os.utime(path, (OLD, OLD))


def _environ(tmp_path: Path) -> dict[str, str]:
    return {"FELLES_CACHE": str(tmp_path / "cache")}


def _summary(loaded: Content) -> tuple[object, ...]:
    return (
        loaded.programme,
        loaded.goals,
        loaded.groups,
        [(p.meta, p.display, p.doc.positions, p.doc.body, p.doc.path) for p in loaded.phases],
        loaded.findings,
    )


def _cached(content: Path, tmp_path: Path) -> Content:
    return load_cached(ContentDir(content, "option"), tmp_path, _environ(tmp_path))


def _cache_files(tmp_path: Path) -> list[Path]:
    folder = tmp_path / "cache"
    return sorted(folder.iterdir()) if folder.is_dir() else []


def test_replayed_content_is_the_content(
    content: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _age(content)
    first = _cached(content, tmp_path)
    assert len(_cache_files(tmp_path)) == 1
    fresh = load(ContentDir(content, "option"), tmp_path)

    def no_reading(path: Path) -> None:
        raise AssertionError(f"{path} was read, not replayed")

    from felles.content import reader

    monkeypatch.setattr(reader, "read_yaml", no_reading)
    monkeypatch.setattr(reader, "read_front_matter", no_reading)
    replayed = _cached(content, tmp_path)
    assert _summary(replayed) == _summary(first) == _summary(fresh)


@pytest.mark.parametrize(
    "change",
    ["same size, old time back", "a phase added", "a phase removed", "a phase renamed", "broken"],
)
def test_every_change_is_seen(content: Path, tmp_path: Path, change: str) -> None:
    _age(content)
    _cached(content, tmp_path)  # writes the cache
    phase = content / "phases" / "02-opfoelgning.md"
    if change == "same size, old time back":
        edit(phase, "title: Opfølgning", "title: OpfølgNING")
        os.utime(phase, (OLD, OLD))  # size and mtime as before: only ctime tells
    elif change == "a phase added":
        (content / "phases" / "09-ny.md").write_text(
            phase.read_text(encoding="utf-8").replace("id: opfoelgning", "id: ny"),
            encoding="utf-8",
        )
    elif change == "a phase removed":
        phase.unlink()
    elif change == "a phase renamed":
        phase.rename(content / "phases" / "02-omdoebt.md")
    else:
        edit(content / "groups.yaml", "groups:", "groups: [")
    replayed = _cached(content, tmp_path)
    fresh = load(ContentDir(content, "option"), tmp_path)
    assert _summary(replayed) == _summary(fresh)


def test_broken_or_fresh_content_is_never_cached(content: Path, tmp_path: Path) -> None:
    edit(content / "groups.yaml", "groups:", "groups: [")
    _age(content)
    broken = _cached(content, tmp_path)
    assert broken.findings and _cache_files(tmp_path) == []
    edit(content / "groups.yaml", "groups: [", "groups:")  # just written: not settled
    assert not _cached(content, tmp_path).findings
    assert _cache_files(tmp_path) == []


# Random bytes, but the same every run: a run is repeatable, and pytest-xdist's workers
# collect the same tests.
NOISE = random.Random(111).randbytes(2050)


@pytest.mark.parametrize(
    "damage",
    [b"", b"\x00" * 100, NOISE[:2000], b"\xe3" + NOISE[2000:]],
    ids=["empty", "nul", "noise", "utf8-start"],
)
def test_a_damaged_cache_is_ignored(content: Path, tmp_path: Path, damage: bytes) -> None:
    _age(content)
    _cached(content, tmp_path)
    [stored] = _cache_files(tmp_path)
    stored.write_bytes(damage)
    assert _summary(_cached(content, tmp_path)) == _summary(
        load(ContentDir(content, "option"), tmp_path)
    )


def test_the_cache_can_be_turned_off_and_lives_in_the_users_cache_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cache_dir({"FELLES_CACHE": "0"}) is None
    assert cache_dir({"FELLES_CACHE": str(tmp_path)}) == tmp_path
    assert cache_dir({"FELLES_CACHE": f"  {tmp_path}  "}) == tmp_path
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    if os.name != "nt":
        assert cache_dir({}) in (
            tmp_path / "xdg" / "felles",
            Path.home() / "Library" / "Caches" / "felles",
        )
    assert cache_dir({"FELLES_CACHE": ""}) == cache_dir({})


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the XDG folders are Linux's")
def test_on_linux_the_cache_is_the_xdg_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_dir({}) == tmp_path / "xdg" / "felles"
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert cache_dir({}) == tmp_path / "home" / ".cache" / "felles"
    monkeypatch.setenv("XDG_CACHE_HOME", "  ")
    assert cache_dir({}) == tmp_path / "home" / ".cache" / "felles"


def test_next_shows_an_edit_made_after_the_cache(cli: Cli, content: Path) -> None:
    _age(content)
    before = cli("next", "--as-of", "2027-01-01", "--type", "seminar", "--content", content)
    again = cli("next", "--as-of", "2027-01-01", "--type", "seminar", "--content", content)
    assert before == again
    assert "Seminar: Fælles retning" in before.out
    edit(content / "phases" / "01-opstart.md", '"Seminar: Fælles retning"', '"Seminar: Nyt navn"')
    after = cli("next", "--as-of", "2027-01-01", "--type", "seminar", "--content", content)
    assert "Seminar: Nyt navn" in after.out


@pytest.mark.parametrize("value", ["1", "on", "true", "yes", "off", "~", "cache", "./cache"])
def test_felles_cache_is_a_full_path_0_or_empty(
    cli: Cli, content: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    """Anything else would make cache folders inside the content (run from there)."""
    _age(content)
    monkeypatch.chdir(content)
    monkeypatch.setenv("FELLES_CACHE", value)
    before = sorted(p.name for p in content.rglob("*"))
    result = cli("next", "--as-of", "2018-06-01")
    assert result.code == 2 and result.out == ""
    assert f"FELLES_CACHE=»{value}«" in result.err and "fuld sti" in result.err
    assert sorted(p.name for p in content.rglob("*")) == before


def _planted(content: Path, tmp_path: Path) -> Path:
    """A cache of `content` whose phase 1 title someone else changed afterwards."""
    import marshal

    _age(content)
    _cached(content, tmp_path)
    [stored] = _cache_files(tmp_path)
    data = marshal.loads(stored.read_bytes())
    for document in data["documents"].values():
        if document[0].get("title") == "Opstart":
            document[0]["title"] = "Plantet af en anden"
    stored.write_bytes(marshal.dumps(data))
    return stored


@pytest.mark.skipif(os.name != "posix", reason="owners and mode bits are POSIX")
def test_a_cache_others_can_write_is_never_read(
    cli: Cli, content: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stored = _planted(content, tmp_path)
    folder = stored.parent
    env = _environ(tmp_path)
    assert _cached(content, tmp_path).phases[0].meta.title == "Plantet af en anden"  # private
    notes: list[str] = []
    for shared in (folder, stored):
        shared.chmod(0o777 if shared == folder else 0o666)
        loaded = load_cached(ContentDir(content, "option"), tmp_path, env, notes.append)
        assert loaded.phases[0].meta.title == "Opstart"
        shared.chmod(0o700 if shared == folder else 0o600)
    assert notes == [
        f"Cachen {folder} bruges ikke: andre brugere kan skrive i den.",
        f"Cachen {stored} bruges ikke: andre brugere kan skrive i den.",
    ]
    folder.chmod(0o777)
    monkeypatch.setenv("FELLES_CACHE", env["FELLES_CACHE"])
    quiet = cli("next", "--as-of", "2027-01-01", "--content", content)
    told = cli("next", "--as-of", "2027-01-01", "--content", content, "-v")
    assert "Plantet" not in quiet.out + told.out and "bruges ikke" not in quiet.err
    assert told.err.count("bruges ikke: andre brugere kan skrive i den") == 1


@pytest.mark.skipif(os.name != "posix" or os.geteuid() != 0, reason="giving a file away takes root")
def test_a_cache_file_of_another_user_is_never_read(content: Path, tmp_path: Path) -> None:
    stored = _planted(content, tmp_path)
    os.chown(stored, 65534, 65534)
    notes: list[str] = []
    loaded = load_cached(ContentDir(content, "option"), tmp_path, _environ(tmp_path), notes.append)
    assert loaded.phases[0].meta.title == "Opstart"
    assert notes == [f"Cachen {stored} bruges ikke: den ejes af en anden bruger."]


def test_every_module_that_reads_the_content_stamps_the_cache() -> None:
    """A module added to content/ (or the ground floor) is in the key without a list to
    keep: yaml_events.py and flat.py were once missing from a hand-kept one."""
    package = Path(cache.__file__).resolve().parents[1]
    stamped = {name for name, _ in cache._code_stamps()}
    modules = {p.name for p in (package / "content").glob("*.py")}
    modules |= {p.name for p in package.glob("*.py")}
    assert stamped == modules
    assert {"yaml_events.py", "flat.py", "reader.py", "dates.py"} <= stamped


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the XDG rule is written out")
@hypothesis.settings(max_examples=60, suppress_health_check=[hypothesis.HealthCheck.too_slow])
@hypothesis.given(
    xdg=st.one_of(
        st.none(),
        st.sampled_from(["", "  ", "/tmp/xdg", " /tmp/xdg ", "relative/xdg", "~/xdg", "/"]),
        st.text(st.characters(codec="utf-8", exclude_characters="\x00"), max_size=12),
    )
)
def test_the_linux_cache_folder_is_platformdirs_own(xdg: str | None) -> None:
    """felles writes the XDG rule out (platformdirs' import costs a tenth of `felles next`);
    it must give exactly the folder platformdirs gives, whatever XDG_CACHE_HOME holds."""
    import platformdirs

    saved = os.environ.get("XDG_CACHE_HOME")
    try:
        if xdg is None:
            os.environ.pop("XDG_CACHE_HOME", None)
        else:
            os.environ["XDG_CACHE_HOME"] = xdg
        assert cache_dir({}) == platformdirs.user_cache_path("felles", appauthor=False)
    finally:
        if saved is None:
            os.environ.pop("XDG_CACHE_HOME", None)
        else:
            os.environ["XDG_CACHE_HOME"] = saved
