"""`felles move` and `felles init --start` as one transaction, landing where they say, and a
new cohort's text following its dates: as a coordinator runs them on a copy of the content."""

from __future__ import annotations

import os
import re
import shutil
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from tests.helpers.content import PHASE_1, add_sessions, edit, line_of
from tests.helpers.run import Cli

OLD_YEARS = re.compile(r"\b(?:2018|2019)\b")


def tree(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and not p.is_symlink()
    }


def activity_ids(content: Path) -> list[str]:
    found = []
    for path in sorted((content / "phases").glob("*.md")):
        found += re.findall(r"^  - id: (\S+)$", path.read_text(encoding="utf-8"), re.MULTILINE)
    return found


# --- a new cohort: init --start --------------------------------------------------------


def test_a_new_cohort_starts_on_the_day_it_says_and_its_text_follows(
    cli: Cli, tmp_path: Path
) -> None:
    target = tmp_path / "hold2027"
    made = cli("init", target, "--start", "2027-09-03", "--no-git")
    assert made.code == 0, made.output
    assert "Den lander på startdatoen, som er samme ugedag." in made.out
    # Every place that named the old period is listed with file and line, as rewritten.
    review = made.out.split("Skrevet om til det nye hold", 1)[1]
    assert re.search(
        r"01-ledelsesgrundlag\.md:24: title: Møde i Strategisk Ledelsesforum\n", review
    )
    assert re.search(r"02-aktiv-visionsledelse\.md:\d+: .*seminar 3\.–4\. februar 2028", review)
    assert "»## Sådan gik det« er ikke taget med" in review
    # What names the first cohort's time and is not a date of the programme stays, listed.
    todo = made.out.split("Tekst, der stadig nævner den gamle periode", 1)[1]
    assert re.search(r"programme\.yaml:\d+: »april 2018« i teksten", todo)
    assert re.search(r"05-faelles-udfordringer\.md:\d+: »2018« i fasens tekst", todo)
    assert "»Møde i Strategisk Ledelsesforum«: fre. 8. jun. 2018 → fre. 3. sep. 2027" in made.out
    content = target / "content"
    assert cli("validate", "--content", content).code == 0
    kickoff = cli("next", "--as-of", "2027-08-01", "--type", "møde", "--content", content)
    assert kickoff.code == 0, kickoff.output
    assert "fre. 3. sep. 2027" in kickoff.out and "Møde i Strategisk Ledelsesforum" in kickoff.out
    for day in ("2027-08-01", "2028-01-15", "2028-06-01", "2028-10-01"):
        shown = cli("next", "--as-of", day, "--content", content)
        assert shown.code == 0, shown.output
        assert not OLD_YEARS.search(shown.out), shown.out
    # Every agenda: the activity's text, its phase's text, its dates.
    for activity in activity_ids(content):
        agenda = cli("export", "agenda", activity, "--content", content)
        assert agenda.code == 0, agenda.output
        assert not OLD_YEARS.search(agenda.out), (activity, OLD_YEARS.findall(agenda.out))
    page = tmp_path / "side.html"
    assert cli("export", "site", "--content", content, "-o", page).code == 0
    text = re.sub(r"<[^>]+>", " ", page.read_text(encoding="utf-8"))
    # Only the history the to-do lists names the first cohort's years: the meeting the key
    # points come from, and phase 5's look back. No activity's text does.
    left = [text[max(0, m.start() - 12) : m.end() + 7] for m in OLD_YEARS.finditer(text)]
    assert all("april 2018" in found or "fra 2018 – 2020" in found for found in left), left
    # The history is not carried over; the seed's title stays in a comment.
    phase_1 = (content / PHASE_1).read_text(encoding="utf-8")
    assert "Sådan gik det" not in phase_1
    assert "the seed's title: Møde i Strategisk Ledelsesforum d. 8. juni 2018" in phase_1
    assert "    title: Møde i Strategisk Ledelsesforum\n" in phase_1


def test_a_start_on_another_weekday_lands_on_the_next_day_with_the_kickoffs(
    cli: Cli, tmp_path: Path
) -> None:
    made = cli("init", tmp_path / "hold", "--start", "2027-09-06", "--no-git")
    assert made.code == 0, made.output
    assert "fre. 8. jun. 2018 → fre. 10. sep. 2027" in made.out
    assert "man. 6. sep. 2027 er en mandag; aktiviteten er en fredag" in made.out


