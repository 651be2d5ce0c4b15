"""`felles validate --explain CODE`: every code explained, with how to fix it."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from felles.codes import CODES, MISSING, fields
from felles.codes.placeholders import WORDS
from tests.helpers.content import REPO
from tests.helpers.run import Cli


def test_explain_e105_says_what_it_means_and_how_to_fix_it(cli: Cli) -> None:
    result = cli("validate", "--explain", "E105")
    assert result.code == 0
    assert result.err == ""
    lines = result.out.splitlines()
    assert lines[0].startswith("E105: nøglen »NØGLE« står to gange (første gang i linje LINJE)")
    assert "Almindelig YAML bruger blot den sidste værdi" in result.out
    assert "Sådan retter du det:\n    Slet eller omdøb den ene af de to linjer." in result.out


def test_explain_ignores_case_and_needs_no_content(cli: Cli, tmp_path: Path) -> None:
    # The working directory (from conftest) holds no content; --explain reads none.
    result = cli("validate", "--explain", "w501", "--content", tmp_path / "findes-ikke")
    assert result.code == 0
    assert result.out.startswith("W501: ")
    assert "juledag" in result.out


def test_an_unknown_code_is_wrong_use_and_lists_the_known_ones(cli: Cli) -> None:
    result = cli("validate", "--explain", "E999")
    assert result.code == 2
    assert result.out == ""
    assert result.err.startswith("felles: ukendt kode »E999«; kendte koder: ")
    assert "E101–" in result.err and "W501–W505" in result.err


@pytest.mark.parametrize("code", sorted(CODES))
def test_every_code_has_an_explanation_and_example(cli: Cli, code: str) -> None:
    entry = CODES[code]
    assert entry.message.strip(), code
    assert entry.explain.strip(), code
    assert entry.example.strip(), code
    result = cli("validate", "--explain", code)
    assert result.code == 0
    first = result.out.splitlines()[0]
    assert first.startswith(f"{code}: ")
    # The message with stand-ins for its particulars: never a raw placeholder.
    assert "{" not in result.out and "}" not in result.out
    assert MISSING not in first.removeprefix(f"{code}: ").replace("»> …«", "")
    fixed = [text for text, *_ in string.Formatter().parse(entry.message) if text]
    assert all(part.strip() in first for part in fixed if part.strip()), (code, first)
    assert entry.explain in result.out
    assert "Sådan retter du det:" in result.out
    for line in entry.example.splitlines():
        assert f"    {line}" in result.out


def test_every_placeholder_has_a_stand_in() -> None:
    """A new message parameter needs a word for --explain (FELT, DATO), not '…'."""
    named = {name for entry in CODES.values() for name in fields(entry.message)}
    assert named - set(WORDS) == set()


def test_every_code_the_program_uses_has_an_entry() -> None:
    """A code raised or reported anywhere in felles must be explainable."""
    used: dict[str, str] = {}
    for path in sorted((REPO / "felles").rglob("*.py")):
        if path.parent.name == "codes":  # the catalogue itself
            continue
        for code in re.findall(r"[\"']([EWU]\d{3})[\"']", path.read_text(encoding="utf-8")):
            used.setdefault(code, path.relative_to(REPO).as_posix())
    assert len(used) >= 20
    missing = {code: where for code, where in used.items() if code not in CODES}
    assert missing == {}
