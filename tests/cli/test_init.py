"""`felles init` and `felles move`: a programme of one's own, and the programme on new dates."""

from __future__ import annotations

import hashlib
import re
import shutil
from datetime import date
from pathlib import Path

import pytest

from tests.helpers.content import REPO, SHIPPED
from tests.helpers.run import Cli

SEMINAR = "seminar-aktiv-visionsledelse"  # Thursday 8 November 2018, 12.00 to 12.00


def _tree(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and ".git" not in p.relative_to(folder).parts
    }


def _next_json(cli: Cli, folder: Path, *args: str) -> list[dict[str, object]]:
    import json

    # Until far ahead: every activity, dated or still needing a date, in the two parts.
    until = ("--until", "2040-12-31")
    result = cli("next", "--content", folder / "content", "--format", "json", *until, *args)
    assert result.code == 0, result.err
    data = json.loads(result.out)
    return list(data["upcoming"]) + list(data["needs_date"])


def test_init_with_a_new_start_gives_a_programme_in_2027(cli: Cli, tmp_path: Path) -> None:
    target = tmp_path / "forloeb"
    made = cli("init", target, "--start", "2027-02")
    assert made.code == 0, made.err
    for part in (
        "content/programme.yaml",
        "content/phases",
        "schemas/programme.schema.json",
        "schemas/phase.schema.json",
        ".pre-commit-config.yaml",
        ".github/workflows/validate.yml",
        ".gitignore",
        "README.md",
    ):
        assert (target / part).exists(), part
    assert not (target / "content" / "ledelsesgrundlag").exists()
    assert cli("validate", "--content", target / "content").code == 0
    items = _next_json(cli, target, "--as-of", "2027-02-01", "50")
    assert items and all(str(item["start"]).startswith(("2027", "2028", "2029")) for item in items)
    [seminar] = [item for item in items if item["id"] == SEMINAR]
    start = date.fromisoformat(str(seminar["start"])[:10])
    assert start.weekday() == 3 and str(seminar["start"])[11:16] == "12:00"  # a Thursday at 12.00
    assert str(seminar["end"])[11:16] == "12:00"
    undated = [item for item in items if item["precision"] == "month"]
    assert undated and all(len(str(item["start"])) == 7 for item in undated)
    assert "1. cd " in made.out and "felles validate" in made.out  # the next three steps


