"""`felles status`: the coordinator's desk, on copies of the shipped content as a new
coordinator would use it."""

from __future__ import annotations

import json
import os
import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from felles.cli import main, quick
from tests.helpers.content import SHIPPED, add_sessions, edit, line_of
from tests.helpers.drafts import write_draft
from tests.helpers.run import Cli, heavy_imports

PHASE_1 = "phases/01-ledelsesgrundlag.md"
SEMINAR = "seminar-aktiv-visionsledelse"
JOBBESOEG = "jobbesoeg-graensekrydsende-samarbejde"


@pytest.fixture
def desk(cli: Cli, content: Path) -> Path:
    """Group 1 has held two workshops, group 2 one; three drafts in group 1 and 2: an empty
    one, one kvalificeret, one udgivet."""
    add_sessions(
        content,
        "workshop-1",
        "{group: 1, when: 2018-08-21 09:00, place: Dokk1}",
        "{group: 2, when: 2018-08-23 13:00}",
    )
    add_sessions(content, "workshop-2", "{group: 1, when: 2018-09-18 09:00}")
    write_draft(cli, content, "Søren Aakjær")  # group 1, empty
    write_draft(cli, content, "Niels Højberg", "kvalificeret", "Jeg leder ved at lytte.")
    write_draft(cli, content, "Kirsten Jørgensen", "udgivet", "Mit grundlag.")  # group 2
    return content


def status(cli: Cli, content: Path, day: str, *args: str) -> dict[str, object]:
    result = cli("status", "--as-of", day, "--format", "json", "--content", content, *args)
    assert result.code == 0, result.output
    found: dict[str, object] = json.loads(result.out)
    return found


def sections(text: str) -> dict[str, list[str]]:
    """The text's sections by heading, each with its (indented) lines."""
    found: dict[str, list[str]] = {}
    current = None
    for line in text.splitlines()[1:]:
        if line and not line.startswith(" "):
            current = found.setdefault(line, [])
        elif line and current is not None:
            current.append(line.strip())
    return found


# --- the must-show ------------------------------------------------------------------------


def test_the_desk_names_missing_dates_drafts_behind_and_the_seminar_when_near(
    cli: Cli, desk: Path
) -> None:
    data = status(cli, desk, "2018-10-15")
    assert data["next_14_days"] == []  # the seminar of 8 November is 24 days away
    missing = {m["id"]: m for m in data["needs_date"]}  # type: ignore[attr-defined]
    assert missing["workshop-1"]["groups_without_date"] == list(range(3, 13))
    assert missing["workshop-2"]["groups_without_date"] == list(range(2, 13))
    assert missing["workshop-3"]["groups_without_date"] == list(range(1, 13))
    behind = {b["leader"]: b for b in data["drafts_behind"]}  # type: ignore[attr-defined]
    soeren = behind["Søren Aakjær"]
    assert (soeren["group"], soeren["status"], soeren["words"]) == (1, "udkast", 0)
    [why] = soeren["behind"]
    assert why["kind"] == "workshop" and why["expected"] == "kvalificeret"
    assert why["workshop"]["id"] == "workshop-2"
    assert "Niels Højberg" not in behind  # kvalificeret after two workshops: on time
    assert "Kirsten Jørgensen" not in behind  # udgivet
    # Group 1's third leader and group 2's others have no draft after their workshops.
    assert behind["Henrik Seiding"]["status"] == "mangler"
    assert behind["Hosea Dutschke"]["behind"][0]["expected"] == "drøftet"
    assert {b["group"] for b in behind.values()} == {1, 2}  # groups 3–12 have held nothing
    near = status(cli, desk, "2018-10-30")
    assert [item["id"] for item in near["next_14_days"]] == [SEMINAR]  # type: ignore[index]


def test_the_text_says_who_is_behind_and_why(cli: Cli, desk: Path) -> None:
    result = cli("status", "--as-of", "2018-10-15", "--content", desk)
    assert result.code == 0, result.output
    assert result.out.startswith("Status pr. man. 15. okt. 2018\n")
    found = sections(result.out)
    assert list(found) == ["Mangler dato", "Ledelsesgrundlag", "Spørgeskema", "Advarsler"]
    assert (
        "Workshop med præsentation af udkast til ledelsesgrundlag (juni – november 2018): "
        "11 af 12 grupper har ingen dato (sparringsgruppe 2–12)"
    ) in found["Mangler dato"]
    assert (
        "Søren Aakjær (sparringsgruppe 1): status »udkast«, tomt; gruppen har holdt "
        "»Workshop med præsentation af udkast til ledelsesgrundlag« (tirs. 18. sep. 2018 "
        "kl. 09.00), så udkastet skulle være »kvalificeret«"
    ) in found["Ledelsesgrundlag"]
    assert not [line for line in found["Ledelsesgrundlag"] if line.startswith("Niels")]


