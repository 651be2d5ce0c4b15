"""`felles grundlag new|check|status`, through the real CLI on a copy of the shipped content."""

from __future__ import annotations

import errno
import json
import os
import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from felles import atomic
from felles.content import markdown
from felles.content.model import STATUSES
from tests.helpers.content import REPO, edit
from tests.helpers.run import Cli

# The sections of the packaged template, in order (STARTKIT.md).
SECTIONS = (
    "1. Formål med mit ledelsesgrundlag",
    "2. Den fælles ramme, jeg leder inden for",
    "3. Min ledelsesopgave og den værdi jeg vil skabe for borgerne",
    "4. Mine ledelsesværdier",
    "5. Sådan leder jeg i praksis",
    "6. Det kan du forvente af mig",
    "7. Det forventer jeg af dig",
    "8. Det er jeg mindre god til – her kan I hjælpe mig",
    "9. Min udvikling som leder",
    "10. Dialog og feedback",
)

PACKAGED_TEMPLATE = REPO / "templates" / "ledelsesgrundlag.md.j2"
SOEREN = "soeren-aakjaer.md"


def tree(root: Path) -> dict[str, bytes]:
    """Every file under root with its bytes (to prove nothing was written)."""
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and not p.is_symlink()
    }


def new_soeren(cli: Cli, content: Path, *args: str) -> Path:
    result = cli("grundlag", "new", "Søren Aakjær", "--content", content, *args)
    assert result.code == 0, result.output
    return content / "ledelsesgrundlag" / SOEREN


def set_status(path: Path, status: str) -> None:
    edit(path, "status: udkast", f"status: {status}")


