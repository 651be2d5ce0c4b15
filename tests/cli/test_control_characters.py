"""Control characters in the content: `validate` names each at its line, no output carries one.

ESC, BEL, a lone CR, DEL, the C1 controls and the bidirectional overrides in a title, a
place, a leader's name or a draft would steer a terminal (OSC 0 sets its title, OSC 52
the clipboard, CSI 2J clears the screen) or a renderer. YAML makes them from escapes in
double quotes; a Markdown body holds them raw.
"""

from __future__ import annotations

import json
import os
import pty
import re
import subprocess
import sys
import zipfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from felles.controls import CONTROLS
from tests.cli.test_markdown_agenda import with_values
from tests.helpers.content import PHASE_2, SHIPPED, edit, line_of
from tests.helpers.drafts import draft_path, write_draft
from tests.helpers.run import Cli

TITLE = "Møde \x1b]0;pwned\x07 i SLF"
PLACE = "Rådhuset\x1b[2J"
SEMINAR_TITLE = 'title: "Fælles seminar: Ledelsesgrundlag og visionsledelse"'
# What may reach an output besides ordinary text: TAB, LF and CRLF only.
CONTROL_CHARS = [chr(c) for c in (*range(0x20), 0x7F, *range(0x80, 0xA0))] + [
    *map(chr, range(0x202A, 0x202F)),
    *map(chr, range(0x2066, 0x206A)),
]


def hostile(content: Path) -> Path:
    """Phase 2's seminar with the issue's title and place (escapes in double quotes)."""
    path = content / PHASE_2
    edit(
        path,
        SEMINAR_TITLE,
        f"title: {json.dumps(TITLE, ensure_ascii=False)}\n"
        f"    place: {json.dumps(PLACE, ensure_ascii=False)}",
    )
    return path


def with_escaped_values(content: Path, value: str) -> None:
    """Every text field of phase 2's seminar holds `value`, each control character written
    as a YAML escape (`\\u001b`), as an author's double-quoted string would make it."""
    with_values(content, "PLATZHALTER")
    quoted = json.dumps(value, ensure_ascii=False)
    quoted = "".join(f"\\u{ord(c):04x}" if c in CONTROL_CHARS else c for c in quoted)
    path = content / PHASE_2
    path.write_text(
        path.read_text(encoding="utf-8").replace('"PLATZHALTER"', quoted), encoding="utf-8"
    )


def no_controls(text: str) -> None:
    found = CONTROLS.search(text)
    assert found is None, f"{found.group()!r} at {found.start()} in {text[:2000]!r}"
    assert "\x1b" not in text and "\x07" not in text


def test_validate_names_the_title_and_the_place_at_their_lines(cli: Cli, content: Path) -> None:
    path = hostile(content)
    result = cli("validate", "--content", content)
    assert result.code == 1
    title_line = line_of(path, "pwned")
    errors = [line for line in result.out.splitlines() if "E370" in line]
    assert len(errors) == 2, result.out
    assert f"{PHASE_2}:{title_line}:" in errors[0] and "feltet title" in errors[0]
    assert f"{PHASE_2}:{title_line + 1}:" in errors[1] and "feltet place" in errors[1]
    assert "U+001B" in errors[0]
    no_controls(result.out + result.err)


def test_next_status_and_every_export_print_no_control_character(
    cli: Cli, content: Path, tmp_path: Path
) -> None:
    hostile(content)
    runs = [
        ("next", "20", "--as-of", "2018-11-01"),
        ("next", "--as-of", "2018-11-01", "--format", "json"),
        ("next", "--as-of", "2018-11-01", "--group", "1"),
        ("grundlag", "status", "--as-of", "2018-11-01"),
        ("export", "agenda", "seminar-aktiv-visionsledelse"),
        ("export", "agenda", "seminar-aktiv-visionsledelse", "--format", "html"),
        ("export", "agenda", "--phase", "aktiv-visionsledelse"),
        (
            "export",
            "ics",
        ),
    ]
    for args in runs:
        result = cli(*args, "--content", content)
        assert result.code == 0, (args, result.err)
        no_controls(result.out)
        no_controls(result.err)
    shown = cli("next", "20", "--as-of", "2018-11-01", "--content", content).out
    assert "pwned" in shown and "\ufffd" in shown  # shown, harmlessly
    for form in ("md", "html"):
        out = tmp_path / f"agenda.{form}"
        assert cli("export", "agenda", "seminar-aktiv-visionsledelse", "-o", out,
                   "--content", content).code == 0  # fmt: skip
        no_controls(out.read_text(encoding="utf-8"))
    site = tmp_path / "site"
    assert cli("export", "site", "-o", site, "--content", content).code == 0
    for page in site.rglob("*"):
        if page.is_file() and page.suffix in (".html", ".css", ".js", ".md"):
            no_controls(page.read_text(encoding="utf-8"))