def test_init_makes_a_git_repository_with_one_commit(cli: Cli, tmp_path: Path) -> None:
    import subprocess

    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    target = tmp_path / "forloeb"
    assert cli("init", target).code == 0
    log = subprocess.run(
        ["git", "-C", str(target), "log", "--oneline"], capture_output=True, text=True, check=True
    )
    assert len(log.stdout.splitlines()) == 1
    status = subprocess.run(
        ["git", "-C", str(target), "status", "--porcelain"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert status.stdout == ""  # everything is in the commit
    assert not (tmp_path / "nogit").exists()
    assert cli("init", tmp_path / "nogit", "--no-git").code == 0
    assert not (tmp_path / "nogit" / ".git").exists()


def test_init_never_writes_into_a_folder_that_is_not_empty(cli: Cli, tmp_path: Path) -> None:
    target = tmp_path / "forloeb"
    assert cli("init", target, "--no-git").code == 0
    (target / "content" / "groups.yaml").write_text("mine\n", encoding="utf-8")
    before = _tree(target)
    again = cli("init", target, "--no-git")
    assert again.code == 2 and "ikke tom" in again.err
    assert _tree(target) == before
    a_file = tmp_path / "fil"
    a_file.write_text("x", encoding="utf-8")
    assert cli("init", a_file).code == 2 and a_file.read_text(encoding="utf-8") == "x"
    assert cli("init", SHIPPED / "ny").code == 2 and not (SHIPPED / "ny").exists()


def test_init_blank_is_a_small_valid_programme_showing_every_field(
    cli: Cli, tmp_path: Path
) -> None:
    target = tmp_path / "tomt"
    assert cli("init", "--blank", target, "--no-git").code == 0
    result = cli("validate", "--content", target / "content")
    assert result.code == 0, result.out
    phase = next((target / "content" / "phases").glob("*.md")).read_text(encoding="utf-8")
    for field in ("when:", "end:", "place:", "who:", "groups:", "leaders:", "themes:", "agenda:"):
        assert field in phase
    assert "seminar" in phase and "who: grupper" in phase


@pytest.mark.parametrize("start", ["2027-02-04", "4.2.2027", "2027-02"])
def test_the_start_may_be_a_month_or_a_day(cli: Cli, tmp_path: Path, start: str) -> None:
    target = tmp_path / "forloeb"
    assert cli("init", target, "--start", start, "--no-git").code == 0
    items = _next_json(cli, target, "--as-of", "2027-01-01", "50")
    [seminar] = [item for item in items if item["id"] == SEMINAR]
    assert date.fromisoformat(str(seminar["start"])[:10]).weekday() == 3


@pytest.mark.parametrize(
    ("start", "words"), [("februar", "ikke en startdato"), ("2999-12", "2999")]
)
def test_a_start_that_cannot_be_used_is_one_danish_line(
    cli: Cli, tmp_path: Path, start: str, words: str
) -> None:
    result = cli("init", tmp_path / "forloeb", "--start", start, "--no-git")
    assert result.code == 2 and words in result.err and result.err.count("\n") == 1


def _without_dates(text: str) -> str:
    return re.sub(r"[0-9]{4}(-[0-9]{2}(-[0-9]{2}( [0-9]{2}:[0-9]{2})?)?)?", "DATO", text)


def test_move_changes_the_dates_and_nothing_else(cli: Cli, content: Path) -> None:
    phases = sorted((content / "phases").glob("*.md"))
    before = {p: p.read_text(encoding="utf-8") for p in phases}
    result = cli("move", "--start", "2028-01", "--content", content)
    assert result.code == 0, result.err
    for path, old in before.items():
        new = path.read_text(encoding="utf-8")
        assert new != old
        assert _without_dates(new) == _without_dates(old)  # comments, quotes, layout kept
        comments = [line for line in old.splitlines() if "#" in line]
        assert comments == [line for line in new.splitlines() if "#" in line] or all(
            _without_dates(a) == _without_dates(b)
            for a, b in zip(
                comments, [line for line in new.splitlines() if "#" in line], strict=True
            )
        )
    assert cli("validate", "--content", content).code == 0


def test_move_dry_run_writes_nothing_and_lists_the_changes(cli: Cli, content: Path) -> None:
    before = _tree(content)
    result = cli("move", "--start", "2028-01", "--dry-run", "--content", content)
    assert result.code == 0 and "2018-11-08 12:00 → " in result.out
    assert _tree(content) == before


def test_move_lists_the_holidays_and_weekends_the_new_dates_create(cli: Cli, content: Path) -> None:
    # Shipped seminars fall on weekdays; moved by whole months … and a day: Friday 22 February
    # 2019 → a Friday again (weeks), but the kick-off on 8 June moves to a day that may be a
    # holiday: whatever the new dates create is listed, in validate's words.
    result = cli("move", "--start", "2020-12-25", "--content", content)
    assert result.code == 0
    listed = [line for line in result.out.splitlines() if line.startswith("  ") and ": W5" in line]
    assert "Efter flytningen:" in result.out
    check = cli("validate", "--content", content)
    for line in listed:
        assert line.strip() in check.out


def test_move_into_the_summer_holiday_names_it(cli: Cli, content: Path) -> None:
    # The kick-off lands on the same day of the month or the first Friday after (#25): 13 July.
    result = cli("move", "--start", "2018-07", "--content", content)
    assert result.code == 0, result.err
    assert "Efter flytningen: 3 nye advarsler" in result.out  # and the title's old day twice
    assert (
        "W510 Møde i Strategisk Ledelsesforum d. 8. juni 2018 ligger i skolernes sommerferie "
        "(fredag den 13. juli 2018), hvor mange holder fri"
    ) in result.out


def test_move_refuses_the_packaged_programme(cli: Cli) -> None:
    result = cli("move", "--start", "2028-01")
    assert result.code == 2 and "felles init" in result.err


def test_the_scaffold_workflow_is_felles_own_but_installs_from_requirements() -> None:
    """felles' own workflow installs its checkout; a content repository's installs what its
    requirements.txt names. Every other step is the same."""
    import yaml

    def steps(path: Path) -> list[dict[str, object]]:
        workflow = yaml.safe_load(path.read_text(encoding="utf-8"))
        return [step for job in workflow["jobs"].values() for step in job["steps"]]

    ours = steps(REPO / ".github" / "workflows" / "validate.yml")
    theirs = steps(REPO / "scaffold" / ".github" / "workflows" / "validate.yml")
    install = [i for i, step in enumerate(theirs) if "pip install" in str(step.get("run", ""))]
    assert install == [i for i, step in enumerate(ours) if "pip install" in str(step.get("run"))]
    [at] = install
    assert ours[:at] + ours[at + 1 :] == theirs[:at] + theirs[at + 1 :]
    assert "python -m pip install .\n" in str(ours[at]["run"]) + "\n"
    assert "python -m pip install -r requirements.txt" in str(theirs[at]["run"])