def line_of(path: Path, text: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(i for i, line in enumerate(lines, 1) if line.startswith(text))


# --- must show ---------------------------------------------------------------------------


def test_new_creates_the_draft_with_his_name_and_group_and_validate_passes(
    cli: Cli, content: Path
) -> None:
    result = cli("grundlag", "new", "Søren Aakjær", "--content", content)
    path = content / "ledelsesgrundlag" / SOEREN
    assert result.code == 0, result.output
    assert path.is_file()
    assert "Oprettet:" in result.out and SOEREN in result.out
    text = path.read_text(encoding="utf-8")
    front = text.split("---\n")[1]
    assert 'leader: "Søren Aakjær"' in front
    assert re.search(r"^group: 1$", front, re.MULTILINE)
    assert re.search(r"^status: udkast$", front, re.MULTILINE)
    assert list((content / "ledelsesgrundlag").iterdir()) == [path]  # no temp file left
    checked = cli("validate", "--content", content)
    assert checked.code == 0, checked.output
    assert SOEREN not in checked.out


def test_new_again_exits_non_zero_and_leaves_the_file_byte_for_byte(
    cli: Cli, content: Path
) -> None:
    path = new_soeren(cli, content)
    edit(
        path,
        "## 1. Formål med mit ledelsesgrundlag\n",
        "## 1. Formål med mit ledelsesgrundlag\nMit.\n",
    )
    before = path.read_bytes()
    stat_before = path.stat().st_mtime_ns
    for extra in ([], ["--as-of", "2018-06-10"]):
        again = cli("grundlag", "new", "soeren aakjaer", "--content", content, *extra)
        assert again.code == 1
        assert "findes allerede" in again.err and "overskriver aldrig" in again.err
        assert path.read_bytes() == before
    assert path.stat().st_mtime_ns == stat_before
    forced = cli("grundlag", "new", "Søren Aakjær", "--force", "--content", content)
    assert forced.code == 2
    assert path.read_bytes() == before


@pytest.mark.parametrize("name", ["../../etc/passwd", "a/b", "", "..", "/etc/passwd", "a\\b"])
def test_hostile_names_create_nothing_anywhere(
    cli: Cli, content: Path, tmp_path: Path, name: str
) -> None:
    before = tree(tmp_path)
    result = cli("grundlag", "new", name, "--content", content)
    assert result.code == 2
    assert "ingen leder hedder" in result.err
    assert tree(tmp_path) == before
    assert not (content / "ledelsesgrundlag").exists()


def test_a_misspelt_name_exits_2_and_suggests_the_leader(cli: Cli, content: Path) -> None:
    result = cli("grundlag", "new", "Sören Aakjar", "--content", content)
    assert result.code == 2
    assert "Søren Aakjær" in result.err
    assert not (content / "ledelsesgrundlag").exists()


def test_new_all_then_status_shows_38_drafts_in_udkast_across_12_groups(
    cli: Cli, content: Path
) -> None:
    created = cli("grundlag", "new", "--all", "--content", content)
    assert created.code == 0, created.output
    assert "Oprettet: 38, sprunget over: 0" in created.out
    assert len(list((content / "ledelsesgrundlag").glob("*.md"))) == 38
    status = cli("grundlag", "status", "--content", content)
    assert status.code == 0, status.output
    assert len(re.findall(r"^Sparringsgruppe \d+$", status.out, re.MULTILINE)) == 12
    assert len(re.findall(r"^  .+  udkast ", status.out, re.MULTILINE)) == 38
    assert "I alt: 38 udkast." in status.out
    assert "0 af 38 udgivet." in status.out
    data = json.loads(cli("grundlag", "status", "--format", "json", "--content", content).out)
    assert len(data["leaders"]) == 38
    assert {row["status"] for row in data["leaders"]} == {"udkast"}
    assert len({row["group"] for row in data["leaders"]}) == 12
    assert data["totals"]["udkast"] == 38 and data["published"] == 0 and data["total"] == 38


def test_new_all_leaves_existing_drafts_and_counts_them(cli: Cli, content: Path) -> None:
    path = new_soeren(cli, content)
    edit(path, "status: udkast", "status: drøftet")
    before = path.read_bytes()
    result = cli("grundlag", "new", "--all", "--content", content)
    assert result.code == 0
    assert "Oprettet: 37, sprunget over: 1" in result.out
    assert path.read_bytes() == before
    again = cli("grundlag", "new", "--all", "--content", content)
    assert "Oprettet: 0, sprunget over: 38" in again.out


def test_kvalificeret_with_empty_sections_warns_with_file_and_line(cli: Cli, content: Path) -> None:
    path = new_soeren(cli, content)
    set_status(path, "kvalificeret")
    heading = "## 6. Det kan du forvente af mig"
    for section in SECTIONS:
        if not heading.endswith(section):
            edit(path, f"## {section}\n", f"## {section}\nJeg skriver noget her.\n")
    result = cli("grundlag", "check", "--content", content)
    assert result.code == 0, result.output  # a warning only
    line = line_of(path, heading)
    warnings = [x for x in result.out.splitlines() if " W401 " in x]
    assert len(warnings) == 1
    assert warnings[0].startswith(f"{path}:{line}:1: W401 ")
    assert "6. Det kan du forvente af mig" in warnings[0] and "kvalificeret" in warnings[0]
    assert cli("grundlag", "check", "--strict", "--content", content).code == 1
    validated = cli("validate", "--content", content)
    assert f"{path}:{line}:1: W401" in validated.out


@pytest.mark.parametrize("status", ["udkast", "drøftet"])
def test_empty_sections_are_fine_before_kvalificeret(cli: Cli, content: Path, status: str) -> None:
    path = new_soeren(cli, content)
    set_status(path, status)
    result = cli("grundlag", "check", "--strict", "--content", content)
    assert result.code == 0, result.output


@pytest.mark.parametrize("status", ["kvalificeret", "trænet", "udgivet"])
def test_every_empty_section_warns_from_kvalificeret_on(
    cli: Cli, content: Path, status: str
) -> None:
    path = new_soeren(cli, content)
    set_status(path, status)
    result = cli("grundlag", "check", "--content", content)
    lines = [x for x in result.out.splitlines() if " W401 " in x]
    assert len(lines) == len(SECTIONS)
    for section, line in zip(SECTIONS, lines, strict=True):
        assert line.startswith(f"{path}:{line_of(path, '## ' + section)}:")


def test_unknown_status_is_an_error_listing_the_allowed_ones(cli: Cli, content: Path) -> None:
    path = new_soeren(cli, content)
    set_status(path, "færdig")
    line = line_of(path, "status:")
    for command in (("grundlag", "check"), ("validate",)):
        result = cli(*command, "--content", content)
        assert result.code == 1
        found = [x for x in result.out.splitlines() if x.startswith(f"{path}:{line}:")]
        assert len(found) == 1, result.out
        assert "færdig" in found[0]
        for allowed in STATUSES:
            assert allowed in found[0]


def test_a_template_beside_the_content_folder_is_used(
    cli: Cli, content: Path, tmp_path: Path
) -> None:
    own = tmp_path / "templates" / "ledelsesgrundlag.md.j2"
    own.parent.mkdir()
    own.write_text(
        "---\nleader: {{ leader | yaml }}\ngroup: {{ group }}\nstatus: udkast\n"
        "created: {{ created }}\nupdated: {{ created }}\nversion: 1\n---\n"
        "# Aarhus' egen skabelon for {{ leader }}\n\n## Min ledelse\n\n> Hvordan leder du?\n",
        encoding="utf-8",
    )
    result = new_soeren(cli, content)
    text = result.read_text(encoding="utf-8")
    assert "# Aarhus' egen skabelon for Søren Aakjær" in text
    assert "Formål med mit ledelsesgrundlag" not in text
    shown = cli("grundlag", "new", "Niels Højberg", "--content", content)
    assert f"Skabelon: {own}" in shown.err
    # The check follows the template in use: its one section, not the packaged ten.
    set_status(result, "kvalificeret")
    checked = cli("grundlag", "check", "--content", content)
    assert checked.code == 0, checked.output
    assert checked.out.count(" W401 ") == 1 and "»Min ledelse«" in checked.out
    assert " W403 " not in checked.out


# --- the template --------------------------------------------------------------------------


def test_packaged_template_has_exactly_the_sections_the_checker_knows(
    cli: Cli, content: Path
) -> None:
    assert markdown.template_headings(PACKAGED_TEMPLATE.read_text(encoding="utf-8")) == list(
        SECTIONS
    )
    rendered = cli("grundlag", "new", "Søren Aakjær", "--dry-run", "--content", content).out
    assert [s.title for s in markdown.sections(rendered)] == list(SECTIONS)


def test_packaged_template_is_honest_about_the_startkit(cli: Cli, content: Path) -> None:
    text = cli("grundlag", "new", "Søren Aakjær", "--dry-run", "--content", content).out
    assert "inspireret af Ledelseskommissionens anbefaling (2018)" in text
    assert "gengiver ikke Ledelseskommissionens startkit" in text
    assert "Fortællingen om Aarhus: ‘En god by for alle’" in text  # the programme's own frame
    assert "Niels Højberg og Henrik Seiding" in text  # the rest of his group


def test_a_fresh_draft_has_no_words_of_the_leaders_own(cli: Cli, content: Path) -> None:
    new_soeren(cli, content)
    data = json.loads(cli("grundlag", "status", "--format", "json", "--content", content).out)
    soeren = next(row for row in data["leaders"] if row["leader"] == "Søren Aakjær")
    assert soeren["words"] == 0 and soeren["status"] == "udkast"


def test_dry_run_prints_path_and_text_and_writes_nothing(
    cli: Cli, content: Path, tmp_path: Path
) -> None:
    before = tree(tmp_path)
    result = cli("grundlag", "new", "Søren Aakjær", "--dry-run", "--content", content)
    assert result.code == 0
    assert SOEREN in result.out and "Prøvekørsel: " in result.out
    assert 'leader: "Søren Aakjær"' in result.out
    assert tree(tmp_path) == before


def test_a_broken_override_template_writes_nothing_and_names_the_template(
    cli: Cli, content: Path, tmp_path: Path
) -> None:
    own = tmp_path / "templates" / "ledelsesgrundlag.md.j2"
    own.parent.mkdir()
    own.write_text("---\nleader: {{ leader }}\n---\n{{ no_such_variable }}\n", encoding="utf-8")
    result = cli("grundlag", "new", "Søren Aakjær", "--content", content)
    assert result.code == 1
    assert str(own) in result.err and "no_such_variable" in result.err
    assert not (content / "ledelsesgrundlag").exists()
    own.write_text("---\nleader: Nogen\ngroup: 1\n---\n## A\n", encoding="utf-8")
    wrong = cli("grundlag", "new", "Søren Aakjær", "--content", content)
    assert wrong.code == 1 and "front matter" in wrong.err
    assert not (content / "ledelsesgrundlag").exists()


def test_verbose_names_the_packaged_template(cli: Cli, content: Path) -> None:
    result = cli("grundlag", "new", "Søren Aakjær", "-v", "--dry-run", "--content", content)
    assert f"Skabelon: {PACKAGED_TEMPLATE}" in result.err
    quiet = cli("grundlag", "new", "Niels Højberg", "--dry-run", "--content", content)
    assert "Skabelon" not in quiet.err


# --- new: more ------------------------------------------------------------------------------


def test_new_prints_the_groups_next_workshop(cli: Cli, content: Path) -> None:
    result = cli("grundlag", "new", "Søren Aakjær", "--as-of", "2018-06-10", "--content", content)
    assert result.code == 0
    assert "Næste skridt for sparringsgruppe 1: Workshop i fortrolige grupper" in result.out
    assert "dato ikke fastlagt" in result.out
    assert 'created: "2018-06-10"' in (content / "ledelsesgrundlag" / SOEREN).read_text("utf-8")
    late = cli("grundlag", "new", "Niels Højberg", "--as-of", "2025-01-01", "--content", content)
    assert "ingen kommende workshops" in late.out


def test_new_refuses_to_write_into_the_packaged_content(cli: Cli) -> None:
    packaged = REPO / "content" / "ledelsesgrundlag"
    existed = packaged.exists()
    result = cli("grundlag", "new", "Søren Aakjær")
    assert result.code == 2
    assert "felles init" in result.err and "indholdsmappe" in result.err
    assert packaged.exists() == existed
    assert not (packaged / SOEREN).exists() or existed
    # Looking is fine.
    assert cli("grundlag", "new", "Søren Aakjær", "--dry-run").code == 0


def test_new_needs_a_name_or_all_but_not_both(cli: Cli, content: Path) -> None:
    assert cli("grundlag", "new", "--content", content).code == 2
    both = cli("grundlag", "new", "Søren Aakjær", "--all", "--content", content)
    assert both.code == 2 and "--all" in both.err
    assert not (content / "ledelsesgrundlag").exists()


def test_new_refuses_a_second_draft_under_another_file_name(cli: Cli, content: Path) -> None:
    path = new_soeren(cli, content)
    moved = path.with_name("soeren.md")
    path.rename(moved)
    result = cli("grundlag", "new", "Søren Aakjær", "--content", content)
    assert result.code == 1 and "soeren.md" in result.err
    assert not path.exists()


def test_new_never_replaces_a_symlink_at_the_draft_path(
    cli: Cli, content: Path, tmp_path: Path
) -> None:
    folder = content / "ledelsesgrundlag"
    folder.mkdir()
    target = tmp_path / "elsewhere.txt"
    target.write_text("keep", encoding="utf-8")
    (folder / SOEREN).symlink_to(target)
    result = cli("grundlag", "new", "Søren Aakjær", "--content", content)
    assert result.code == 1
    assert target.read_text(encoding="utf-8") == "keep"
    assert (folder / SOEREN).is_symlink()


# --- check: more -------------------------------------------------------------------------


def test_check_reports_leader_group_name_duplicates_and_missing_sections(
    cli: Cli, content: Path
) -> None:
    path = new_soeren(cli, content)
    folder = path.parent
    twin = folder / "soeren.md"
    shutil.copy(path, twin)
    stranger = folder / "ukendt-leder.md"
    shutil.copy(path, stranger)
    edit(stranger, 'leader: "Søren Aakjær"', 'leader: "Søren Aakjar"')
    edit(path, "group: 1", "group: 2")
    edit(path, "## 4. Mine ledelsesværdier\n", "## 4. Mine værdier\n")
    result = cli("grundlag", "check", "--content", content)
    assert result.code == 1
    out = result.out
    assert f"{path}:{line_of(path, 'group:')}:1: E402" in out
    assert f"{twin}:" in out and " E403 " in out and " E404 soeren-aakjaer.md" not in out
    assert f"{twin}:{line_of(twin, 'leader:')}:1: E404 filen skal hedde soeren-aakjaer.md" in out
    assert f"{stranger}:{line_of(stranger, 'leader:')}:1: E401" in out
    assert "mente du »Søren Aakjær«" in out
    missing = next(x for x in out.splitlines() if " W403 " in x)
    assert missing.startswith(f"{path}:{line_of(path, '## 5.')}:1: W403")
    assert "4. Mine ledelsesværdier" in missing and "mente du »4. Mine værdier«" in missing


def test_headings_match_without_numbers_case_or_danish_letters(cli: Cli, content: Path) -> None:
    path = new_soeren(cli, content)
    edit(path, "## 8. Det er jeg mindre god til", "## det er jeg mindre god til")
    edit(path, "## 4. Mine ledelsesværdier", "## 4) MINE LEDELSESVAERDIER")
    result = cli("grundlag", "check", "--strict", "--content", content)
    assert result.code == 0, result.output


def test_updated_before_created_and_impossible_dates(cli: Cli, content: Path) -> None:
    path = new_soeren(cli, content, "--as-of", "2018-06-10")
    edit(path, 'updated: "2018-06-10"', 'updated: "2018-06-01"')
    warned = cli("grundlag", "check", "--content", content)
    assert f"{path}:{line_of(path, 'updated:')}:1: W402" in warned.out
    edit(path, 'created: "2018-06-10"', 'created: "2018-02-30"')
    failed = cli("grundlag", "check", "--content", content)
    assert failed.code == 1 and " E304 " in failed.out


def test_check_takes_paths_and_refuses_what_is_not_a_draft(
    cli: Cli, content: Path, tmp_path: Path
) -> None:
    cli("grundlag", "new", "--all", "--content", content)
    folder = content / "ledelsesgrundlag"
    bad = folder / "niels-hoejberg.md"
    set_status(bad, "færdig")
    good = folder / SOEREN
    only_good = cli("grundlag", "check", good, "--content", content)
    assert only_good.code == 0 and "1 ledelsesgrundlag er tjekket" in only_good.out
    both = cli("grundlag", "check", good, bad, "--content", content)
    assert both.code == 1 and "niels-hoejberg.md" in both.out
    missing = cli("grundlag", "check", folder / "nobody.md", "--content", content)
    assert missing.code == 2 and "nobody.md" in missing.err
    outside = tmp_path / "x.md"
    outside.write_text("---\n---\n", encoding="utf-8")
    assert cli("grundlag", "check", outside, "--content", content).code == 2


def test_broken_front_matter_is_a_finding_and_shows_as_invalid_in_status(
    cli: Cli, content: Path
) -> None:
    path = new_soeren(cli, content)
    edit(path, "group: 1\n", "group: 1\ngroup: 2\n")
    checked = cli("grundlag", "check", "--format", "json", "--content", content)
    assert checked.code == 1
    codes = {finding["code"] for finding in json.loads(checked.out)}
    assert codes == {"E105"}
    status = cli("grundlag", "status", "--group", "1", "--content", content)
    assert re.search(r"Søren Aakjær\s+ugyldig", status.out)


def test_check_fails_when_the_rest_of_the_content_is_broken(cli: Cli, content: Path) -> None:
    new_soeren(cli, content)
    edit(content / "groups.yaml", "number: 1", "number: [")
    result = cli("grundlag", "check", "--content", content)
    assert result.code == 1 and "felles validate" in result.err


def _filled(path: Path) -> None:
    for section in SECTIONS:
        edit(path, f"## {section}\n", f"## {section}\nJeg skriver noget her.\n")


# No deadline: the first example runs the CLI cold (imports, the template compiled), which
# takes longer than Hypothesis' 200 ms on a loaded machine, and fails as "unreliable".
@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    own=st.text(
        alphabet=st.characters(categories=["L", "N"], max_codepoint=0x2FF), min_size=1, max_size=20
    ),
    noise=st.lists(
        st.sampled_from(
            ["> Et spørgsmål?", "<!-- en note -->", "", "   ", ">", "<!--\nflere\n-->"]
        ),
        max_size=4,
    ),
)
def test_a_section_is_empty_exactly_when_it_has_no_words_of_the_leaders_own(
    cli: Cli, content: Path, own: str, noise: list[str]
) -> None:
    folder = content / "ledelsesgrundlag"
    shutil.rmtree(folder, ignore_errors=True)
    path = new_soeren(cli, content)
    _filled(path)
    set_status(path, "udgivet")
    heading = "## 7. Det forventer jeg af dig\nJeg skriver noget her.\n"
    block = "\n".join(noise)
    edit(path, heading, f"## 7. Det forventer jeg af dig\n{block}\n")
    empty = cli("grundlag", "check", "--content", content)
    assert empty.out.count(" W401 ") == 1
    edit(
        path,
        f"## 7. Det forventer jeg af dig\n{block}\n",
        f"## 7. Det forventer jeg af dig\n{block}\n{own}\n",
    )
    filled = cli("grundlag", "check", "--strict", "--content", content)
    assert filled.code == 0, filled.output


