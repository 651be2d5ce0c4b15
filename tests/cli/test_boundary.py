"""The error boundary, signals, pipes, locales, atomic writes, and properties of the reader."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import SHIPPED, Result
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import felles
from felles.checks import check
from felles.content import load as content_module
from felles.content.drafts import draft_path, drafts_dir
from felles.content.load import load
from felles.content.locate import ContentDir
from felles.content.reader import parse_yaml, read_text
from felles.errors import ExitCode
from felles.names import slug

Cli = Callable[..., Result]
Proc = Callable[..., subprocess.CompletedProcess[str]]
POSIX = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals and shells")


# --- the error boundary -----------------------------------------------------------


def test_unexpected_error_is_short_danish_and_exits_3(
    cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    secret = "Søren Aakjærs fortrolige udkast"

    def broken(*args: Any, **kwargs: Any) -> None:
        leaked = secret  # a local that must never be shown
        raise RuntimeError(leaked)

    monkeypatch.setattr(content_module, "load", broken)
    result = cli("validate", "--content", SHIPPED)
    assert result.code == ExitCode.UNEXPECTED == 3
    assert "uventet fejl (RuntimeError)" in result.err
    assert "version 0.1.0" in result.err and "felles validate" in result.err
    assert secret not in result.output and "Traceback" not in result.output


def test_ctrl_c_exits_130_quietly(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(*args: Any, **kwargs: Any) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(content_module, "load", interrupted)
    result = cli("validate", "--content", SHIPPED)
    assert result.code == 130 and "Traceback" not in result.output


PACKAGE = str(Path(felles.__file__).parent)


@POSIX
@pytest.mark.parametrize("delay", [0.02, 0.1, 0.25, 0.5])
def test_real_sigint_at_any_moment_never_shows_a_traceback(delay: float) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "felles", "validate", "--content", str(SHIPPED)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )
    time.sleep(delay)
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=30)
    # Python's own start-up (before any felles code runs) may still be importing `site` or
    # `runpy`: it reports that itself, and no frame of it lies in felles.
    frames = [line for line in err.splitlines() if line.lstrip().startswith("File ")]
    python_itself = bool(frames) and not any(PACKAGE in line for line in frames)
    assert "Traceback" not in out + err or python_itself, err
    # 130 from felles; -SIGINT when Python itself stops quietly before or after felles runs.
    assert process.returncode in (0, 130, -signal.SIGINT) or python_itself, (
        process.returncode,
        err,
    )


@POSIX
def test_broken_pipe_exits_quietly(tmp_path: Path) -> None:
    content = tmp_path / "content"
    import shutil

    shutil.copytree(SHIPPED, content)
    phase = content / "phases" / "09-many.md"
    activities = "".join(
        # Thousands of warnings (outside the phase): exit 0, so only the pipe can fail it.
        f"  - id: a{i}\n    type: møde\n    title: M\n    when: 2019-03-0{1 + i % 9}\n"
        for i in range(3000)
    )
    phase.write_text(
        f"---\nid: many\nnumber: 9\ntitle: M\nperiod:\n  start: 2025-02\n"
        f"activities:\n{activities}---\n",
        encoding="utf-8",
    )
    felles = f"'{sys.executable}' -m felles validate --content '{content}'"
    shell = f"set -o pipefail; {felles} | head -1"
    result = subprocess.run(
        ["bash", "-c", shell],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=False,
    )
    assert result.stdout.count("\n") == 1 and ": W301 " in result.stdout
    assert result.stderr == ""
    assert result.returncode == 0  # felles' own exit code (pipefail), not just head's


def test_unreadable_file_is_a_finding(
    cli: Cli, content: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_open = Path.open

    def no_access(self: Path, *args: Any, **kwargs: Any) -> Any:
        if self.name == "groups.yaml":
            raise PermissionError(13, "Permission denied")
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", no_access)
    result = cli("validate", "--content", content)
    assert result.code == 1
    assert "groups.yaml: E101 filen kan ikke læses: ingen adgang" in result.out


# --- locales and consoles -------------------------------------------------------------


@pytest.mark.parametrize(
    "env",
    [
        {"LANG": "C", "LC_ALL": "C"},
        {"LANG": "C", "LC_ALL": "C", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0"},
        {"PYTHONIOENCODING": "cp1252"},
        {"PYTHONIOENCODING": "ascii"},
    ],
)
def test_any_locale_or_console_encoding(felles_process: Proc, env: dict[str, str]) -> None:
    clean = {
        k: v
        for k, v in os.environ.items()
        if k not in ("LANG", "LC_ALL", "LC_CTYPE", "PYTHONIOENCODING", "PYTHONUTF8")
    }
    process = subprocess.run(
        [sys.executable, "-m", "felles", "validate", "--content", str(SHIPPED)],
        capture_output=True,
        env={**clean, **env},
        timeout=60,
        check=False,
    )
    assert process.returncode == 0, process.stderr
    assert b"Traceback" not in process.stderr
    if env.get("PYTHONIOENCODING") == "cp1252":
        assert "læringsmål".encode("cp1252") in process.stdout
    else:
        out = process.stdout.decode("utf-8")
        assert "læringsmål" in out or "l?ringsm?l" in out


def test_files_are_read_as_utf8_whatever_the_locale(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import locale

    monkeypatch.setattr(locale, "getpreferredencoding", lambda *a: "cp1252")
    path = tmp_path / "x.yaml"
    path.write_bytes("navn: Søren Aakjær\n".encode())
    assert "Søren Aakjær" in read_text(path)


# --- atomic writes ------------------------------------------------------------------------


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


# --- properties ------------------------------------------------------------------------

_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=30)
_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    _text,
    st.sampled_from(["12:00", "no", "on", "0150", "2018-02-30", "~", "1e3"]),
)
_values = st.recursive(
    _scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(_text, inner, max_size=4)),
    max_leaves=12,
)
_FIELDS = ["id", "number", "title", "period", "goal", "activities", "titel", "x"]


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(front=st.dictionaries(st.sampled_from(_FIELDS) | _text, _values, max_size=6))
def test_random_front_matter_never_makes_validate_raise(
    front: dict[Any, Any], content: Path
) -> None:
    phase = content / "phases" / "09-random.md"
    phase.write_text(
        "---\n" + yaml.safe_dump(front, allow_unicode=True) + "---\nTekst\n", encoding="utf-8"
    )
    loaded = load(ContentDir(content, "option"), content)
    for finding in [*loaded.findings, *check(loaded)]:
        assert finding.message and finding.code[0] in "EW"


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_random_bytes_never_make_the_reader_raise_anything_unexpected(data: bytes) -> None:
    from felles.errors import ReadError

    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return
    try:
        parse_yaml(text)
    except ReadError as error:
        assert error.code.startswith("E1")


@settings(max_examples=200, deadline=None)
@given(
    keys=st.lists(
        st.from_regex(r"[a-z][a-z_]{0,10}", fullmatch=True), min_size=1, max_size=8, unique=True
    ),
    values=st.lists(_scalars, min_size=8, max_size=8),
    nested=st.booleans(),
)
def test_line_numbers_point_at_the_key(keys: list[str], values: list[Any], nested: bool) -> None:
    data: dict[str, Any] = dict(zip(keys, values, strict=False))
    document = {"top": data, "after": 1} if nested else data
    text = yaml.safe_dump(document, allow_unicode=True, sort_keys=False, width=10_000)
    _, positions = parse_yaml(text)
    lines = text.splitlines()
    for key in keys:
        loc = ("top", key) if nested else (key,)
        line, col = positions[loc]
        assert lines[line - 1][col - 1 :].lstrip("'\"").startswith(key), (text, key, line, col)


@given(st.text(max_size=60))
def test_slug_is_ascii_stable_and_safe(name: str) -> None:
    result = slug(name)
    assert result == slug(result)
    assert result.isascii() and all(c.isalnum() or c == "-" for c in result)
    assert not result.startswith("-") and not result.endswith("-")
    assert result == result.lower() and "--" not in result


@given(st.text(max_size=60))
def test_a_name_never_leads_out_of_the_drafts_folder(name: str) -> None:
    root = Path("/srv/content")
    path = draft_path(root, name)
    assert path.parent == drafts_dir(root)
    assert path.resolve().parent == drafts_dir(root).resolve()
    assert path.name.endswith(".md") and "/" not in path.name and "\\" not in path.name


def test_danish_slug_rule() -> None:
    assert slug("Søren Aakjær") == "soeren-aakjaer"
    assert slug("Jan Beyer Schmidt-Sørensen") == "jan-beyer-schmidt-soerensen"
    assert slug("Jeanette L. Hoppe") == "jeanette-l-hoppe"
    assert slug("../../etc/passwd") == "etc-passwd"


def test_help_is_danish(cli: Cli) -> None:
    for args in (["--help"], ["next", "--help"], ["export"], ["grundlag", "new", "-h"]):
        result = cli(*args)
        assert result.code == 0, (args, result.output)
        assert result.out.startswith("Brug: felles"), result.out
        assert "Vis denne hjælp og stop." in result.out
        for english in ("Usage:", "Options", "Show this message", "[default:"):
            assert english not in result.out, (args, english)
    assert "Udgangskoder: 0 alt i orden" in cli("--help").out


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["nxt"], "ukendt kommando 'nxt' – mente du 'next'?"),
        (["survey", "imprt"], "ukendt kommando 'imprt' – mente du 'import'?"),
        (["next", "--formt", "json"], "ukendt tilvalg: --formt – mente du --format?"),
        (["next", "--as"], "ukendt tilvalg: --as – mente du --as-of eller --goal?"),
        (["next", "--format", "xml"], "vælg en af 'text' eller 'json'"),
    ],
)
def test_misspelt_commands_and_options_get_a_danish_suggestion(
    cli: Cli, args: list[str], expected: str
) -> None:
    result = cli(*args)
    assert result.code == 2
    assert expected in result.err
    for english in ("Did you mean", "Possible options", "No such"):
        assert english not in result.err


def test_every_command_is_listed_whichever_command_runs(cli: Cli) -> None:
    """Commands are imported lazily (only the one being run); help still lists them all."""
    listing = cli("--help").out
    for command in ("validate", "next", "grundlag", "export", "schema", "survey"):
        assert f"  {command} " in listing
    assert cli("next", "--as-of", "2018-11-01").code == 0
    assert "  survey " in cli("--help").out