def test_after_the_deadline_every_unpublished_draft_is_behind(cli: Cli, desk: Path) -> None:
    # The drafts "udkommer" before the first seminar (8 November): due on the 7th.
    before = status(cli, desk, "2018-11-07")
    names = {b["leader"] for b in before["drafts_behind"]}  # type: ignore[attr-defined]
    assert "Niels Højberg" not in names
    after = status(cli, desk, "2018-11-08")
    behind = {b["leader"]: b for b in after["drafts_behind"]}  # type: ignore[attr-defined]
    assert len(behind) == 38 - 1  # every leader but the one who published
    assert "Kirsten Jørgensen" not in behind
    [why] = behind["Niels Højberg"]["behind"]
    assert why == {
        "kind": "deadline",
        "day": "2018-11-07",
        "before": {"id": SEMINAR, "title": "Fælles seminar: Ledelsesgrundlag og visionsledelse"},
    }
    text = cli("status", "--as-of", "2018-11-08", "--content", desk).out
    assert (
        "Niels Højberg (sparringsgruppe 1): status »kvalificeret«; ledelsesgrundlaget skulle "
        "være udgivet senest ons. 7. nov. 2018, før »Fælles seminar: Ledelsesgrundlag og "
        "visionsledelse«"
    ) in text


# --- the sections ---------------------------------------------------------------------------


def test_the_next_14_days_give_place_and_who(cli: Cli, desk: Path) -> None:
    result = cli("status", "--as-of", "2018-08-20", "--content", desk)
    soon = sections(result.out)["De næste 14 dage"]
    assert soon == [
        "tirs. 21. aug. 2018 kl. 09.00 · uge 34 · i morgen · workshop · Workshop i fortrolige "
        "grupper (sparringsgruppe 1) · sparringsgruppe 1 · sted: Dokk1",
        "tors. 23. aug. 2018 kl. 13.00 · uge 34 · om 3 dage · workshop · Workshop i fortrolige "
        "grupper (sparringsgruppe 2) · sparringsgruppe 2 · intet sted endnu",
    ]


def test_an_activity_for_all_with_only_a_month_needs_a_date(cli: Cli, content: Path) -> None:
    phase = content / "phases/02-aktiv-visionsledelse.md"
    edit(phase, 'when: "2018-11-08 12:00"', 'when: "2018-11"')
    edit(phase, 'end: "2018-11-09 12:00"', 'end: "2018-11"')
    data = status(cli, content, "2018-10-15")
    seminar = next(m for m in data["needs_date"] if m["id"] == SEMINAR)  # type: ignore[attr-defined]
    assert (seminar["who"], seminar["groups_without_date"]) == ("alle", [])
    text = cli("status", "--as-of", "2018-10-15", "--content", content).out
    assert (
        "Fælles seminar: Ledelsesgrundlag og visionsledelse (november 2018): har kun en måned, "
        "ingen dag"
    ) in sections(text)["Mangler dato"]


def test_a_group_activity_is_missing_only_once_its_window_closes_within_six_weeks(
    cli: Cli, content: Path
) -> None:
    # The workshops' window closes in November: from mid-October its last month is near.
    early = status(cli, content, "2018-08-01")
    assert early["needs_date"] == []
    late = status(cli, content, "2018-09-20")
    assert [m["id"] for m in late["needs_date"]] == ["workshop-1", "workshop-2", "workshop-3"]  # type: ignore[attr-defined]


