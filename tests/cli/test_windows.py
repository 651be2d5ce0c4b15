"""At home on Windows: UTF-8 whatever the console, file names Windows accepts, paths with '/'.

The encoding is tested with the real process: PYTHONIOENCODING=cp1252 is what Python on a
Danish Windows console does to a redirected standard output unless felles says otherwise.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from felles.findings import Finding
from felles.names import WINDOWS_RESERVED, slug, windows_reserved
from felles.render.reporters import as_json
from tests.helpers.content import edit, without_acceptance
from tests.helpers.drafts import draft_path, write_draft
from tests.helpers.run import Cli

SEMINAR = "seminar-aktiv-visionsledelse"


def _to_file(args: list[str], out: Path, content: Path, encoding: str = "cp1252") -> bytes:
    """felles with its standard output redirected into a file, as `felles … > out` does."""
    env = {k: v for k, v in os.environ.items() if k not in ("FELLES_CONTENT", "GITHUB_ACTIONS")}
    env |= {"PYTHONIOENCODING": encoding, "PYTHONUTF8": "0", "FELLES_CONTENT": str(content)}
    with out.open("wb") as handle:
        done = subprocess.run(
            [sys.executable, "-m", "felles", *args],
            stdout=handle,
            stderr=subprocess.PIPE,
            env=env,
            timeout=120,
            check=False,
        )
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    return out.read_bytes()


EXPORTS = {
    "agenda.md": ["export", "agenda", SEMINAR],
    "agenda.html": ["export", "agenda", SEMINAR, "--format", "html"],
    "phase.md": ["export", "agenda", "--phase", "aktiv-visionsledelse"],
    "forloeb.ics": ["export", "ics"],
    "bog.html": ["export", "grundlag"],
    "bog.md": ["export", "grundlag", "--format", "md"],
    "fund.json": ["validate", "--format", "json"],
    "fund.txt": ["validate", "--format", "github"],
    "naeste.json": ["next", "--format", "json", "--as-of", "2018-06-01", "20"],
    "naeste.txt": ["next", "--as-of", "2018-06-01", "20"],
    "status.json": ["grundlag", "status", "--format", "json"],
    "skabelon.csv": ["survey", "template", "baseline"],
    "skema.json": ["schema"],
}


@pytest.mark.parametrize("encoding", ["cp1252", "ascii"])
def test_every_export_into_a_file_is_utf8_whatever_the_console(
    cli: Cli, content: Path, tmp_path: Path, encoding: str
) -> None:
    leader = "Søren Aakjær"
    write_draft(cli, content, leader, status="udgivet", text="Vi gør det fælles – på tværs.")
    without_acceptance(content)  # a warning whose title holds "Fælles"
    for name, args in EXPORTS.items():
        data = _to_file(args, tmp_path / name, content, encoding)
        text = data.decode("utf-8")  # never the console's code page
        assert "\ufffd" not in text and "?" * 3 not in text, name
        if name != "skabelon.csv":  # the template's header is ids (ASCII) only
            assert any(word in text for word in ("Fælles", "ø", "æ", "å")), name
    bog = (tmp_path / "bog.html").read_text(encoding="utf-8")
    assert 'charset="utf-8"' in bog.lower() and "Fælles" in bog and leader in bog
    assert b"\r\r\n" not in (tmp_path / "forloeb.ics").read_bytes()  # CRLF stays CRLF
    assert b"\r\n" in (tmp_path / "forloeb.ics").read_bytes()
    json.loads((tmp_path / "fund.json").read_text(encoding="utf-8"))


def test_a_terminal_still_gets_text_its_console_can_show(tmp_path: Path, content: Path) -> None:
    """Only a redirected stream is made UTF-8: a console keeps its own encoding (here a
    pseudo-terminal with cp1252), where what it cannot show degrades to '?'."""
    if os.name == "nt":
        pytest.skip("a pseudo-terminal is POSIX")
    import pty

    env = {k: v for k, v in os.environ.items() if k != "GITHUB_ACTIONS"}
    env |= {"PYTHONIOENCODING": "cp1252", "FELLES_CONTENT": str(content), "NO_COLOR": "1"}
    code = (
        "import sys; from felles.cli import boundary; boundary._safe_streams(); "
        "print(sys.stdout.encoding)"
    )
    pid, fd = pty.fork()
    if pid == 0:  # the child: its stdout is the terminal
        os.execve(sys.executable, [sys.executable, "-c", code], env)
    chunks = []
    while True:
        try:
            chunk = os.read(fd, 1024)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.waitpid(pid, 0)
    assert b"".join(chunks).strip().lower() == b"cp1252"


# --- names Windows accepts ----------------------------------------------------------------


@pytest.mark.parametrize("name", ["Nul", "CON", "aux", "Com1", "LPT9", "prn"])
def test_a_leader_named_like_a_windows_device_gets_a_draft_windows_accepts(
    cli: Cli, content: Path, name: str
) -> None:
    groups = content / "groups.yaml"
    edit(groups, "      - name: Søren Aakjær\n", f"      - name: {name}\n")
    made = cli("grundlag", "new", name, "--content", content, "--as-of", "2018-06-08")
    assert made.code == 0, made.output
    [draft] = (content / "ledelsesgrundlag").glob("*.md")
    assert draft == draft_path(content, name)
    assert not windows_reserved(draft.name) and draft.stem.lower() not in WINDOWS_RESERVED
    assert draft.stem.startswith(name.lower() + "-")  # still recognisable
    result = cli("validate", "--content", content)
    assert result.code == 0, result.output  # the draft is found under its name (no E404)


def test_windows_reserved_names() -> None:
    for name in ["nul.md", "NUL", "Con.tar.gz", "com1.md", "LPT9.txt", "aux", "x.", "x "]:
        assert windows_reserved(name), name
    for name in ["nul-1.md", "null.md", "con0.md", "com10.md", "console.md", "x.md", "lpt.md"]:
        assert not windows_reserved(name), name


@given(st.text(max_size=300))
def test_every_slug_is_a_file_name_windows_accepts(name: str) -> None:
    found = slug(name)
    if not found:
        return
    file = f"{found}.md"
    assert not windows_reserved(file) and not windows_reserved(found)
    assert found == found.lower() and found.isascii()
    # ledelsesgrundlag/<slug>.md inside a content repository of normal depth stays far inside
    # Windows' 260 characters: C:\Users\<20>\Documents\<40>\content\ledelsesgrundlag\
    assert len(file) <= 100
    assert slug(found) == found  # a slug given back as a name is itself


@given(st.sampled_from(sorted(WINDOWS_RESERVED)), st.sampled_from(["", " ", ".", "!", "\u00a0"]))
def test_reserved_words_never_become_slugs(word: str, around: str) -> None:
    for name in (word, word.upper(), f"{around}{word.title()}{around}"):
        assert slug(name).split("-")[0] == slug(word).split("-")[0]
        assert slug(name).lower() not in WINDOWS_RESERVED


def test_two_leaders_whose_drafts_would_share_a_file_are_an_error(cli: Cli, content: Path) -> None:
    groups = content / "groups.yaml"
    # '•' falls away in a file name: both would be ledelsesgrundlag/jenshansen.md
    edit(groups, "      - name: Søren Aakjær\n", "      - name: Jens•Hansen\n")
    edit(groups, "      - name: Hosea Dutschke\n", "      - name: JensHansen\n")
    result = cli("validate", "--content", content, "--format", "json")
    assert result.code == 1
    [finding] = [f for f in json.loads(result.out) if f["code"] == "E360"]
    assert finding["path"].endswith("groups.yaml") and finding["line"]
    assert "»JensHansen« og »Jens•Hansen« får samme fil" in finding["message"]
    assert "(jenshansen.md)" in finding["message"]
    # the same name twice is E303's, not E360's
    edit(groups, "      - name: JensHansen\n", "      - name: Jens Hansen\n")
    edit(groups, "      - name: Jens•Hansen\n", "      - name: Jens  Hansen\n")
    again = cli("validate", "--content", content, "--format", "json")
    codes = [f["code"] for f in json.loads(again.out)]
    assert "E303" in codes and "E360" not in codes


# --- paths with '/' ----------------------------------------------------------------------


def test_json_findings_have_forward_slashes_on_windows() -> None:
    finding = Finding("content\\phases\\01-x.md", 3, 1, "E203", {})
    [document] = as_json([finding], sep="\\")
    assert json.loads(document)[0]["path"] == "content/phases/01-x.md"


def test_validate_json_paths_have_no_backslash(cli: Cli, content: Path) -> None:
    edit(content / "groups.yaml", "  - number: 2\n", "  - number: to\n")
    result = cli("validate", "--content", content, "--format", "json")
    paths = [f["path"] for f in json.loads(result.out)]
    assert paths and all("\\" not in path and "/" in path for path in paths)


def test_an_activity_in_pairs_named_like_a_device_is_warned_and_never_written(
    cli: Cli, content: Path
) -> None:
    phase = content / "phases" / "03-graensekrydsende-samarbejde.md"
    edit(phase, "  - id: jobbesoeg-graensekrydsende-samarbejde\n", "  - id: aux\n")
    result = cli("validate", "--content", content, "--format", "json")
    [warning] = [f for f in json.loads(result.out) if f["code"] == "W330"]
    assert warning["severity"] == "warning" and warning["path"].endswith(
        "03-graensekrydsende-samarbejde.md"
    )
    assert "pairs/aux.yaml" in warning["message"]
    made = cli("pair", "aux", "--content", content, "--seed", "1")
    assert made.code == 2 and "pairs/aux.yaml er et filnavn, Windows ikke kan have" in made.err
    assert made.err.count("\n") == 1 and not (content / "pairs").exists()