def test_a_move_lists_the_text_that_still_names_the_old_period(cli: Cli, content: Path) -> None:
    moved = cli("move", "--start", "2027-09-03", "--content", content)
    assert moved.code == 0, moved.output
    todo = moved.out.split("Tekst, der stadig nævner den gamle periode", 1)[1]
    phase_1, phase_2 = content / PHASE_1, content / "phases" / "02-aktiv-visionsledelse.md"
    for where in (
        f"01-ledelsesgrundlag.md:{line_of(phase_1, 'title: Møde i')}: »8. juni 2018« i titlen",
        f"01-ledelsesgrundlag.md:{line_of(phase_1, 'sommeren 2018')}: »sommeren 2018« i fasens "
        "tekst",
        f"02-aktiv-visionsledelse.md:{line_of(phase_2, '- Fælles seminar 8.-9. nov')}: "
        "»8.-9. nov« i fasens tekst",
    ):
        assert where in todo, where
    # A coordinator's own text is theirs: move lists it and changes none of it.
    assert "d. 8. juni 2018" in (content / PHASE_1).read_text(encoding="utf-8")
    checked = cli("validate", "--content", content)
    assert (
        "W327 Titlen i »Møde i Strategisk Ledelsesforum d. 8. juni 2018« nævner »8. juni 2018«, "
        "men aktiviteten er fre. 3. sep. 2027" in checked.out
    )


@pytest.mark.parametrize("months", [6, 30])
def test_a_move_by_months_never_makes_phases_overlap(cli: Cli, content: Path, months: int) -> None:
    year, month = divmod(2018 * 12 + 5 + months, 12)
    moved = cli("move", "--start", f"{year}-{month + 1:02d}", "--content", content)
    assert moved.code == 0, moved.output
    checked = cli("validate", "--content", content)
    assert checked.code == 0 and "E306" not in checked.out, checked.out
    phase_5 = (content / "phases" / "05-faelles-udfordringer.md").read_text(encoding="utf-8")
    phase_4 = (content / "phases" / "04-samskabelse-af-velfaerd.md").read_text(encoding="utf-8")
    end_4 = re.search(r"^  end: (\S+)$", phase_4, re.MULTILINE)
    start_5 = re.search(r'^  start: "?([0-9-]+)"?$', phase_5, re.MULTILINE)
    assert end_4 and start_5 and start_5.group(1) > end_4.group(1)


# --- the move checked before it is written ------------------------------------------------


def test_sessions_move_with_their_windows(cli: Cli, content: Path) -> None:
    # The workshop's window is June – November 2018; group 2 meets on its last Friday. A
    # month and five weeks later the window is July – December, and the Friday stays in it.
    add_sessions(
        content,
        "workshop-1",
        '{group: 1, when: "2018-08-21 09:00"}',
        '{group: 2, when: "2018-11-30 09:00", end: "2018-11-30 12:00"}',
    )
    moved = cli("move", "--start", "2018-07", "--content", content)
    assert moved.code == 0, moved.output
    text = (content / PHASE_1).read_text(encoding="utf-8")
    assert '{group: 2, when: "2018-12-28 09:00", end: "2018-12-28 12:00"}' in text
    checked = cli("validate", "--content", content)
    assert checked.code == 0 and "W307" not in checked.out, checked.out
    assert cli("next", "--as-of", "2018-07-01", "--content", content).code == 0


def test_a_move_that_would_create_an_error_writes_nothing(cli: Cli, content: Path) -> None:
    # A day that ends in its own month: moved by weeks and by months they cross.
    edit(
        content / PHASE_1, '    when: "2018-06-08"\n', '    when: "2018-06-29"\n    end: 2018-06\n'
    )
    assert cli("validate", "--content", content).code == 0
    before = tree(content)
    moved = cli("move", "--start", "2018-07", "--content", content)
    assert moved.code == 1, moved.output
    assert "Efter flytningen ville indholdet have 1 fejl, så intet er flyttet:" in moved.out
    assert "E305 slutdatoen (juli 2018) ligger før startdatoen (fre. 3. aug. 2018)" in moved.out
    assert tree(content) == before


