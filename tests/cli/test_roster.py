"""Leaders who leave and join (`until`, `from` in groups.yaml), as a coordinator meets them:
validate, next --leader and `felles pair --update` on a copy of the shipped content."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from felles.content.reader import read_yaml
from tests.cli.test_pair import JOBBESOEG, PHASE_4, SPARRING
from tests.helpers.content import edit, line_of
from tests.helpers.run import Cli

HENRIK = "      - name: Henrik Seiding\n"
GROUP_7_LAST = "      - name: Jan Beyer Schmidt-Sørensen\n"


def pairs_file(content: Path, activity: str) -> list[tuple[str, str]]:
    data = read_yaml(content / "pairs" / f"{activity}.yaml").data
    return [(p["visitor"], p["host"]) for p in data["pairs"]]


def with_two_pairings(cli: Cli, content: Path) -> None:
    """Both pairing activities of the shipped programme paired, as before anyone left."""
    path = content / PHASE_4
    text = path.read_text(encoding="utf-8")
    pattern = r"(title: Coaching/sparring\n(?:.*\n){0,3}?)    who: individuel"
    assert re.search(pattern, text)
    path.write_text(re.sub(pattern, r"\1    who: par", text, count=1), encoding="utf-8")
    for activity in (JOBBESOEG, SPARRING):
        made = cli("pair", activity, "--seed", "1", "--content", content)
        assert made.code == 0, made.output


def groups_of(content: Path) -> dict[str, int]:
    data = read_yaml(content / "groups.yaml").data
    return {m["name"]: g["number"] for g in data["groups"] for m in g["members"]}


def assert_rules_hold(content: Path, pairs: list[tuple[str, str]], leaders: set[str]) -> None:
    groups = groups_of(content)
    assert sorted(v for v, _ in pairs) == sorted(leaders)
    assert sorted(h for _, h in pairs) == sorted(leaders)
    assert all(groups[v] != groups[h] for v, h in pairs)


def changed(before: list[tuple[str, str]], after: list[tuple[str, str]]) -> int:
    return len(set(before) ^ set(after))


def test_a_leader_who_leaves_keeps_history_and_only_their_partners_are_paired_anew(
    cli: Cli, content: Path
) -> None:
    with_two_pairings(cli, content)
    before = pairs_file(content, JOBBESOEG)
    edit(content / "groups.yaml", HENRIK, HENRIK + "        until: 2019-01\n")
    checked = cli("validate", "--content", content)
    assert checked.code == 0, checked.output
    # Both rounds are after January 2019: each says he stands there, and what to run.
    assert checked.out.count("W325 Henrik Seiding har forladt forløbet (fra januar 2019)") == 4
    assert f"felles pair {JOBBESOEG} --update" in checked.out
    assert "E302" not in checked.out
    shown = cli("next", "--leader", "Henrik Seiding", "--as-of", "2019-03-01", "--content", content)
    assert shown.code == 0, shown.output
    assert "Henrik Seiding har forladt forløbet (fra januar 2019)" in shown.out
    assert "Jobbesøg" not in shown.out and "Gruppens næste workshop" not in shown.out
    # Before he left, he is in the programme as before.
    earlier = cli(
        "next", "--leader", "Henrik Seiding", "--as-of", "2018-09-01", "--content", content
    )
    assert "forladt" not in earlier.out and "Gruppens næste workshop" in earlier.out
    updated = cli("pair", JOBBESOEG, "--update", "--seed", "7", "--content", content)
    assert updated.code == 0, updated.output
    after = pairs_file(content, JOBBESOEG)
    assert changed(before, after) <= 4
    leaders = set(groups_of(content)) - {"Henrik Seiding"}
    assert_rules_hold(content, after, leaders)
    assert "Udgår: Henrik Seiding besøger" in updated.out
    assert "Opdaterede parrene" in updated.err
    again = cli("validate", "--content", content)
    assert again.code == 0 and again.out.count("W325") == 2  # the other round's file still


def test_a_39th_leader_joining_changes_at_most_three_visits(cli: Cli, content: Path) -> None:
    with_two_pairings(cli, content)
    before = pairs_file(content, JOBBESOEG)
    edit(
        content / "groups.yaml",
        GROUP_7_LAST,
        GROUP_7_LAST + "      - name: Nanna Nybegynder\n        from: 2019-03\n",
    )
    checked = cli("validate", "--content", content)
    assert checked.code == 0 and "W309 Nanna Nybegynder står ikke i parrene" in checked.out
    updated = cli("pair", JOBBESOEG, "--update", "--seed", "3", "--content", content)
    assert updated.code == 0, updated.output
    after = pairs_file(content, JOBBESOEG)
    assert len(after) == 39 and changed(before, after) <= 3
    assert_rules_hold(content, after, set(groups_of(content)))
    assert "36 af 39 besøg er de samme" in updated.err or "37 af 39" in updated.err
    clean = cli("validate", "--content", content)
    assert clean.code == 0
    rows = [row for row in clean.out.splitlines() if "W309 Nanna" in row]
    assert rows and all(SPARRING in row for row in rows)  # only the other round lacks her
    # She joins in March 2019: not in what comes before, and next says when she joins.
    shown = cli(
        "next", "--leader", "Nanna Nybegynder", "--as-of", "2018-10-01", "--content", content
    )
    assert "Med i forløbet fra marts 2019" in shown.out
    assert "Workshop i fortrolige grupper" not in shown.out


def test_a_finding_in_one_pairs_file_never_stops_pair_on_another(cli: Cli, content: Path) -> None:
    with_two_pairings(cli, content)
    path = content / "pairs" / f"{JOBBESOEG}.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("Henrik Seiding", "Henrik Sejding", 1), encoding="utf-8")
    assert cli("validate", "--content", content).code == 1
    again = cli("pair", SPARRING, "--replace", "--seed", "2", "--content", content)
    assert again.code == 0, again.output
    fixed = cli("pair", JOBBESOEG, "--update", "--seed", "2", "--content", content)
    assert fixed.code == 0, fixed.output
    assert cli("validate", "--content", content).code == 0


def test_update_and_replace_together_is_wrong_use(cli: Cli, content: Path) -> None:
    result = cli("pair", JOBBESOEG, "--update", "--replace", "--content", content)
    assert result.code == 2 and "--update og --replace kan ikke bruges sammen" in result.err


def test_a_deleted_leader_is_explained_with_file_and_line(cli: Cli, content: Path) -> None:
    with_two_pairings(cli, content)
    edit(content / "groups.yaml", HENRIK, "")
    line = line_of(content / "pairs" / f"{JOBBESOEG}.yaml", "Henrik Seiding")
    plain = cli("validate", "--content", content)
    assert plain.code == 1
    expected = f"{JOBBESOEG}.yaml:{line}:"
    found = [row for row in plain.out.splitlines() if expected in row and "E302" in row]
    assert found and "lederen står ikke i nogen sparringsgruppe i groups.yaml" in found[0]
    assert "Lotte Henriksen" not in plain.out


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_a_name_deleted_since_the_last_commit_suggests_until(cli: Cli, content: Path) -> None:
    with_two_pairings(cli, content)

    def git(*args: str) -> None:
        subprocess.run(
            ["git", "-c", "user.name=t", "-c", "user.email=t@t", "-C", str(content), *args],
            check=True,
            capture_output=True,
        )

    git("init", "-q")
    git("add", "-A")
    git("commit", "-qm", "start")
    edit(content / "groups.yaml", HENRIK, "")
    result = cli("validate", "--content", content)
    assert result.code == 1
    rows = [row for row in result.out.splitlines() if "Henrik Seiding" in row]
    assert rows and all("stod i groups.yaml i sidste commit" in row for row in rows)
    assert all("until:" in row for row in rows)


def test_json_pairs_leave_out_a_leader_who_has_left(cli: Cli, content: Path) -> None:
    edit(content / "groups.yaml", HENRIK, HENRIK + "        until: 2019-01\n")
    result = cli(
        "pair", JOBBESOEG, "--seed", "1", "--format", "json", "--dry-run", "--content", content
    )
    assert result.code == 0, result.output
    visits = json.loads(result.out)
    assert len(visits) == 37
    assert all("Henrik Seiding" not in (v["visitor"], v["host"]) for v in visits)


def test_agendas_count_only_the_leaders_who_are_members_that_day(cli: Cli, content: Path) -> None:
    edit(content / "groups.yaml", HENRIK, HENRIK + "        until: 2019-01\n")
    edit(
        content / "groups.yaml",
        GROUP_7_LAST,
        GROUP_7_LAST + "      - name: Nanna Nybegynder\n        from: 2019-03\n",
    )
    # 22 February 2019: Henrik has left, Nanna has not joined yet.
    seminar = cli("export", "agenda", "seminar-graensekrydsende-samarbejde", "--content", content)
    assert seminar.code == 0, seminar.output
    assert "(37 ledere)" in seminar.out
    # 8 November 2018: Henrik is still there.
    earlier = cli("export", "agenda", "seminar-aktiv-visionsledelse", "--content", content)
    assert earlier.code == 0, earlier.output
    assert "(38 ledere)" in earlier.out


def test_the_draft_of_a_leader_who_has_left_is_archived_not_an_error(
    cli: Cli, content: Path
) -> None:
    made = cli("grundlag", "new", "Henrik Seiding", "--content", content)
    assert made.code == 0, made.output
    edit(content / "groups.yaml", HENRIK, HENRIK + "        until: 2019-01\n")
    assert cli("validate", "--content", content).code == 0
    after = cli("grundlag", "status", "--as-of", "2019-03-01", "--content", content)
    assert after.code == 0, after.output
    row = next(line for line in after.out.splitlines() if "Henrik Seiding" in line)
    assert "arkiveret" in row
    assert "Søren Aakjær" in after.out  # the others as before
    assert not any(
        "Henrik Seiding" in line and "mangler" in line for line in after.out.splitlines()
    )
    before = cli("grundlag", "status", "--as-of", "2018-09-01", "--content", content)
    row = next(line for line in before.out.splitlines() if "Henrik Seiding" in line)
    assert "udkast" in row and "arkiveret" not in row
    shown = cli("next", "--leader", "Henrik Seiding", "--as-of", "2019-03-01", "--content", content)
    assert "Ledelsesgrundlag: arkiveret, status »udkast«" in shown.out


def test_a_survey_round_after_a_leader_left_has_no_row_for_them(cli: Cli, content: Path) -> None:
    edit(content / "groups.yaml", HENRIK, HENRIK + "        until: 2019-01\n")
    baseline = cli("survey", "template", "baseline", "--content", content)
    later = cli("survey", "template", "opfoelgning", "--content", content)
    assert baseline.code == later.code == 0, baseline.output + later.output
    assert "\nhenrik-seiding;" in baseline.out  # phase 1, 2018: still a member
    assert "henrik-seiding" not in later.out  # phase 4, from August 2019: left
    assert "\nniels-hoejberg;" in later.out