def test_pairs_not_made_and_leaders_without_a_visit(cli: Cli, content: Path) -> None:
    data = status(cli, content, "2019-03-15")
    [due] = data["pairs"]  # type: ignore[misc]
    assert (due["id"], due["pairs_made"]) == (JOBBESOEG, False)
    text = cli("status", "--as-of", "2019-03-15", "--content", content).out
    assert (
        "Jobbesøg hos hinanden (marts – juni 2019): parrene er ikke lavet; lav dem med "
        f"»felles pair {JOBBESOEG}«"
    ) in sections(text)["Par"]
    assert status(cli, content, "2019-02-15")["pairs"] == []  # the window has not opened
    assert cli("pair", JOBBESOEG, "--seed", "1", "--content", content).code == 0
    assert status(cli, content, "2019-03-15")["pairs"] == []
    pairs = content / "pairs" / f"{JOBBESOEG}.yaml"
    lines = pairs.read_text(encoding="utf-8").splitlines(keepends=True)
    first = next(i for i, line in enumerate(lines) if line.lstrip().startswith("- {visitor:"))
    visitor, host = re.findall(r'"([^"]+)"', lines[first])
    pairs.write_text("".join(lines[:first] + lines[first + 1 :]), encoding="utf-8")
    [left] = status(cli, content, "2019-03-15")["pairs"]  # type: ignore[misc]
    assert left["pairs_made"] is True
    assert set(left["without_visit"]) == {visitor, host}


def test_a_survey_round_is_due_from_its_phase_until_imported(cli: Cli, content: Path) -> None:
    assert status(cli, content, "2018-05-15")["survey"] == []
    opening = status(cli, content, "2018-05-25")
    assert opening["survey"] == []
    assert opening["survey_opening"] == [
        {
            "round": "baseline",
            "title": "Førmåling",
            "opens": "2018-06-01",
            "phase": "ledelsesgrundlag",
        }
    ]
    text = cli("status", "--as-of", "2018-05-25", "--content", content).out
    assert sections(text)["Spørgeskema"] == [
        "Runden »Førmåling« (baseline) åbner fre. 1. jun. 2018 (om 7 dage) ved fase 1 "
        "»Personligt ledelsesgrundlag«"
    ]
    [due] = status(cli, content, "2018-06-01")["survey"]  # type: ignore[misc]
    assert (due["round"], due["opens"], due["phase"]) == ("baseline", "2018-06", "ledelsesgrundlag")
    text = cli("status", "--as-of", "2018-06-01", "--content", content).out
    assert (
        "Runden »Førmåling« (baseline) åbnede juni 2018 ved fase 1 »Personligt "
        "ledelsesgrundlag«, og svarene er ikke importeret; importér dem med »felles survey "
        "import baseline FIL.csv«"
    ) in sections(text)["Spørgeskema"]


def test_warnings_of_the_next_eight_weeks_only_and_not_the_accepted(
    cli: Cli, content: Path
) -> None:
    add_sessions(
        content,
        "workshop-1",
        "{group: 1, when: 2018-10-16 09:00}",
        "{group: 2, when: 2018-10-17 09:00}  # felles: tillad W510 – gruppen har aftalt det",
    )
    near = cli("status", "--as-of", "2018-09-01", "--content", content)
    [warning] = [line for line in sections(near.out)["Advarsler"] if " W510 " in line]
    line = line_of(content / PHASE_1, "{group: 1, when: 2018-10-16")
    assert f"01-ledelsesgrundlag.md:{line}:" in warning
    assert "ligger i skolernes efterårsferie, uge 42 (tirsdag den 16. oktober 2018)" in warning
    far = cli("status", "--as-of", "2018-08-01", "--content", content)  # 11 weeks before
    assert " W510 " not in far.out
    data = status(cli, content, "2018-09-01")
    assert [w["code"] for w in data["warnings"]].count("W510") == 1  # type: ignore[attr-defined]


def test_markdown_for_an_email(cli: Cli, desk: Path) -> None:
    result = cli("status", "--as-of", "2018-10-30", "--format", "md", "--content", desk)
    assert result.code == 0, result.output
    lines = result.out.splitlines()
    assert lines[0] == "# Status for Fælles om ledelse pr. tirs. 30. okt. 2018"
    assert "## De næste 14 dage" in lines and "## Ledelsesgrundlag" in lines
    assert any(line.startswith("- tors. 8. nov. 2018 kl. 12.00") for line in lines)


def test_nothing_to_do_says_so_and_exits_0(cli: Cli) -> None:
    # A month before the kick-off: nothing is near, due or behind yet.
    result = cli("status", "--as-of", "2018-05-01")
    assert result.code == 0, result.output
    assert result.out.splitlines()[-1].startswith("Intet kræver dig pr. tirs. 1. maj 2018")
    assert json.loads(cli("status", "--as-of", "2018-05-01", "--format", "json").out) == {
        "as_of": "2018-05-01",
        "next_14_days": [],
        "needs_date": [],
        "drafts_behind": [],
        "pairs": [],
        "survey": [],
        "survey_opening": [],
        "survey_data": [],
        "warnings": [],
    }


