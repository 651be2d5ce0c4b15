"""`-o` on every command keeps one promise: what a person wrote is never replaced.

Every writer (agenda as Markdown and HTML, ics, site, the booklet as HTML and
Markdown, a leader's Word document, survey form, template and report, schema) is
tried against the same hostile targets: a leader's draft, any file in the content
folder, a symlink, a folder, devices and pipes, someone's own file elsewhere. Each
refusal is one Danish line with exit 1 or 2, and the target is byte for byte what it
was. A file felles wrote itself is replaced.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from felles.render.signature import is_ours
from tests.helpers.content import REPO, copy_shipped
from tests.helpers.run import Cli, Result

POSIX = pytest.mark.skipif(os.name != "posix", reason="POSIX files: FIFOs, devices, symlinks")
DRAFT = "ledelsesgrundlag/soeren-aakjaer.md"


@dataclass(frozen=True)
class Writer:
    name: str
    args: tuple[str, ...]
    suffix: str
    replaces_own: bool = True  # a CSV template is never replaced, not even felles' own
    needs_data: bool = False
    needs_draft: bool = False  # the booklet and Word are made from a leader's draft

    def __str__(self) -> str:
        return self.name


WRITERS = [
    Writer("agenda-md", ("export", "agenda", "2018-11-08"), ".md"),
    Writer("agenda-html", ("export", "agenda", "2018-11-08", "--format", "html"), ".html"),
    Writer("ics", ("export", "ics"), ".ics"),
    Writer("site", ("export", "site", "--as-of", "2018-11-01"), ".html"),
    Writer(
        "booklet-html",
        ("export", "grundlag", "--status", "udkast"),
        ".html",
        needs_draft=True,
    ),
    Writer(
        "booklet-md",
        ("export", "grundlag", "--status", "udkast", "--format", "md"),
        ".md",
        needs_draft=True,
    ),
    Writer("docx", ("grundlag", "docx", "Søren Aakjær"), ".docx", needs_draft=True),
    Writer("survey-form-md", ("survey", "form", "baseline", "--format", "md"), ".md"),
    Writer("survey-form-html", ("survey", "form", "baseline"), ".html"),
    Writer("survey-template", ("survey", "template", "baseline"), ".csv", replaces_own=False),
    Writer("survey-report-text", ("survey", "report", "baseline"), ".txt", needs_data=True),
    Writer(
        "survey-report-json",
        ("survey", "report", "baseline", "--format", "json"),
        ".json",
        needs_data=True,
    ),
    Writer(
        "survey-report-html",
        ("survey", "report", "baseline", "--format", "html"),
        ".html",
        needs_data=True,
    ),
]

Run = Callable[[Writer, Path], Result]


@pytest.fixture
def run(cli: Cli, content: Path, tmp_path: Path) -> Run:
    """Run a writer with `-o target` on the copied content (survey answers imported once)."""
    data = tmp_path / "surveydata"

    def go(writer: Writer, target: Path) -> Result:
        ready(writer, content)
        extra: list[str | Path] = []
        if writer.needs_data:
            extra = ["--data", data]
            if not data.exists():
                answers = tmp_path / "svar.csv"
                made = cli("survey", "template", "baseline", "--example", "-o", answers)
                assert made.code == 0, made.err
                imported = cli("survey", "import", "baseline", answers, *extra)
                assert imported.code == 0, imported.err
                answers.unlink()
        return cli(*writer.args, *extra, "--content", content, "-o", target)

    return go


def ready(writer: Writer, content: Path) -> None:
    """What the writer reads besides the programme: a leader's draft."""
    if writer.needs_draft and not (content / DRAFT).exists():
        draft(content)


def refused(result: Result, code: int = 1) -> None:
    """One Danish error line on stderr (after any note), the exit code, no traceback."""
    assert result.code == code, (result.code, result.out, result.err)
    lines = result.err.splitlines()
    assert lines and lines[-1].startswith("felles: "), result.err
    assert [line for line in lines if line.startswith("felles: ")] == lines[-1:], result.err
    assert "Traceback" not in result.output and "uventet fejl" not in result.output


