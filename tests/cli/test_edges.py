"""What a user can type or put in the content never ends in exit 3: the edges.

Dates at the edges of the calendar, on the command line; time zones; looping links;
names and paths too long for the file system; closed or full output streams. Each
gives one Danish line and exit 1 or 2.
"""

from __future__ import annotations

import errno
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from felles import atomic
from tests.helpers.content import edit
from tests.helpers.run import Cli

EDGES = [
    "9999-12-31",
    "31.12.9999",
    "9999-W52",
    "uge 52 9999",
    "0001-01-01",
    "1.1.0001",
    "1899-12-31",
]


@pytest.mark.parametrize("day", EDGES)
@pytest.mark.parametrize("option", ["--as-of", "--until"])
def test_a_date_at_the_edge_of_the_calendar_on_the_command_line_is_wrong_use(
    cli: Cli, day: str, option: str
) -> None:
    args = (
        ["next", option, day]
        if option == "--as-of"
        else ["next", "--as-of", "2018-06-01", option, day]
    )
    result = cli(*args)
    assert result.code == 2, result.err
    assert result.err.count("\n") == 1 and "mellem 1900 og 2999" in result.err


@pytest.mark.parametrize("command", [["validate"], ["export", "site", "-o", "SITE"]])
def test_edge_dates_elsewhere_are_wrong_use_too(
    cli: Cli, command: list[str], tmp_path: Path
) -> None:
    args = [str(tmp_path / "site") if arg == "SITE" else arg for arg in command]
    result = cli(*args, "--as-of", "9999-12-31")
    assert result.code == 2 and "mellem 1900 og 2999" in result.err


# --- names that are not Latin, and names too long for a file name -----------------------

NON_LATIN = ["王伟", "李娜", "Ляйсан Утяшева", "Σοφία Παππά", "Søren 王"]
LONG_NAME = "Langt Navn " * 25 + "Slut"  # 279 characters: more than a file name may hold


def _with_leaders(content: Path, names: list[str]) -> None:
    extra = "".join(f"      - name: {name}\n" for name in names)
    edit(
        content / "groups.yaml",
        "      - name: Niels Højberg\n",
        "      - name: Niels Højberg\n" + extra,
    )


def test_leaders_without_latin_letters_are_distinct_people_with_their_own_files(
    cli: Cli, content: Path
) -> None:
    _with_leaders(content, NON_LATIN)
    validate = cli("validate", "--content", content)
    assert validate.code == 0 and "E303" not in validate.out, validate.out
    made = cli("grundlag", "new", "--all", "--content", content, "--as-of", "2018-06-08")
    assert made.code == 0, made.err
    drafts = sorted((content / "ledelsesgrundlag").iterdir())
    assert len(drafts) == 38 + len(NON_LATIN)
    names = [p.name for p in drafts]
    assert len(set(names)) == len(names) and all(n.isascii() and len(n) > 3 for n in names)
    assert cli("validate", "--content", content).code == 0
    # Each can be found by name, and the survey tells them apart.
    for name in NON_LATIN:
        assert (
            cli("next", "--leader", name, "--content", content, "--as-of", "2018-06-01").code == 0
        )
    template = cli("survey", "template", "baseline", "--content", content)
    header = template.out.splitlines()[0].split(";")
    assert len(header) == len(set(header))


def test_a_name_longer_than_a_file_name_gets_a_draft_all_the_same(cli: Cli, content: Path) -> None:
    _with_leaders(content, [LONG_NAME])
    for args in (["grundlag", "new", LONG_NAME], ["grundlag", "status"], ["validate"]):
        result = cli(*args, "--content", content)
        assert result.code == 0, (args, result.err)
    [draft] = [p for p in (content / "ledelsesgrundlag").iterdir()]
    assert len(draft.name) < 100
    assert cli("grundlag", "check", draft, "--content", content).code == 0


@pytest.mark.parametrize(
    "args",
    [
        ["validate", "--content", "x" * 300],
        ["next", "--content", "/tmp/" + "x" * 300 + "/content"],
        ["grundlag", "check", "x" * 300 + ".md"],
        ["next", "--leader", "x" * 5000],
        ["export", "agenda", "x" * 5000],
    ],
)
def test_a_path_or_name_too_long_on_the_command_line_is_one_danish_line(
    cli: Cli, content: Path, args: list[str]
) -> None:
    if "--content" not in args:
        args = [*args, "--content", str(content)]
    result = cli(*args)
    assert result.code == 2, result.err
    assert result.err.count("\n") == 1 and "uventet" not in result.err


# --- content that cannot be written ------------------------------------------------------