def test_the_shipped_content_with_sessions_moves_with_its_windows_or_not_at_all(
    cli: Cli, content: Path
) -> None:
    add_sessions(
        content,
        "workshop-1",
        '{group: 1, when: "2018-08-21 09:00"}',
        '{group: 2, when: "2018-09-04 13:00"}',
    )
    before = tree(content)
    moved = cli("move", "--start", "2018-07", "--content", content)
    assert moved.code in (0, 1), moved.output
    if moved.code == 1:
        assert tree(content) == before and "så intet er flyttet" in moved.out
    else:
        assert cli("validate", "--content", content).code == 0
        assert cli("next", "--as-of", "2018-07-01", "--content", content).code == 0


# --- dates in words -------------------------------------------------------------------------


def test_a_week_without_a_year_is_the_coming_one_never_the_year_2000(
    cli: Cli, content: Path
) -> None:
    moved = cli("move", "--start", "uge 10", "--content", content)
    assert moved.code == 0, moved.output
    assert "2000" not in moved.out
    programme = (content / "programme.yaml").read_text(encoding="utf-8")
    found = re.search(r'^  start: "?(\d{4})-(\d{2})"?$', programme, re.MULTILINE)
    assert found, programme
    year, month = int(found.group(1)), int(found.group(2))
    assert date.fromisocalendar(year, 10, 1).month == month  # week 10's Monday
    assert date.today().year <= year <= date.today().year + 1


@pytest.mark.parametrize("start", ["2027-W10", "uge 10 2027", "8.3.2027"])
def test_start_takes_what_as_of_takes(cli: Cli, content: Path, start: str) -> None:
    moved = cli("move", "--start", start, "--dry-run", "--content", content)
    assert moved.code == 0, moved.output
    assert "→ man. 8. mar. 2027." in moved.out


@pytest.mark.parametrize("start", ["1.1.1850", "uge 10 3001", "3000-01-01"])
def test_a_start_outside_the_years_felles_reckons_with_is_refused(
    cli: Cli, content: Path, start: str
) -> None:
    before = tree(content)
    moved = cli("move", "--start", start, "--content", content)
    assert moved.code == 2 and moved.err.startswith("felles: ") and "Traceback" not in moved.err
    assert tree(content) == before


# --- all files or none ---------------------------------------------------------------------


def _as_nobody() -> list[str]:
    return ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]


@pytest.fixture
def shared_content() -> Iterator[Path]:
    """A copy of the content any user can reach (pytest's tmp_path is root's alone)."""
    folder = Path(tempfile.mkdtemp(prefix="felles-move-test-"))
    folder.chmod(0o755)
    from tests.helpers.content import copy_shipped

    content = copy_shipped(folder / "content")
    try:
        yield content
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def test_a_read_only_phases_folder_means_nothing_is_written(
    felles_process: object, shared_content: Path
) -> None:
    content = shared_content
    prefix: list[str] = []
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        if shutil.which("setpriv") is None:
            pytest.skip("setpriv (util-linux) is needed to run as another user than root")
        for path in [content, *content.rglob("*")]:
            os.chown(path, 65534, 65534)
        prefix = _as_nobody()
    (content / "phases").chmod(0o555)
    before = tree(content)
    try:
        done = subprocess.run(
            [
                *prefix,
                sys.executable,
                "-m",
                "felles",
                "move",
                "--start",
                "2027-09-03",
                "--content",
                str(content),
            ],
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=120,
            check=False,
            env={**os.environ, "HOME": str(content.parent)},
        )
    finally:
        (content / "phases").chmod(0o755)
    assert done.returncode == 2, done.stderr + done.stdout
    assert f"mappen {content / 'phases'} kan ikke skrives i" in done.stderr
    assert "intet er flyttet" in done.stderr and "Traceback" not in done.stderr
    assert tree(content) == before
    assert not [p for p in content.rglob("*") if p.name.endswith(".tmp")]