def expected(writer: Writer, target: Path, code: int = 1) -> int:
    """The site takes `-o NAME` as a folder unless NAME ends in .html: `-o draft.md` is the
    page draft.md/index.html, which is refused as wrong use (2) before anything is read.
    The booklet likewise, unless NAME ends in .html or .md (`-o groups.yaml` is the file
    groups.yaml/ledelsesgrundlag.html)."""
    if writer.name == "site" and target.suffix not in (".html", ".htm"):
        return 2
    if writer.name.startswith("booklet") and target.suffix not in (".html", ".htm", ".md"):
        return 2
    return code


def no_leftovers(folder: Path) -> None:
    assert [p.name for p in folder.rglob("*.tmp")] == []


def draft(content: Path) -> Path:
    path = content / DRAFT
    path.parent.mkdir(exist_ok=True)
    path.write_text(
        '---\nleader: "Søren Aakjær"\ngroup: 1\nstatus: udkast\ncreated: "2018-06-08"\n'
        'updated: "2018-06-08"\nversion: 1\n---\n# Mit ledelsesgrundlag\n\nMine egne ord.\n',
        encoding="utf-8",
    )
    return path


# --- the content folder ---------------------------------------------------------------


@pytest.mark.parametrize("writer", WRITERS, ids=str)
def test_a_leaders_draft_is_never_replaced(run: Run, writer: Writer, content: Path) -> None:
    path = draft(content)
    before = path.read_bytes()
    result = run(writer, path)
    refused(result, expected(writer, path))
    assert "ledelsesgrundlag" in result.err
    assert path.read_bytes() == before
    no_leftovers(content)


@pytest.mark.parametrize("writer", WRITERS, ids=str)
@pytest.mark.parametrize(
    "name", ["groups.yaml", "programme.yaml", "survey.yaml", "phases/01-ledelsesgrundlag.md"]
)
def test_no_file_in_the_content_folder_is_replaced(
    run: Run, writer: Writer, content: Path, name: str
) -> None:
    path = content / name
    before = path.read_bytes()
    result = run(writer, path)
    refused(result, expected(writer, path))
    assert "indholdsmappen" in result.err
    assert path.read_bytes() == before
    no_leftovers(content)


@pytest.mark.parametrize("writer", WRITERS, ids=str)
def test_no_new_file_is_written_into_the_content_folder(
    run: Run, writer: Writer, content: Path
) -> None:
    ready(writer, content)
    for target in (content / f"ny{writer.suffix}", content / "ledelsesgrundlag" / "ny.md"):
        before = sorted(p.relative_to(content) for p in content.rglob("*"))
        result = run(writer, target)
        refused(result, 2)
        assert "ligger i indholdsmappen" in result.err
        assert sorted(p.relative_to(content) for p in content.rglob("*")) == before


def test_a_file_felles_made_is_still_not_replaced_inside_the_content(
    run: Run, content: Path, tmp_path: Path
) -> None:
    made = tmp_path / "dagsorden.md"
    assert run(WRITERS[0], made).code == 0
    inside = content / "dagsorden.md"
    shutil.copy(made, inside)
    before = inside.read_bytes()
    refused(run(WRITERS[0], inside))
    assert inside.read_bytes() == before


@POSIX
def test_a_symlinked_folder_does_not_lead_into_the_content(
    run: Run, content: Path, tmp_path: Path
) -> None:
    path = draft(content)
    before = path.read_bytes()
    door = tmp_path / "genvej"
    door.symlink_to(content / "ledelsesgrundlag", target_is_directory=True)
    for writer in WRITERS:
        refused(run(writer, door / path.name), expected(writer, door / path.name))
        assert path.read_bytes() == before
        result = run(writer, door / "ny.md")
        refused(result, 2)
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]