@pytest.mark.parametrize(
    ("failure", "words"),
    [
        (errno.ENOSPC, "der er ikke plads på drevet"),
        (errno.EROFS, "drevet er skrivebeskyttet"),
        (errno.EACCES, "ingen adgang"),
        (errno.EDQUOT, "kvoten"),
    ],
)
@pytest.mark.parametrize("every", [False, True])
def test_grundlag_new_on_content_that_cannot_be_written_says_so(
    cli: Cli, content: Path, monkeypatch: pytest.MonkeyPatch, failure: int, words: str, every: bool
) -> None:
    def refuse(path: Path, *args: object) -> Path:
        raise OSError(failure, os.strerror(failure), str(path))

    monkeypatch.setattr(atomic, "_write_temp", refuse)
    args = ["--all"] if every else ["Søren Aakjær"]
    result = cli("grundlag", "new", *args, "--content", content)
    assert result.code == 2
    # The draft it could not write, named, and the machine's reason in Danish.
    assert re.search(r"kan ikke skrive \S*ledelsesgrundlag[/\\]\S+\.md: ", result.err), result.err
    assert words in result.err and "uventet" not in result.err
    assert list((content / "ledelsesgrundlag").glob("*")) == []  # nothing half-made


# --- closed and full streams --------------------------------------------------------------

POSIX = pytest.mark.skipif(sys.platform == "win32", reason="POSIX shell redirections")


STDOUT_LOST = {
    ">&-": "felles: kan ikke skrive til standardoutput: den er lukket",
    "> /dev/full": "felles: kan ikke skrive til standardoutput: der er ikke plads på drevet",
}


@POSIX
@pytest.mark.parametrize(
    "redirect", [">&-", "> /dev/full", "2>&-", "2>/dev/full", "<&-", "<&- >&- 2>&-"]
)
@pytest.mark.parametrize(
    ("command", "writes_output"),
    [
        ("next --as-of 2018-11-01", True),
        ("next --as-of 2018-11-01 --format json", True),
        ("validate", True),
        ("export ics", True),
        ("--help", True),
        ("survey purge --yes", False),  # nothing to delete: it only says so, on stderr
    ],
)
def test_closed_or_full_streams_give_one_danish_line_never_a_traceback(
    command: str, writes_output: bool, redirect: str, tmp_path: Path
) -> None:
    env = {**os.environ, "FELLES_DATA": str(tmp_path / "data")}
    env.pop("FELLES_CONTENT", None)
    errors = tmp_path / "err"
    capture = "" if "2>" in redirect else f" 2>{errors}"
    done = subprocess.run(
        f"{shlex.quote(sys.executable)} -m felles {command} {redirect}{capture}",
        shell=True,
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=60,
        check=False,
    )
    said = errors.read_text(encoding="utf-8") if errors.exists() else ""
    assert "Traceback" not in said + done.stderr and "Exception ignored" not in said + done.stderr
    assert done.returncode in (0, 1), said
    lost = redirect in STDOUT_LOST or redirect == "<&- >&- 2>&-"
    assert done.returncode == (1 if writes_output and lost else 0), said
    if writes_output and redirect in STDOUT_LOST:
        assert said.splitlines()[-1] == STDOUT_LOST[redirect]


# --- a terminal too narrow for the table --------------------------------------------------


def _on_terminal(args: list[str], columns: int) -> str:
    """felles run with stdout on a pseudo-terminal of `columns` columns; what it printed."""
    import fcntl
    import pty
    import struct
    import termios

    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 50, columns, 0, 0))
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "COLUMNS", "LINES")}
    env["TERM"] = "xterm"
    done = subprocess.run(
        [sys.executable, "-m", "felles", *args],
        stdout=follower,
        stderr=subprocess.PIPE,
        env=env,
        timeout=60,
        check=False,
    )
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(leader)
    assert done.returncode == 0, done.stderr
    return b"".join(chunks).decode("utf-8", "replace")


@POSIX
@pytest.mark.parametrize(
    ("args", "wide"),
    [(["next", "--as-of", "2018-11-01", "--type", "seminar"], 100), (["grundlag", "status"], 70)],
)
def test_a_terminal_too_narrow_for_the_table_gets_plain_lines(args: list[str], wide: int) -> None:
    narrow = _on_terminal(args, wide - 1)
    assert "…" not in narrow and not any(box in narrow for box in "┃│┏━")
    assert (
        "Fælles seminar: Ledelsesgrundlag og visionsledelse" in narrow or "Søren Aakjær" in narrow
    )
    table = _on_terminal(args, 200)
    assert any(box in table for box in "┃│┏━")
