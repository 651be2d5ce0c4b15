"""`felles validate` on the shipped content and on copies with one fault at a time."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.helpers.content import SHIPPED, edit, line_of
from tests.helpers.run import Cli, Result


def lines_with(result: Result, code: str) -> list[str]:
    return [line for line in result.out.splitlines() if f" {code} " in line]


# --- the shipped programme -------------------------------------------------------------


def test_packaged_content_from_an_empty_folder_is_valid(cli: Cli) -> None:
    result = cli("validate")
    assert result.code == 0, result.output
    assert "38 ledere i 12 sparringsgrupper, 3 læringsmål, 9 temaer" in result.out
    assert "Traceback" not in result.output


def test_shipped_content_has_exactly_the_one_warning_the_seeds_cause(cli: Cli) -> None:
    result = cli("validate", "--content", SHIPPED)
    findings = [line for line in result.out.splitlines() if ": E" in line or ": W" in line]
    assert len(findings) == 1, result.out
    assert "03-graensekrydsende-samarbejde.md" in findings[0]
    assert "W301" in findings[0] and "2019-02-22" in findings[0]
    assert "Ingen fejl, 1 advarsel." in result.out


def test_strict_fails_on_the_shipped_warning(cli: Cli) -> None:
    assert cli("validate", "--strict", "--content", SHIPPED).code == 1


# --- finding the content ------------------------------------------------------------------


def test_verbose_says_which_content_was_read(cli: Cli, content: Path) -> None:
    result = cli("validate", "-v", "--content", content)
    assert f"Indhold: {content} (--content)" in result.err
    assert "programmet, der følger med felles" in cli("validate", "-v").err


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


# --- one fault at a time ---------------------------------------------------------------


def test_duplicate_key(cli: Cli, content: Path) -> None:
    edit(
        content / "programme.yaml",
        "timezone: Europe/Copenhagen",
        "timezone: Europe/Copenhagen\ntimezone: Europe/Berlin",
    )
    line = line_of(content / "programme.yaml", "timezone: Europe/Berlin")
    result = cli("validate", "--content", content)
    assert result.code == 1
    [finding] = lines_with(result, "E105")
    assert f"programme.yaml:{line}:1: E105 nøglen 'timezone' står to gange" in finding


def test_unknown_reference_with_suggestion(cli: Cli, content: Path) -> None:
    phase = content / "phases" / "02-aktiv-visionsledelse.md"
    edit(phase, "goal: aktiv-visionsledelse", "goal: aktiv-visionledelse")
    result = cli("validate", "--content", content)
    assert result.code == 1
    [finding] = lines_with(result, "E302")
    assert f"02-aktiv-visionsledelse.md:{line_of(phase, 'goal: aktiv-vision')}:" in finding
    assert "ukendt læringsmål 'aktiv-visionledelse' – mente du 'aktiv-visionsledelse'?" in finding


@pytest.mark.parametrize(
    ("ref", "kind"),
    [
        ("themes: [ukendt-tema]", "tema"),
        ("groups: [13]", "gruppe"),
        ("leaders: [Søren Aakjaer]", "leder"),
    ],
)
def test_unknown_theme_group_leader(cli: Cli, content: Path, ref: str, kind: str) -> None:
    phase = content / "phases" / "04-samskabelse-af-velfaerd.md"
    edit(phase, "    type: seminar", f"    type: seminar\n    {ref}")
    result = cli("validate", "--content", content)
    assert result.code == 1
    [finding] = lines_with(result, "E302")
    assert f"ukendt {kind}" in finding
    assert f"04-samskabelse-af-velfaerd.md:{line_of(phase, ref)}:" in finding


def test_misspelt_field_name_is_an_error_with_a_hint(cli: Cli, content: Path) -> None:
    phase = content / "phases" / "04-samskabelse-af-velfaerd.md"
    text = phase.read_text(encoding="utf-8")
    phase.write_text(text.replace("    title:", "    titel:", 1), encoding="utf-8")
    result = cli("validate", "--content", content)
    assert result.code == 1
    unknown = lines_with(result, "E201")
    assert len(unknown) == 1
    assert (
        f":{line_of(phase, 'titel:')}:5: E201 ukendt felt 'titel' – mente du 'title'?"
        in (unknown[0])
    )


def test_missing_field_and_wrong_type(cli: Cli, content: Path) -> None:
    edit(content / "groups.yaml", "  - number: 2", "  - number: to")
    result = cli("validate", "--content", content)
    assert result.code == 1
    [finding] = lines_with(result, "E203")
    assert "'number' skal være et helt tal, ikke tekst" in finding
    assert f"groups.yaml:{line_of(content / 'groups.yaml', 'number: to')}:" in finding


def test_unknown_activity_type_lists_the_allowed(cli: Cli, content: Path) -> None:
    edit(content / "phases" / "04-samskabelse-af-velfaerd.md", "type: seminar", "type: seminr")
    [finding] = lines_with(cli("validate", "--content", content), "E204")
    assert "'seminr'" in finding and "brug en af: seminar, workshop" in finding
    assert "milepæl eller andet" in finding and " or " not in finding


def test_impossible_date(cli: Cli, content: Path) -> None:
    phase = content / "phases" / "03-graensekrydsende-samarbejde.md"
    edit(phase, "when: 2019-02-22", "when: 2019-02-30")
    result = cli("validate", "--content", content)
    assert result.code == 1
    [finding] = lines_with(result, "E304")
    assert f"03-graensekrydsende-samarbejde.md:{line_of(phase, 'when: 2019-02-30')}:" in finding
    assert "'2019-02-30' er ikke en gyldig dato" in finding


def test_end_before_start(cli: Cli, content: Path) -> None:
    edit(
        content / "phases" / "02-aktiv-visionsledelse.md",
        "end: 2018-11-09 12:00",
        "end: 2018-11-07 12:00",
    )
    [finding] = lines_with(cli("validate", "--content", content), "E305")
    assert "slut (2018-11-07 12:00) ligger før start (2018-11-08 12:00)" in finding


def test_overlapping_phases_warn(cli: Cli, content: Path) -> None:
    edit(
        content / "phases" / "03-graensekrydsende-samarbejde.md", "start: 2019-03", "start: 2019-01"
    )
    result = cli("validate", "--content", content)
    assert result.code == 0
    [finding] = lines_with(result, "W302")
    assert "fasen overlapper fase 2" in finding


def test_duplicate_ids_across_files(cli: Cli, content: Path) -> None:
    edit(
        content / "phases" / "04-samskabelse-af-velfaerd.md",
        "id: seminar-samskabelse-af-velfaerd",
        "id: seminar-aktiv-visionsledelse",
    )
    [finding] = lines_with(cli("validate", "--content", content), "E301")
    assert "04-samskabelse-af-velfaerd.md" in finding
    assert "aktivitet 'seminar-aktiv-visionsledelse' bruges to gange" in finding
    assert "02-aktiv-visionsledelse.md:" in finding


def test_leader_in_two_groups(cli: Cli, content: Path) -> None:
    groups = content / "groups.yaml"
    edit(
        groups,
        "      - name: Erik Jespersgaard",
        "      - name: Erik Jespersgaard\n      - name: Søren Aakjær",
    )
    result = cli("validate", "--content", content)
    assert result.code == 1
    [finding] = lines_with(result, "E303")
    assert "Søren Aakjær står i både gruppe 1 og gruppe 12" in finding
    assert f"groups.yaml:{line_of(groups, 'Søren Aakjær', last=True)}:" in finding


def test_tab_in_indentation(cli: Cli, content: Path) -> None:
    edit(
        content / "learning_goals.yaml",
        "    title: Aktiv visionsledelse",
        "\ttitle: Aktiv visionsledelse",
    )
    [finding] = lines_with(cli("validate", "--content", content), "E104")
    line = line_of(content / "learning_goals.yaml", "\ttitle")
    assert f"learning_goals.yaml:{line}:1: E104 tabulator i indrykning" in finding


def test_latin1_bytes(cli: Cli, content: Path) -> None:
    path = content / "groups.yaml"
    path.write_bytes(path.read_text(encoding="utf-8").encode("latin-1"))
    result = cli("validate", "--content", content)
    assert result.code == 1
    [finding] = lines_with(result, "E102")
    first_ae = path.read_bytes().index("ø".encode("latin-1"))
    line = path.read_bytes()[:first_ae].count(b"\n") + 1
    assert f"groups.yaml:{line}:" in finding and "ikke gemt som UTF-8" in finding


def test_alias_bomb_is_refused_quickly(cli: Cli, content: Path) -> None:
    bomb = "\n".join([f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 30)])
    path = content / "programme.yaml"
    path.write_text(
        path.read_text(encoding="utf-8") + "a0: &a0 [x]\n" + bomb + "\n", encoding="utf-8"
    )
    result = cli("validate", "--content", content)
    assert result.code == 1
    [finding] = lines_with(result, "E106")
    assert f"programme.yaml:{line_of(path, 'a0: &a0')}:" in finding


@pytest.mark.parametrize(
    ("front", "code"),
    [
        ("id: x\n", "E110"),
        ("---\nid: x\n", "E111"),
        ("---\n- a\n- b\n---\n", "E112"),
        ("+++\nid = 'x'\n+++\n", "E116"),
        ("", "E114"),
        ("---\n---\nbody\n", "E112"),
    ],
)
def test_broken_front_matter(cli: Cli, content: Path, front: str, code: str) -> None:
    path = content / "phases" / "05-faelles-udfordringer.md"
    path.write_text(front, encoding="utf-8")
    result = cli("validate", "--content", content)
    assert result.code == 1
    [finding] = lines_with(result, code)
    assert "05-faelles-udfordringer.md" in finding


def test_yaml_syntax_error_in_danish(cli: Cli, content: Path) -> None:
    edit(
        content / "programme.yaml",
        "timezone: Europe/Copenhagen",
        "timezone: Europe/Copenhagen\nnote: Seminar: fælles",
    )
    [finding] = lines_with(cli("validate", "--content", content), "E103")
    assert "et kolon står, hvor det ikke må" in finding


def test_missing_file(cli: Cli, content: Path) -> None:
    (content / "learning_goals.yaml").unlink()
    result = cli("validate", "--content", content)
    assert result.code == 1
    assert "learning_goals.yaml: E306 indholdsfilen learning_goals.yaml mangler" in result.out


def test_scalars_are_never_guessed(cli: Cli, content: Path) -> None:
    """12:00, no, 0150 are text: as text fields they pass, unquoted."""
    edit(
        content / "phases" / "04-samskabelse-af-velfaerd.md",
        "    type: seminar",
        "    type: seminar\n    place: no\n    preparation: 10:30",
    )
    assert cli("validate", "--content", content).code == 0


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
    edit(
        content / "phases" / "03-graensekrydsende-samarbejde.md",
        "when: 2019-02-22",
        "when: 2019-03-22",
    )
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
    real_open = Path.open

    def no_access(self: Path, *args: Any, **kwargs: Any) -> Any:
        if self.name == "groups.yaml":
            raise PermissionError(13, "Permission denied")
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", no_access)
    result = cli("validate", "--content", content)
    assert result.code == 1
    assert "groups.yaml: E101 filen kan ikke læses: ingen adgang" in result.out


# --- output formats ---------------------------------------------------------------------


def test_json_format_is_a_list_of_findings(cli: Cli, content: Path) -> None:
    edit(
        content / "phases" / "03-graensekrydsende-samarbejde.md",
        "when: 2019-02-22",
        "when: 2019-02-30",
    )
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
    assert "1 fejl, 1 advarsel." in result.out
    assert f"{content}/groups.yaml:{line}:5: E203" in result.out  # the full list follows


def test_github_is_default_on_github_actions(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    assert cli("validate", "--content", SHIPPED).out.startswith("::warning file=")


def test_wrong_use_exits_2_in_danish(cli: Cli) -> None:
    result = cli("validate", "--format", "xml")
    assert result.code == 2
    assert "ugyldig værdi for --format: 'xml'" in result.err
    assert cli("validate", "--no-such-option").code == 2
