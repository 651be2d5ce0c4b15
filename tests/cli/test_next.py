"""`felles next`: what is coming up, as a coordinator or a leader meets it."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.helpers.content import edit
from tests.helpers.run import Cli, Process

SEMINAR_SPAN = "tors. 8. nov. 2018 kl. 12.00 – fre. 9. nov. kl. 12.00"


def activity_lines(out: str) -> list[str]:
    """The headline of each activity block (not indented, not a warning or leader line)."""
    return [
        line
        for line in out.splitlines()
        if " · " in line
        and not line.startswith(" ")
        and not line.startswith("Advarsel:")
        and "sparringsgruppe" not in line
        and not line.startswith("Gruppens")
    ]


# --- the must-shows ---------------------------------------------------------------------


def test_seminar_with_week_distance_and_danish_span(cli: Cli) -> None:
    result = cli("next", "--as-of", "2018-11-01", "15")
    assert result.code == 0, result.output
    seminar = next(line for line in activity_lines(result.out) if " · seminar · " in line)
    assert seminar.startswith(SEMINAR_SPAN), seminar
    assert " · uge 45 · om 7 dage · seminar · Fælles seminar: " in seminar
    block = result.out.split(seminar, 1)[1].split("\n\n", 1)[0]
    assert "  Fase: Aktiv visionsledelse" in block
    assert "  Læringsmål: Aktiv visionsledelse" in block
    assert "  Deltagere: hele Strategisk Ledelsesforum" in block
    assert "Forberedelse" not in block  # the seminar asks for none: no empty line
    assert not [line for line in result.out.splitlines() if line.endswith(": –")]


def test_what_happens_next_comes_first_in_text_and_json(cli: Cli) -> None:
    # The README's first command: the seminar seven days later heads the answer.
    text = cli("next", "--as-of", "2018-11-01")
    assert text.code == 0, text.output
    assert text.out.splitlines()[0] == (
        f"{SEMINAR_SPAN} · uge 45 · om 7 dage · seminar · "
        "Fælles seminar: Ledelsesgrundlag og visionsledelse"
    )
    data = json.loads(cli("next", "--as-of", "2018-11-01", "--format", "json").out)
    assert list(data) == ["upcoming", "needs_date"]
    first = data["upcoming"][0]
    assert (first["id"], first["week"], first["days_until"]) == (
        "seminar-aktiv-visionsledelse",
        45,
        7,
    )
    # The kick-off is first at 1 June; the undated workshops follow under their own heading.
    june = cli("next", "--as-of", "2018-06-01")
    lines = june.out.splitlines()
    assert lines[0].startswith("fre. 8. jun. 2018 · uge 23 · om 7 dage · møde · ")
    heading = lines.index("Mangler dato")
    assert all(not line.startswith("  ") or ": " in line for line in lines[:heading])
    undated = lines[heading + 1 :]
    for title in (
        "Workshop i fortrolige grupper",
        "Workshop med præsentation af udkast til ledelsesgrundlag",
        "Workshop med træning i at kommunikere ledelsesgrundlag",
    ):
        line = next(line for line in undated if f" · {title} · " in line)
        assert line.startswith("  juni – november 2018 · ")
        assert " · 0 af 12 grupper har dato" in line
    # Every dated activity ahead is listed before any undated one, the five of them at most.
    dated = json.loads(cli("next", "--as-of", "2018-06-01", "--format", "json").out)
    assert [item["id"] for item in dated["upcoming"]] == [
        "opstart-slf",
        "seminar-aktiv-visionsledelse",
        "seminar-graensekrydsende-samarbejde",
        "seminar-samskabelse-af-velfaerd",
    ]
    assert {item["precision"] for item in dated["needs_date"]} == {"month"}


def test_preparations_and_milestones_stand_undated_without_a_warning(cli: Cli) -> None:
    result = cli("next", "--as-of", "2018-06-01", "--format", "json")
    needs = {item["id"]: item for item in json.loads(result.out)["needs_date"]}
    # Each preparation stands beside the workshop it prepares, not as a line of its own.
    assert not [key for key in needs if key.startswith("forberedelse-")]
    assert needs["workshop-2"]["prepared_by"] == ["Individuel forberedelse"]
    assert needs["workshop-2"]["common"] is True
    milestone = needs["ledelsesgrundlag-udkommer"]
    assert milestone["common"] is False
    # The warning counts the three workshops only: what a coordinator can give a date.
    assert "Advarsel: 3 aktiviteter uden fast dato" in result.err
    text = cli("next", "--as-of", "2018-06-01").out
    assert (
        "  juni – november 2018 · Det personlige ledelsesgrundlag ‘udkommer’ · "
        "hver leder for sig, ingen fælles dato"
    ) in text.splitlines()


def test_leader_names_him_his_group_and_next_step(cli: Cli) -> None:
    result = cli("next", "--as-of", "2018-08-15", "--leader", "soren aakjaer")
    assert result.code == 0, result.output
    lines = result.out.splitlines()
    assert lines[0].startswith("Søren Aakjær · sparringsgruppe 1 (sammen med ")
    assert "Niels Højberg" in lines[0] and "Henrik Seiding" in lines[0]
    assert "Ledelsesgrundlag: intet udkast endnu" in result.out
    # The packaged programme takes no drafts: the advice is what will work.
    assert "Næste skridt: opret først din egen indholdsmappe med: felles init MAPPE" in result.out
    assert 'felles grundlag new "Søren Aakjær"' in result.out
    assert "Gruppens næste workshop: dato ikke fastlagt (juni – november 2018)" in result.out


@pytest.mark.parametrize(
    "spelling", ["soren aakjaer", "søren aakjær", "Soeren Aakjaer", "SØREN AAKJÆR"]
)
def test_leader_names_match_without_case_or_danish_letters(cli: Cli, spelling: str) -> None:
    result = cli("next", "--as-of", "2018-08-15", "--leader", spelling)
    assert result.code == 0, result.output
    assert result.out.startswith("Søren Aakjær · sparringsgruppe 1")


def test_leader_with_a_draft_shows_its_status_and_the_step_after(cli: Cli, content: Path) -> None:
    drafts = content / "ledelsesgrundlag"
    drafts.mkdir()
    (drafts / "soeren-aakjaer.md").write_text(
        "---\nleader: Søren Aakjær\ngroup: 1\nstatus: drøftet\ncreated: 2018-06-10\n"
        "updated: 2018-08-01\nversion: 2\n---\n# Mit ledelsesgrundlag\n",
        encoding="utf-8",
    )
    result = cli("next", "--content", content, "--as-of", "2018-08-15", "--leader", "Søren")
    assert result.code == 2  # "Søren" alone is not a name
    result = cli("next", "--content", content, "--as-of", "2018-08-15", "--leader", "soren aakjaer")
    assert result.code == 0, result.output
    assert "Ledelsesgrundlag: status »drøftet«" in result.out
    assert "soeren-aakjaer.md" in result.out
    assert "Næste skridt: få udkastet kvalificeret" in result.out


def test_unknown_leader_exits_2_with_the_closest_names(cli: Cli) -> None:
    result = cli("next", "--leader", "soren aakjar")
    assert result.code == 2
    assert "ingen leder hedder »soren aakjar«" in result.err
    assert "Søren Aakjær" in result.err
    assert result.out == ""


def test_nothing_ahead_names_the_last_activity_and_points_to_as_of(cli: Cli) -> None:
    result = cli("next")  # today: the shipped programme's dated activities ended in 2019
    assert result.code == 0, result.output
    assert "Forløbet har ingen aktiviteter fra " in result.out
    assert "»Fælles seminar: Samskabelse af velfærd«, fre. 30. aug. 2019" in result.out
    assert " år siden." in result.out
    assert "felles next --as-of 2018-06-01" in result.out


def test_nothing_ahead_says_how_long_ago(cli: Cli) -> None:
    result = cli("next", "--as-of", "2030-01-01")
    assert result.code == 0
    assert "fre. 30. aug. 2019 – for 10 år siden." in result.out


def test_json_is_ordered_with_iso_dates_and_precision(cli: Cli) -> None:
    result = cli("next", "--as-of", "2018-06-01", "--format", "json", "20")
    assert result.code == 0, result.output
    data = json.loads(result.out)
    items = data["upcoming"]
    assert len(items) == 4  # every dated activity of the programme
    first = next(item for item in items if item["id"] == "opstart-slf")
    assert (first["start"], first["precision"], first["status"]) == (
        "2018-06-08",
        "day",
        "kommende",
    )
    assert (first["week"], first["days_until"]) == (23, 7)
    assert first["goal"] is None and first["phase"]["id"] == "ledelsesgrundlag"
    assert {item["precision"] for item in items} <= {"day", "time"}
    undated = data["needs_date"]
    assert undated, "the shipped programme has month-precise activities"
    for item in undated:
        assert item["status"] == "ikke fastlagt"
        assert item["days_until"] is None and item["week"] is None
        assert len(item["start"]) == 7 and item["when"].startswith("dato ikke fastlagt (")
    seminar = next(item for item in items if item["id"] == "seminar-aktiv-visionsledelse")
    assert seminar["start"] == "2018-11-08T12:00+01:00"
    assert seminar["end"] == "2018-11-09T12:00+01:00"
    everyone = {"text": "hele Strategisk Ledelsesforum", "groups": list(range(1, 13))}
    assert seminar["participants"] == everyone
    assert seminar["goal"] == {"id": "aktiv-visionsledelse", "title": "Aktiv visionsledelse"}
    keys = [sort_date(item) for item in items]
    assert keys == sorted(keys)


def sort_date(item: dict[str, object]) -> str:
    """The date an item sorts by: the start of its window (a month at its first day)."""
    text = str(item["start"])
    return text[:16] + ("-01" if len(text) == 7 else "-01-01" if len(text) == 4 else "")


def test_json_nothing_ahead_is_two_empty_lists_with_a_note_on_stderr(cli: Cli) -> None:
    result = cli("next", "--as-of", "2030-01-01", "--format", "json")
    assert result.code == 0
    assert json.loads(result.out) == {"upcoming": [], "needs_date": []}
    assert "ingen aktiviteter" in result.err


# --- what the list shows ------------------------------------------------------------------


def test_undated_activities_soon_give_one_warning_above_the_list(cli: Cli) -> None:
    result = cli("next", "--as-of", "2018-06-01")
    assert result.err.splitlines() == [
        "Advarsel: 3 aktiviteter uden fast dato kan falde inden for de næste fire uger; "
        "se dem med: felles next --undated --as-of 2018-06-01"
    ]  # the three workshops of phase 1 (June–Nov); each leader's own steps are no warning
    assert "Advarsel:" not in result.out  # piped output is the list itself
    listed = cli("next", "--undated", "--as-of", "2018-06-01", "--format", "json", "20")
    assert [item["id"] for item in json.loads(listed.out)["upcoming"]] == [
        "workshop-1", "workshop-2", "workshop-3",
    ]  # fmt: skip
    assert listed.err == ""


def test_warnings_stand_above_the_list_in_a_terminal_session(felles_process: Process) -> None:
    shell = f"'{sys.executable}' -m felles next --as-of 2018-06-01 2>&1"
    merged = subprocess.run(
        ["bash", "-c", shell],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=True,
    ).stdout
    lines = merged.splitlines()
    last_warning = max(i for i, line in enumerate(lines) if line.startswith("Advarsel:"))
    assert last_warning < lines.index(activity_lines(merged)[0])


def test_fixing_a_date_removes_its_warning(cli: Cli, content: Path) -> None:
    phase = content / "phases" / "01-ledelsesgrundlag.md"
    edit(
        phase,
        '    title: Workshop i fortrolige grupper\n    when: "2018-06"\n    end: "2018-11"',
        "    title: Workshop i fortrolige grupper\n    when: 2018-06-20 09:00\n"
        "    end: 2018-06-20 15:00",
    )
    result = cli("next", "--content", content, "--as-of", "2018-06-01", "10")
    assert result.code == 0, result.output
    assert "Advarsel: 2 aktiviteter" in result.err
    listed = cli("next", "--content", content, "--undated", "--as-of", "2018-06-01", "20")
    assert " · workshop · Workshop i fortrolige grupper\n" not in listed.out
    assert "ons. 20. jun. 2018 kl. 09.00–15.00 · uge 25 · om 19 dage · workshop" in result.out


def test_month_precise_items_never_show_a_day(cli: Cli) -> None:
    result = cli("next", "--as-of", "2018-11-20", "10")
    undated = result.out.split("Mangler dato\n", 1)[1].splitlines()
    assert "  november 2018 – februar 2019 · Coaching · hver leder for sig, ingen fælles dato" in (
        undated
    )
    for line in undated:
        assert " uge " not in line and " om " not in line, line


def test_running_activity_shows_as_running(cli: Cli) -> None:
    result = cli("next", "--as-of", "2018-11-09", "--format", "json", "--type", "seminar")
    seminar = json.loads(result.out)["upcoming"][0]
    assert seminar["id"] == "seminar-aktiv-visionsledelse"
    assert (seminar["status"], seminar["days_until"]) == ("i gang", -1)
    text = cli("next", "--as-of", "2018-11-09", "--type", "seminar").out
    assert f"{SEMINAR_SPAN} · uge 45 · i gang · seminar" in text


@pytest.mark.parametrize(
    ("as_of", "distance"),
    [
        ("1.11.2018", "om 7 dage"),
        ("2018-W44", "om 10 dage"),
        ("uge 44 2018", "om 10 dage"),
        ("2018-11-07", "i morgen"),
        ("2018-11-08", "i dag"),
    ],
)
def test_dates_in_every_accepted_spelling(cli: Cli, as_of: str, distance: str) -> None:
    result = cli("next", "--as-of", as_of, "--type", "seminar", "1")
    assert result.code == 0, result.output
    assert f" · uge 45 · {distance} · seminar · " in result.out


@pytest.mark.parametrize("bad", ["2018-13-01", "31.2.2019", "i morgen", "uge 54"])
def test_bad_date_exits_2(cli: Cli, bad: str) -> None:
    result = cli("next", "--as-of", bad)
    assert result.code == 2
    assert f"»{bad}« er ikke en dato" in result.err
    assert "Traceback" not in result.output


# --- filters -----------------------------------------------------------------------------


def test_type_filter_accepts_danish_letters_folded(cli: Cli) -> None:
    result = cli("next", "--as-of", "2018-06-01", "--type", "ovebane", "--format", "json", "50")
    data = json.loads(result.out)
    assert data["upcoming"] == []  # no øvebane has a day of its own
    assert cli("next", "--as-of", "2018-11-01", "--type", "ovebane").code == 0
    later = cli("next", "--as-of", "2019-03-01", "--type", "ovebane", "--format", "json", "50")
    items = json.loads(later.out)["needs_date"]
    assert len(items) == 2 and {item["type"] for item in items} == {"øvebane"}


def test_unknown_type_group_goal_exit_2(cli: Cli) -> None:
    result = cli("next", "--type", "konference")
    assert (result.code, "ukendt aktivitetstype »konference«") == (2, result.err[8:42])
    assert "seminar, workshop" in result.err
    result = cli("next", "--group", "13")
    assert result.code == 2
    assert "ingen sparringsgruppe 13; grupperne er 1–12" in result.err
    result = cli("next", "--goal", "aktiv-visionledelse")
    assert result.code == 2
    assert "mente du »aktiv-visionsledelse«?" in result.err


def test_goal_filter_keeps_only_that_goals_phase(cli: Cli) -> None:
    result = cli(
        "next",
        "--as-of",
        "2018-06-01",
        "--goal",
        "graensekrydsende-samarbejde",
        "--format",
        "json",
        "50",
    )
    items = json.loads(result.out)["upcoming"]
    assert [item["id"] for item in items] == ["seminar-graensekrydsende-samarbejde"]
    assert {item["phase"]["id"] for item in items} == {"graensekrydsende-samarbejde"}


def test_group_filter_follows_the_groups_of_an_activity(cli: Cli, content: Path) -> None:
    phase = content / "phases" / "01-ledelsesgrundlag.md"
    edit(
        phase,
        "    who: grupper\n    purpose: >-\n      Workshop i fortrolige grupper.",
        "    who: grupper\n    groups: [4]\n    purpose: >-\n      Workshop i fortrolige grupper.",
    )
    ids = {
        group: [
            item["id"]
            for part in json.loads(
                cli(
                    "next",
                    "--content",
                    content,
                    "--as-of",
                    "2018-06-01",
                    "--group",
                    group,
                    "--format",
                    "json",
                    "50",
                ).out
            ).values()
            for item in part
        ]
        for group in ("1", "4")
    }
    assert "workshop-1" in ids["4"] and "workshop-1" not in ids["1"]
    assert "workshop-2" in ids["1"] and "seminar-aktiv-visionsledelse" in ids["1"]


def test_until_stops_the_list_and_names_the_next(cli: Cli) -> None:
    result = cli("next", "--as-of", "2018-06-10", "--until", "2018-10-31", "--type", "seminar")
    assert result.code == 0
    assert "Ingen aktiviteter fra søn. 10. jun. 2018 til og med ons. 31. okt. 2018." in result.out
    assert "Den næste er »Fælles seminar: Ledelsesgrundlag og visionsledelse«" in result.out
    result = cli("next", "--as-of", "2018-11-01", "--until", "31.12.2018", "--format", "json", "50")
    assert all(item["start"] < "2019" for item in json.loads(result.out)["upcoming"])
    assert cli("next", "--as-of", "2018-11-01", "--until", "2018-10-01").code == 2


def test_count_must_be_positive(cli: Cli) -> None:
    result = cli("next", "0")
    assert result.code == 2 and "mindst 1" in result.err
    found = json.loads(cli("next", "--as-of", "2018-06-01", "--format", "json", "3").out)
    assert len(found["upcoming"]) == 3


def test_content_errors_exit_1_and_point_to_validate(cli: Cli, content: Path) -> None:
    edit(content / "phases" / "02-aktiv-visionsledelse.md", "type: seminar", "type: konference")
    result = cli("next", "--content", content, "--as-of", "2018-11-01")
    assert result.code == 1
    assert "02-aktiv-visionsledelse.md:" in result.err and "felles validate" in result.err
    assert result.out == ""


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    day=st.dates(min_value=date(2017, 6, 1), max_value=date(2020, 6, 1)),
    count=st.integers(min_value=1, max_value=40),
)
def test_any_date_lists_only_what_is_not_over_in_order(cli: Cli, day: date, count: int) -> None:
    result = cli("next", "--as-of", day.isoformat(), "--format", "json", str(count))
    assert result.code == 0, result.output
    data = json.loads(result.out)
    items = data["upcoming"]
    assert len(items) <= count
    keys = [sort_date(item) for item in items]
    assert keys == sorted(keys)
    assert all(item["precision"] in ("day", "time") for item in items)
    assert all(item["precision"] in ("month", "year") for item in data["needs_date"])
    for item in items + data["needs_date"]:
        end = str(item["end"])
        assert end[: len(day.isoformat())] >= day.isoformat()[: len(end)]  # not over
        if item["precision"] in ("day", "time"):
            start = date.fromisoformat(str(item["start"])[:10])
            assert item["days_until"] == (start - day).days
            assert item["week"] == start.isocalendar().week
            assert item["status"] == ("i gang" if start < day else "kommende")
        else:
            assert item["status"] == "ikke fastlagt" and item["days_until"] is None


# --- output channels ------------------------------------------------------------------------


def test_terminal_gets_a_table_and_no_color_gets_plain_lines(
    cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FORCE_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "160")
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True, raising=False)
    table = cli("next", "--as-of", "2018-11-01", "--type", "seminar")
    assert table.code == 0, table.output
    assert "\x1b[" in table.out and "Hvornår" in table.out and "uge 45" in table.out
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True, raising=False)
    plain = cli("next", "--as-of", "2018-11-01", "--type", "seminar")
    assert "\x1b[" not in plain.out and "Hvornår" not in plain.out
    assert activity_lines(plain.out)[0].startswith(SEMINAR_SPAN)


def test_piped_output_is_plain(felles_process: Process) -> None:
    done = felles_process(
        "next", "--as-of", "2018-11-01", "--type", "seminar", env={"FORCE_COLOR": "1"}
    )
    assert done.returncode == 0, done.stderr
    assert "\x1b" not in done.stdout
    assert activity_lines(done.stdout)[0].startswith(SEMINAR_SPAN)


def test_next_imports_no_heavy_library() -> None:
    code = (
        "import sys, io, contextlib\n"
        "from felles.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    code = main(['next', '--as-of', '2018-11-01'])\n"
        "heavy = ('pydantic', 'jinja2', 'icalendar', 'holidays', 'rich')\n"
        "print(code, sorted({m.split('.')[0] for m in sys.modules} & set(heavy)))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        timeout=60,
    )
    assert done.stdout.strip() == "0 []", done.stdout + done.stderr


def test_a_broken_draft_does_not_stop_next_for_everyone(cli: Cli, content: Path) -> None:
    drafts = content / "ledelsesgrundlag"
    drafts.mkdir(exist_ok=True)
    (drafts / "soeren-aakjaer.md").write_text("---\nleader: Søren Aakjær\n", encoding="utf-8")
    result = cli("next", "--as-of", "2018-11-01", "--type", "seminar", "--content", content)
    assert result.code == 0, result.output
    assert "uge 45" in result.out and "fejl i ledernes" not in result.err  # drafts are not read
    own = cli("next", "--leader", "Søren Aakjær", "--as-of", "2018-11-01", "--content", content)
    assert own.code == 0
    assert "status »ugyldig«" in own.out and "felles grundlag check" in own.out
    broken = content / "groups.yaml"
    broken.write_text(broken.read_text(encoding="utf-8") + "groups: []\n", encoding="utf-8")
    assert cli("next", "--as-of", "2018-11-01", "--content", content).code == 1