# --- status: more -------------------------------------------------------------------------


def test_status_counts_words_missing_drafts_and_progress(cli: Cli, content: Path) -> None:
    path = new_soeren(cli, content)
    edit(
        path,
        "## 3. Min ledelsesopgave og den værdi jeg vil skabe for borgerne\n",
        "## 3. Min ledelsesopgave og den værdi jeg vil skabe for borgerne\n"
        "Jeg vil skabe en god by for alle – sammen med borgerne.\n",
    )
    set_status(path, "udgivet")
    result = cli("grundlag", "status", "--group", "1", "--content", content)
    assert result.code == 0
    assert re.search(r"Søren Aakjær\s+udgivet\s+11 ord", result.out)
    assert re.search(r"Niels Højberg\s+mangler", result.out)
    assert "I alt: 1 udgivet, 2 mangler." in result.out
    assert "1 af 3 udgivet." in result.out
    assert "Sparringsgruppe 2" not in result.out
    everyone = cli("grundlag", "status", "--content", content)
    assert "1 af 38 udgivet." in everyone.out


def test_status_rejects_an_unknown_group(cli: Cli, content: Path) -> None:
    result = cli("grundlag", "status", "--group", "13", "--content", content)
    assert result.code == 2 and "13" in result.err and "grupperne er 1–12" in result.err