def test_any_content_folder_is_protected_not_only_the_one_in_use(run: Run, tmp_path: Path) -> None:
    other = copy_shipped(tmp_path / "andet" / "content")
    path = draft(other)
    before = path.read_bytes()
    refused(run(WRITERS[0], path))
    assert path.read_bytes() == before
    refused(run(WRITERS[2], other / "phases" / "99-dagsorden.md"), 2)
    assert not (other / "phases" / "99-dagsorden.md").exists()


def test_the_programme_packaged_with_felles_is_never_written(run: Run) -> None:
    packaged = REPO / "content" / "groups.yaml"
    before = packaged.read_bytes()
    new = REPO / "templates" / "dagsorden.md"
    try:
        refused(run(WRITERS[0], packaged))
        refused(run(WRITERS[0], new), 2)
    finally:  # never leave the checkout changed, even when the rule is broken
        if packaged.read_bytes() != before:
            packaged.write_bytes(before)
        new.unlink(missing_ok=True)
    assert not new.exists()


# --- someone's own file elsewhere, and felles' own -------------------------------------


@pytest.mark.parametrize("writer", WRITERS, ids=str)
@pytest.mark.parametrize(
    "own",
    [
        b"Mine noter til seminaret.\n",
        b"",  # even an empty file is someone's: felles cannot know it is not needed
        b"BEGIN:VCALENDAR\r\nPRODID:-//Microsoft Corporation//Outlook 16.0//EN\r\n",
        b'{"$id": "https://example.org/mit.schema.json"}',
        b"<html><!-- felles er godt --></html>",  # says felles, but is not felles' mark
    ],
    ids=["text", "empty", "outlook-ics", "json", "mentions-felles"],
)
def test_someones_own_file_is_left_as_it_is(
    run: Run, writer: Writer, own: bytes, tmp_path: Path
) -> None:
    target = tmp_path / f"mit{writer.suffix}"
    target.write_bytes(own)
    result = run(writer, target)
    refused(result)
    assert "overskrives ikke" in result.err
    assert target.read_bytes() == own
    no_leftovers(tmp_path)


@pytest.mark.parametrize("writer", WRITERS, ids=str)
def test_a_file_felles_wrote_is_replaced_by_the_next_run(
    run: Run, writer: Writer, tmp_path: Path
) -> None:
    target = tmp_path / f"ud{writer.suffix}"
    first = run(writer, target)
    assert first.code == 0, first.err
    assert writer.suffix == ".csv" or is_ours(target.read_bytes())
    target.chmod(0o640)
    again = run(writer, target)
    if writer.replaces_own:
        assert again.code == 0, again.err
        assert stat.S_IMODE(target.stat().st_mode) == 0o640  # replaced, mode kept
    else:
        refused(again)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("ud")) == [target.name]
    no_leftovers(tmp_path)


def test_output_saved_from_stdout_can_be_replaced_with_o_later(
    cli: Cli, content: Path, tmp_path: Path
) -> None:
    shown = cli("export", "agenda", "2018-11-08", "--content", content)
    target = tmp_path / "dagsorden.md"
    target.write_text(shown.out, encoding="utf-8")
    result = cli("export", "agenda", "2018-11-08", "--content", content, "-o", target)
    assert result.code == 0, result.err
    assert target.read_text(encoding="utf-8") == shown.out


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(own=st.binary(max_size=2000).filter(lambda data: not is_ours(data)))
def test_no_file_without_felles_mark_is_ever_replaced(run: Run, tmp_path: Path, own: bytes) -> None:
    target = tmp_path / "hvad-som-helst.md"
    target.write_bytes(own)
    assert run(WRITERS[0], target).code == 1
    assert target.read_bytes() == own


@POSIX
def test_a_hard_link_to_a_draft_is_someones_file(run: Run, content: Path, tmp_path: Path) -> None:
    path = draft(content)
    before = path.read_bytes()
    twin = tmp_path / "kopi.md"
    os.link(path, twin)
    refused(run(WRITERS[0], twin))
    assert path.read_bytes() == before and twin.read_bytes() == before