def test_a_draft_with_controls_is_named_at_its_line_and_shown_harmlessly(
    cli: Cli, content: Path, tmp_path: Path
) -> None:
    path = write_draft(cli, content, "Søren Aakjær", "udgivet", "Min tekst\x1b]52;c;aGVq\x07 slut")
    result = cli("validate", "--content", content)
    assert result.code == 1
    line = line_of(path, "Min tekst")
    assert (
        f"{path.relative_to(content.parent).as_posix()}:{line}:10: E370"
        in result.out.replace(os.sep, "/")
        or f":{line}:10: E370" in result.out
    )
    checked = cli("grundlag", "check", "--content", content)
    assert checked.code == 1 and f":{line}:10: E370" in checked.out
    for form in ("md", "html"):
        out = tmp_path / f"booklet.{form}"
        made = cli("export", "grundlag", "-o", out, "--content", content)
        assert made.code == 0, made.err
        no_controls(out.read_text(encoding="utf-8"))
    word = tmp_path / "soeren.docx"
    made = cli("grundlag", "docx", "Søren Aakjær", "-o", word, "--content", content)
    assert made.code == 0, made.err
    with zipfile.ZipFile(word) as docx:
        no_controls(docx.read("word/document.xml").decode("utf-8"))
    assert draft_path(content, "Søren Aakjær").read_text(encoding="utf-8").count("\x1b") == 1


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    value=st.lists(
        st.one_of(st.sampled_from(CONTROL_CHARS), st.sampled_from(["Punkt", " ", "]0;", "[2J"])),
        min_size=1,
        max_size=8,
    ).map(lambda parts: "Punkt" + "".join(parts))
)
def test_no_command_prints_a_control_character_from_any_text_field(
    cli: Cli, content: Path, value: str
) -> None:
    with_escaped_values(content, value)
    checked = cli("validate", "--content", content)
    if CONTROLS.search(value.replace("\n", "")):
        assert checked.code == 1 and "E370" in checked.out
    no_controls(checked.out + checked.err)
    for args in (
        ("next", "20", "--as-of", "2018-11-01"),
        ("next", "--as-of", "2018-11-01", "--format", "json"),
        ("export", "agenda", "2018-11-08"),
        ("export", "agenda", "2018-11-08", "--format", "html"),
        ("export", "ics"),
    ):
        result = cli(*args, "--content", content)
        assert result.code == 0, (args, result.err)
        no_controls(result.out + result.err)


def test_on_a_terminal_the_tables_carry_only_their_own_colours(content: Path) -> None:
    """Rich writes its colours itself: the content's ESC never reaches the terminal."""
    hostile(content)
    env = {**os.environ, "COLUMNS": "160", "TERM": "xterm-256color"}
    env.pop("NO_COLOR", None)
    for args in (
        ("next", "20", "--as-of", "2018-11-01"),
        ("grundlag", "status", "--as-of", "2018-11-01"),
    ):
        main, child = pty.openpty()
        process = subprocess.Popen(
            [sys.executable, "-m", "felles", *args, "--content", str(content)],
            stdin=child,
            stdout=child,
            stderr=child,
            env=env,
        )
        os.close(child)
        chunks = []
        while True:
            try:
                data = os.read(main, 65536)
            except OSError:
                break
            if not data:
                break
            chunks.append(data)
        assert process.wait(timeout=60) == 0
        os.close(main)
        shown = b"".join(chunks).decode("utf-8", "replace")
        if args[0] == "next":
            assert "pwned" in shown
        # Only Rich's own colour sequences (CSI … m): no OSC, no clearing, no bell.
        assert re.sub(r"\x1b\[[0-9;]*m", "", shown).count("\x1b") == 0, shown
        assert "\x07" not in shown


@settings(
    max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    value=st.lists(st.sampled_from(CONTROL_CHARS), min_size=1, max_size=4).map(
        lambda parts: "Søren" + "".join(parts) + " Aakjær"
    )
)
def test_a_leaders_name_with_controls_reaches_no_output_raw(
    cli: Cli, content: Path, value: str
) -> None:
    """The name is in groups.yaml; status, pair, the pairs file and next show it harmlessly."""
    groups = content / "groups.yaml"
    original = (SHIPPED / "groups.yaml").read_text(encoding="utf-8")
    quoted = json.dumps(value, ensure_ascii=False)
    quoted = "".join(f"\\u{ord(c):04x}" if c in CONTROL_CHARS else c for c in quoted)
    groups.write_text(original.replace("- name: Søren Aakjær", f"- name: {quoted}"), "utf-8")
    pairs = content / "pairs"
    if pairs.exists():
        for path in pairs.iterdir():
            path.unlink()
    for args in (
        ("grundlag", "status", "--as-of", "2018-11-01"),
        ("pair", "jobbesoeg-graensekrydsende-samarbejde", "--seed", "1", "--replace"),
        ("next", "20", "--as-of", "2019-03-01", "--leader", "Niels Højberg"),
    ):
        result = cli(*args, "--content", content)
        assert result.code == 0, (args, result.err)
        no_controls(result.out + result.err)
    written = (pairs / "jobbesoeg-graensekrydsende-samarbejde.yaml").read_text("utf-8")
    no_controls(written)  # the emitter's own escapes (\e, \x07 …)
    checked = cli("validate", "--content", content)
    if CONTROLS.search(value.replace("\n", "")):
        assert checked.code == 1 and "E370" in checked.out
    no_controls(checked.out + checked.err)