def test_content_errors_exit_1_and_bad_use_2(cli: Cli, content: Path) -> None:
    edit(content / "phases/02-aktiv-visionsledelse.md", "type: seminar", "type: konference")
    result = cli("status", "--content", content)
    assert result.code == 1 and "felles validate" in result.err and result.out == ""
    assert cli("status", "--as-of", "i går").code == 2
    assert cli("status", "--format", "xml").code == 2


def test_a_broken_draft_does_not_stop_the_desk(cli: Cli, desk: Path) -> None:
    (desk / "ledelsesgrundlag" / "soeren-aakjaer.md").write_text("---\n: [\n", encoding="utf-8")
    data = status(cli, desk, "2018-10-15")
    behind = {b["leader"]: b for b in data["drafts_behind"]}  # type: ignore[attr-defined]
    assert behind["Søren Aakjær"]["status"] == "ugyldig"
    text = cli("status", "--as-of", "2018-10-15", "--content", desk).out
    assert "Søren Aakjær (sparringsgruppe 1): udkastet kan ikke læses; " in text


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(day=st.dates(date(2018, 5, 1), date(2020, 6, 30)))
def test_any_day_exits_0_with_each_part_what_it_promises(cli: Cli, desk: Path, day: date) -> None:
    data = status(cli, desk, day.isoformat())
    last = day + timedelta(days=13)
    for item in data["next_14_days"]:  # type: ignore[attr-defined]
        assert item["precision"] in ("day", "time")
        assert day.isoformat() <= str(item["end"])[:10] and str(item["start"])[:10] <= str(last)
    for missing in data["needs_date"]:  # type: ignore[attr-defined]
        assert missing["who"] in ("alle", "grupper")
        assert (missing["who"] == "alle") == (missing["groups_without_date"] == [])
    for behind in data["drafts_behind"]:  # type: ignore[attr-defined]
        assert behind["status"] != "udgivet" and behind["behind"]
    for due in data["survey"]:  # type: ignore[attr-defined]
        assert str(due["opens"]) <= day.isoformat()


# --- fast start -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        [],
        ["--as-of", "2018-10-15"],
        ["--as-of=2018-10-30", "--format", "json"],
        ["--format", "md", "-v", "--as-of", "2018-11-08"],
    ],
)
def test_the_fast_path_answers_as_the_full_command_line(
    args: list[str], desk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    full_args = [*args, "--content", str(desk)]
    capsys.readouterr()
    code = quick.run(["status", *full_args])
    fast = capsys.readouterr()
    assert code is not None
    assert main(["status", *full_args]) == code
    full = capsys.readouterr()
    assert (fast.out, fast.err) == (full.out, full.err)


@pytest.mark.parametrize("args", [["--help"], ["x"], ["--format", "xml"], ["--until", "x"]])
def test_help_and_what_click_must_refuse_go_to_the_full_command_line(args: list[str]) -> None:
    assert quick.parse_status(args) is None


def test_the_fast_path_imports_neither_typer_nor_click(tmp_path: Path) -> None:
    assert heavy_imports(["status", "--as-of", "2018-10-15"], SHIPPED, tmp_path) == "0 []"


def test_survey_yaml_is_replayed_from_the_cache_and_read_again_when_changed(
    cli: Cli, content: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import time

    cache = tmp_path / "cache"
    monkeypatch.setenv("FELLES_CACHE", str(cache))
    old = time.time() - 60
    for path in content.rglob("*"):
        os.utime(path, (old, old))  # settled: the cache keeps them
    args = ("status", "--as-of", "2018-06-01", "--content", content)
    first = cli(*args).out
    assert "Runden »Førmåling«" in first
    assert cli(*args).out == first  # replayed
    assert cli("next", "--as-of", "2018-06-01", "--content", content).code == 0
    assert len(list(cache.iterdir())) == 2  # next's and status's: neither replaces the other
    edit(content / "survey.yaml", "title: Førmåling", "title: Baseline – før forløbet")
    assert "Runden »Baseline – før forløbet« (baseline)" in cli(*args).out