# --- symlinks, folders, devices, pipes ---------------------------------------------------


@POSIX
@pytest.mark.parametrize("writer", WRITERS, ids=str)
def test_a_symlink_is_neither_followed_nor_replaced(
    run: Run, writer: Writer, tmp_path: Path
) -> None:
    own = tmp_path / "mit.txt"
    own.write_text("mit eget\n", encoding="utf-8")
    cases = {
        "to-file": own,
        "dangling": tmp_path / "findes-ikke.txt",
        "to-folder": tmp_path,
    }
    for name, target in cases.items():
        link = tmp_path / f"{name}{writer.suffix}"
        link.symlink_to(target)
        result = run(writer, link)
        refused(result)
        assert "symbolsk link" in result.err
        assert link.is_symlink() and link.readlink() == target
    loop = tmp_path / f"ring{writer.suffix}"
    loop.symlink_to(loop)
    refused(run(writer, loop))
    assert own.read_text(encoding="utf-8") == "mit eget\n"
    assert not (tmp_path / "findes-ikke.txt").exists()


@pytest.mark.parametrize("writer", WRITERS, ids=str)
def test_a_folder_is_not_replaced(run: Run, writer: Writer, tmp_path: Path) -> None:
    folder = tmp_path / f"mappe{writer.suffix}"
    folder.mkdir()
    (folder / "inde.txt").write_text("x", encoding="utf-8")
    result = run(writer, folder)
    refused(result, 2)
    assert "det er en mappe" in result.err
    assert folder.is_dir() and [p.name for p in folder.iterdir()] == ["inde.txt"]


@pytest.mark.skipif(not Path("/dev/null").exists(), reason="no /dev/null")
@pytest.mark.parametrize("writer", WRITERS, ids=str)
def test_a_character_device_is_written_into_never_replaced(run: Run, writer: Writer) -> None:
    result = run(writer, Path("/dev/null"))
    assert result.code == expected(writer, Path("/dev/null"), 0), result.err
    assert stat.S_ISCHR(Path("/dev/null").stat().st_mode)


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full")
def test_a_full_device_is_one_danish_line(run: Run) -> None:
    result = run(WRITERS[0], Path("/dev/full"))
    refused(result, 2)
    assert "der er ikke plads på drevet" in result.err


@POSIX
def test_dev_stdout_writes_to_the_pipe_the_command_writes_to(
    felles_process: Callable[..., subprocess.CompletedProcess[str]], content: Path
) -> None:
    done = felles_process("export", "ics", "--content", content, "-o", "/dev/stdout")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("BEGIN:VCALENDAR")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes")
def test_a_fifo_nobody_reads_fails_at_once_and_stays_a_fifo(run: Run, tmp_path: Path) -> None:
    fifo = tmp_path / "roer.md"
    os.mkfifo(fifo)
    result = run(WRITERS[0], fifo)  # would hang forever without O_NONBLOCK
    refused(result, 2)
    assert "ingen læser" in result.err
    assert stat.S_ISFIFO(fifo.lstat().st_mode)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes")
def test_a_fifo_with_a_reader_gets_the_document(run: Run, tmp_path: Path) -> None:
    fifo = tmp_path / "roer.ics"
    os.mkfifo(fifo)
    received = bytearray()
    fd = os.open(fifo, os.O_RDWR)  # a reader that is there before the writer comes

    def read() -> None:
        while not received.endswith(b"END:VCALENDAR\r\n"):
            received.extend(os.read(fd, 65536))

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        result = run(WRITERS[2], fifo)
        reader.join(10)
    finally:
        os.close(fd)
    assert result.code == 0, result.err
    assert received.startswith(b"BEGIN:VCALENDAR")
    assert stat.S_ISFIFO(fifo.lstat().st_mode)


@pytest.mark.parametrize("writer", [w for w in WRITERS if w.name != "site"], ids=str)
def test_a_missing_folder_is_wrong_use(run: Run, writer: Writer, tmp_path: Path) -> None:
    result = run(writer, tmp_path / "findes-ikke" / f"ud{writer.suffix}")
    refused(result, 2)
    assert "mappen findes ikke" in result.err
    assert not (tmp_path / "findes-ikke").exists()