def _git(cwd: Path, *args: str, date: str = "2018-09-14T10:00:00+02:00") -> None:
    env = {
        **os.environ,
        "GIT_COMMITTER_DATE": date,
        "GIT_AUTHOR_DATE": date,
        "GIT_CONFIG_GLOBAL": os.devnull,
        "GIT_CONFIG_NOSYSTEM": "1",
    }
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@t", *args],
        cwd=cwd,
        env=env,
        check=True,
        capture_output=True,
    )


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_status_takes_last_changed_from_git_else_the_file_time(
    cli: Cli, content: Path, tmp_path: Path
) -> None:
    cli("grundlag", "new", "--all", "--content", content)
    _git(tmp_path, "init", "-q")
    _git(tmp_path, "add", ".")
    _git(tmp_path, "commit", "-q", "-m", "drafts", date="2018-06-20T10:00:00+02:00")
    soeren = content / "ledelsesgrundlag" / SOEREN
    edit(soeren, "status: udkast", "status: drøftet")
    _git(tmp_path, "commit", "-q", "-am", "discussed")
    niels = content / "ledelsesgrundlag" / "niels-hoejberg.md"
    edit(niels, "status: udkast", "status: drøftet")  # not committed: the file time counts
    os.utime(niels, (1_000_000_000, 1_000_000_000))  # 2001-09-09
    data = json.loads(cli("grundlag", "status", "--format", "json", "--content", content).out)
    changed = {row["leader"]: row["changed"] for row in data["leaders"]}
    assert changed["Søren Aakjær"] == "2018-09-14"
    assert changed["Henrik Seiding"] == "2018-06-20"
    assert changed["Niels Højberg"] == "2001-09-09"
    text = cli("grundlag", "status", "--group", "1", "--content", content).out
    assert "ændret fre. 14. sep. 2018" in text


