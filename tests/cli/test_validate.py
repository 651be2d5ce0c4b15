"""`felles validate` on the shipped content, on edited copies, and its output formats.

One faulty file and its finding is a case of the corpus in tests/cases (run by
test_cases.py), not a test here.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.helpers.content import (
    ACCEPTED_W301,
    PHASE_3,
    SHIPPED,
    edit,
    line_of,
    without_acceptance,
)
from tests.helpers.run import Cli

# --- the shipped programme -------------------------------------------------------------


def test_packaged_content_from_an_empty_folder_is_valid(cli: Cli) -> None:
    result = cli("validate")
    assert result.code == 0, result.output
    assert "38 ledere i 12 sparringsgrupper, 3 læringsmål, 9 temaer" in result.out
    assert "Traceback" not in result.output


def test_shipped_content_has_exactly_the_one_warning_the_seeds_cause_accepted(cli: Cli) -> None:
    result = cli("validate", "--content", SHIPPED)
    findings = [line for line in result.out.splitlines() if ": E" in line or ": W" in line]
    assert len(findings) == 1, result.out  # only in the summary, as accepted
    assert findings[0].startswith("  ") and "03-graensekrydsende-samarbejde.md" in findings[0]
    # The warning itself in Danish dates (no ISO date), and why it is accepted.
    assert "(fre. 22. feb. 2019) ligger før fasens periode (marts – juni 2019)" in findings[0]
    assert not re.search(r"\d{4}-\d{2}", findings[0]), findings[0]
    assert "– tilladt: kilden skriver »22. febr.« uden år" in findings[0]
    assert "Ingen fejl, ingen advarsler.\n1 advarsel er tilladt:\n" in result.out


def test_strict_passes_the_shipped_content_and_fails_without_the_acceptance(
    cli: Cli, content: Path
) -> None:
    assert cli("validate", "--strict", "--content", SHIPPED).code == 0
    without_acceptance(content)
    assert cli("validate", "--strict", "--content", content).code == 1


# --- finding the content ------------------------------------------------------------------


def test_verbose_says_which_content_was_read(cli: Cli, content: Path) -> None:
    result = cli("validate", "-v", "--content", content)
    assert f"Indhold: {content} (--content)" in result.err
    assert "forløbet, der følger med felles" in cli("validate", "-v").err


def test_content_from_environment_and_upward_search(
    cli: Cli, content: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    edit(content / "groups.yaml", "name: Niels Højberg", "name: Niels Højberg\n      area: X")
    monkeypatch.setenv("FELLES_CONTENT", str(content))
    assert "FELLES_CONTENT" in cli("validate", "-v").err
    monkeypatch.delenv("FELLES_CONTENT")
    deep = content.parent / "a" / "b"
    deep.mkdir(parents=True)
    monkeypatch.chdir(deep)
    assert "nærmeste content/-mappe" in cli("validate", "-v").err


def test_unrelated_content_folder_is_not_ours(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "notes.md").write_text("hello", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = cli("validate", "-v")
    assert result.code == 0 and "følger med felles" in result.err


def test_content_option_must_point_at_content(cli: Cli, tmp_path: Path) -> None:
    result = cli("validate", "--content", tmp_path / "missing")
    assert result.code == 2
    assert "indeholder ingen programme.yaml" in result.err


# --- edits that stay valid, and a fault the corpus cannot hold --------------------------


def test_known_references_pass(cli: Cli, content: Path) -> None:
    phase = content / "phases" / "04-samskabelse-af-velfaerd.md"
    edit(
        phase,
        "    type: seminar",
        "    type: seminar\n    themes: [datainformeret-ledelse]"
        "\n    groups: [1, 12]\n    leaders: [Søren Aakjær]",
    )
    assert cli("validate", "--content", content).code == 0


def test_activity_inside_its_phase_gives_no_warning(cli: Cli, content: Path) -> None:
    edit(content / PHASE_3, ACCEPTED_W301, "    when: 2019-03-22\n")
    result = cli("validate", "--strict", "--content", content)
    assert result.code == 0, result.out


def test_bom_and_crlf_are_fine(cli: Cli, content: Path) -> None:
    for path in [content / "groups.yaml", *sorted((content / "phases").glob("*.md"))]:
        text = path.read_text(encoding="utf-8").replace("\n", "\r\n")
        path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    result = cli("validate", "--content", content)
    assert result.code == 0, result.out
    assert "38 ledere" in result.out


def test_unreadable_file_is_a_finding(
    cli: Cli, content: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The corpus' unreadable-file case needs chmod, so it skips as root; this one does not."""
    from felles.content import reader

    real_read = reader.read_bytes

    def no_access(path: Path, limit: int) -> bytes:
        if path.name == "groups.yaml":
            raise PermissionError(13, "Permission denied")
        return real_read(path, limit)

    monkeypatch.setattr(reader, "read_bytes", no_access)
    result = cli("validate", "--content", content)
    assert result.code == 1
    assert "groups.yaml:1:1: E101 filen kan ikke læses: ingen adgang" in result.out


# --- output formats ---------------------------------------------------------------------


def test_json_format_is_a_list_of_findings(cli: Cli, content: Path) -> None:
    edit(content / PHASE_3, ACCEPTED_W301, "    when: 2019-02-30\n")
    result = cli("validate", "--format", "json", "--content", content)
    findings = json.loads(result.out)
    assert result.code == 1
    assert [f["code"] for f in findings] == ["E304"]
    assert set(findings[0]) == {"path", "line", "column", "code", "severity", "message"}
    assert findings[0]["severity"] == "error" and isinstance(findings[0]["line"], int)


def test_github_format_escapes_properties_and_messages(cli: Cli, content: Path) -> None:
    edit(content / "groups.yaml", "  - number: 2", "  - number: to")
    result = cli("validate", "--format", "github", "--content", content)
    annotations = [line for line in result.out.splitlines() if line.startswith("::error")]
    assert len(annotations) == 1
    line = line_of(content / "groups.yaml", "number: to")
    assert annotations[0].startswith(
        f"::error file={content}/groups.yaml,line={line},col=5,title=E203::"
    )
    assert "1 fejl, ingen advarsler.\n1 advarsel er tilladt:" in result.out
    assert f"{content}/groups.yaml:{line}:5: E203" in result.out  # the full list follows


def test_github_is_default_on_github_actions(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    # the shipped warning is accepted: no annotation, the plain part with commands stopped
    assert cli("validate", "--content", SHIPPED).out.startswith("::stop-commands::")


def test_wrong_use_exits_2_in_danish(cli: Cli) -> None:
    result = cli("validate", "--format", "xml")
    assert result.code == 2
    assert "ugyldig værdi for --format: »xml«" in result.err
    assert cli("validate", "--no-such-option").code == 2