def test_a_name_too_long_for_the_file_system_is_wrong_use(run: Run, tmp_path: Path) -> None:
    result = run(WRITERS[0], tmp_path / ("x" * 300 + ".md"))
    refused(result, 2)
    assert "navnet er for langt" in result.err


# --- schema --output --------------------------------------------------------------------


def test_schema_output_never_lands_in_the_content_or_over_a_persons_file(
    cli: Cli, content: Path, tmp_path: Path
) -> None:
    result = cli("schema", "groups", "--output", content / "schemas")
    refused(result, 2)
    assert not (content / "schemas").exists()
    folder = tmp_path / "schemas"
    folder.mkdir()
    own = folder / "groups.schema.json"
    own.write_text('{"title": "vores eget skema"}\n', encoding="utf-8")
    refused(cli("schema", "groups", "--output", folder))
    assert own.read_text(encoding="utf-8") == '{"title": "vores eget skema"}\n'
    own.unlink()
    assert cli("schema", "groups", "--output", folder).code == 0
    assert cli("schema", "groups", "--output", folder).code == 0  # its own: replaced


# --- a killed `grundlag new --all` -------------------------------------------------------

_KILLED_AFTER = """
import os, signal, sys
from felles import atomic
from felles.cli import main

real_fill, written = atomic._fill, []
def fill(fd, data, path):
    real_fill(fd, data, path)
    written.append(path)
    if len(written) == int(sys.argv[2]):
        os.kill(os.getpid(), signal.SIGKILL)
atomic._fill = fill
main(["grundlag", "new", "--all", "--content", sys.argv[1], "--as-of", "2018-06-08"])
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
@pytest.mark.parametrize("after", [1, 7, 20])
def test_a_killed_grundlag_new_all_leaves_nothing_hidden_for_long(
    cli: Cli, content: Path, after: int
) -> None:
    killed = subprocess.run(
        [sys.executable, "-c", _KILLED_AFTER, str(content), str(after)],
        capture_output=True,
        check=False,
    )
    assert killed.returncode < 0
    folder = content / "ledelsesgrundlag"
    [left] = [p.name for p in folder.iterdir() if p.name.endswith(".tmp")]
    assert left.startswith(".")
    # validate does not trip over the leftover …
    checked = cli("validate", "--content", content, "--format", "json")
    assert ".tmp" not in checked.out
    assert all(f["severity"] == "warning" for f in json.loads(checked.out))
    # … and the next run removes it and finishes the job.
    again = cli("grundlag", "new", "--all", "--content", content, "--as-of", "2018-06-08")
    assert again.code == 0, again.err
    assert [p.name for p in folder.iterdir() if not p.name.endswith(".md")] == []
    assert len(list(folder.glob("*.md"))) == 38
    assert cli("validate", "--content", content).code == 0


def test_validate_and_the_draft_commands_never_trip_over_leftover_temporary_files(
    cli: Cli, content: Path
) -> None:
    from felles import atomic

    assert cli("grundlag", "new", "Søren Aakjær", "--content", content).code == 0
    dead = 2**22 + 4321
    junk = "---\nleader: [ikke\n"  # half a file: it must never be read as content
    for folder, name in (("phases", "01-ledelsesgrundlag.md"), ("ledelsesgrundlag", "x.md")):
        (content / folder / atomic.temp_name(name, dead, "0123abcd")).write_text(junk, "utf-8")
        (content / folder / f".{name}.89abcdef.tmp").write_text(junk, "utf-8")  # felles 0.1
    for args in (
        ("validate", "--strict"),
        ("grundlag", "check", "--strict"),
        ("grundlag", "status"),
        ("next", "--as-of", "2018-06-01"),
    ):
        result = cli(*args, "--content", content)
        assert result.code == 0, (args, result.output)
        assert ".tmp" not in result.output