KILLER = """
import os, sys
real = os.replace
calls = [0]
def dying(*args, **kwargs):
    calls[0] += 1
    if calls[0] == 3:  # the journal, programme.yaml, then killed before the phases
        os._exit(9)
    return real(*args, **kwargs)
os.replace = dying
from felles.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_a_move_killed_halfway_is_reported_and_a_rerun_finishes_it(cli: Cli, content: Path) -> None:
    killed = subprocess.run(
        [sys.executable, "-c", KILLER, "move", "--start", "2027-09-03", "--content", str(content)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert killed.returncode == 9, killed.stderr
    assert "2027" in (content / "programme.yaml").read_text(encoding="utf-8")
    assert "2018" in (content / PHASE_1).read_text(encoding="utf-8").split("---")[1]
    half = cli("validate", "--content", content)
    assert half.code == 1
    assert "E350" in half.out and "uden for forløbets periode" in half.out
    assert "W326" in half.out and "kør »felles move« igen" in half.out
    again = cli("move", "--start", "2027-09-03", "--content", content)
    assert again.code == 0, again.output
    assert "En tidligere flytning blev afbrudt; den er nu gjort færdig" in again.err
    done = cli("validate", "--content", content)
    assert done.code == 0 and "E350" not in done.out and "W326" not in done.out
    assert '"2027-09-03"' in (content / PHASE_1).read_text(encoding="utf-8")
    assert not [p for p in content.rglob("*") if p.name.endswith(".tmp")]


def test_an_edit_saved_while_the_move_runs_is_never_overwritten(
    cli: Cli, content: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from felles.cli import move_check

    real = move_check.created
    phase = content / "phases" / "02-aktiv-visionsledelse.md"

    def edited_meanwhile(*args: object) -> object:
        found = real(*args)  # type: ignore[arg-type]
        edit(phase, "# Aktiv visionsledelse", "# Aktiv visionsledelse (rettet imens)")
        return found

    monkeypatch.setattr(move_check, "created", edited_meanwhile)
    before = tree(content)
    moved = cli("move", "--start", "2027-09-03", "--content", content)
    assert moved.code == 1, moved.output
    assert "02-aktiv-visionsledelse.md er ændret, siden felles move læste den" in moved.err
    after = tree(content)
    assert "(rettet imens)" in after["phases/02-aktiv-visionsledelse.md"].decode()
    del after["phases/02-aktiv-visionsledelse.md"], before["phases/02-aktiv-visionsledelse.md"]
    assert after == before


def test_a_symlinked_phase_stays_a_link_and_files_keep_mode_and_owner(
    cli: Cli, content: Path, tmp_path: Path
) -> None:
    (content / "kilder").mkdir()
    elsewhere = content / "kilder" / "fase-1.md"
    phase = content / PHASE_1
    shutil.move(phase, elsewhere)
    phase.symlink_to(Path("..") / "kilder" / "fase-1.md")
    programme = content / "programme.yaml"
    programme.chmod(0o640)
    owner = None
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        owner = (65534, 65534)
        os.chown(programme, *owner)
    moved = cli("move", "--start", "2027-09-03", "--content", content)
    assert moved.code == 0, moved.output
    assert phase.is_symlink() and phase.resolve() == elsewhere.resolve()
    assert '"2027-09-03"' in elsewhere.read_text(encoding="utf-8")
    info = programme.stat()
    assert stat.S_IMODE(info.st_mode) == 0o640
    if owner is not None:
        assert (info.st_uid, info.st_gid) == owner


def test_a_hard_linked_file_is_said(cli: Cli, content: Path, tmp_path: Path) -> None:
    os.link(content / "programme.yaml", tmp_path / "andet-navn.yaml")
    moved = cli("move", "--start", "2027-09-03", "--content", content)
    assert moved.code == 0, moved.output
    assert "havde 2 hårde links" in moved.err


def test_a_half_moved_file_edited_meanwhile_is_reported_and_left_alone(
    cli: Cli, content: Path
) -> None:
    killed = subprocess.run(
        [sys.executable, "-c", KILLER, "move", "--start", "2027-09-03", "--content", str(content)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert killed.returncode == 9, killed.stderr
    phase = content / PHASE_1
    edit(phase, "title: Personligt ledelsesgrundlag", "title: Personligt ledelsesgrundlag (ny)")
    before = tree(content)
    again = cli("move", "--start", "2027-09-03", "--content", content)
    assert again.code == 1, again.output
    assert "en afbrudt flytning kan ikke gøres færdig" in again.err
    assert "01-ledelsesgrundlag.md er hverken som før eller efter flytningen" in again.err
    assert ".felles-flytning.json" in again.err
    assert tree(content) == before