def test_status_outside_git_uses_the_file_time(cli: Cli, content: Path) -> None:
    path = new_soeren(cli, content)
    os.utime(path, (1_000_000_000, 1_000_000_000))
    data = json.loads(cli("grundlag", "status", "--format", "json", "--content", content).out)
    soeren = next(row for row in data["leaders"] if row["leader"] == "Søren Aakjær")
    assert soeren["changed"] == "2001-09-09"
    assert soeren["path"].endswith(SOEREN)


def test_status_piped_is_plain_text(
    felles_process: Callable[..., subprocess.CompletedProcess[str]], content: Path
) -> None:
    done = felles_process("grundlag", "status", "--content", content)
    assert done.returncode == 0
    assert "\x1b[" not in done.stdout and "┃" not in done.stdout
    assert "0 af 38 udgivet." in done.stdout


# --- atomic writing ---------------------------------------------------------------------


def test_an_interrupted_write_leaves_no_file(
    cli: Cli, content: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail(fd: int) -> None:
        raise OSError(errno.EIO, "disk full")

    monkeypatch.setattr(atomic.os, "fsync", fail)
    result = cli("grundlag", "new", "Søren Aakjær", "--content", content)
    assert result.code != 0
    assert list((content / "ledelsesgrundlag").iterdir()) == []


def test_a_new_user_in_a_copy_of_the_content(
    felles_process: Callable[..., subprocess.CompletedProcess[str]], content: Path, tmp_path: Path
) -> None:
    """The must-show items as typed in a terminal, content found from the working directory."""
    before = tree(tmp_path)
    for name in ("../../etc/passwd", "a/b", ""):
        assert felles_process("grundlag", "new", name, cwd=tmp_path).returncode != 0
    assert tree(tmp_path) == before
    misspelt = felles_process("grundlag", "new", "Sören Aakjar", cwd=tmp_path)
    assert misspelt.returncode == 2 and "Søren Aakjær" in misspelt.stderr
    made = felles_process("grundlag", "new", "Søren Aakjær", cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    path = content / "ledelsesgrundlag" / SOEREN
    assert "ledelsesgrundlag/soeren-aakjaer.md" in made.stdout.replace("\\", "/")
    text = path.read_bytes()
    assert b'leader: "S\xc3\xb8ren Aakj\xc3\xa6r"\ngroup: 1\n' in text
    assert felles_process("validate", cwd=tmp_path).returncode == 0
    assert felles_process("grundlag", "new", "Søren Aakjær", cwd=tmp_path).returncode == 1
    assert path.read_bytes() == text
    own = tmp_path / "templates" / "ledelsesgrundlag.md.j2"
    own.parent.mkdir()
    own.write_text(PACKAGED_TEMPLATE.read_text("utf-8").replace("# Personligt", "# Vores"), "utf-8")
    other = felles_process("grundlag", "new", "Niels Højberg", cwd=tmp_path)
    assert other.returncode == 0 and "Skabelon:" in other.stderr
    assert "# Vores ledelsesgrundlag" not in text.decode()
    assert "# Vores ledelsesgrundlag – Niels Højberg" in (
        content / "ledelsesgrundlag" / "niels-hoejberg.md"
    ).read_text("utf-8")
    every = felles_process("grundlag", "new", "--all", cwd=tmp_path)
    assert "Oprettet: 36, sprunget over: 2" in every.stdout
    status = felles_process("grundlag", "status", cwd=tmp_path)
    assert "I alt: 38 udkast." in status.stdout and "0 af 38 udgivet." in status.stdout


def test_a_draft_saved_with_windows_line_endings_checks_the_same(cli: Cli, content: Path) -> None:
    path = new_soeren(cli, content)
    set_status(path, "trænet")
    _filled(path)
    edit(
        path,
        "## 9. Min udvikling som leder\nJeg skriver noget her.\n",
        "## 9. Min udvikling som leder\n",
    )
    line = line_of(path, "## 9.")
    path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))
    result = cli("grundlag", "check", "--content", content)
    assert result.code == 0, result.output
    assert [x.split(": W401")[0] for x in result.out.splitlines() if "W401" in x] == [
        f"{path}:{line}:1"
    ]
