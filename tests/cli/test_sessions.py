"""Each sparring group's own dates (`sessions:`), as coordinators and leaders meet them in every
command: next, the calendar, the agenda, the site, grundlag status and validate."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.helpers.content import PHASE_1, add_sessions, edit, line_of
from tests.helpers.run import Cli

GROUP_1 = '{group: 1, when: 2018-08-21 09:00, end: 2018-08-21 12:00, place: "Rådhuset, lokale 3"}'
GROUP_2 = "{group: 2, when: 2018-08-23 13:00, end: 2018-08-23 16:00, place: Dokk1}"
GROUP_3 = "{group: 3, when: 2018-09-04}"
UID_2 = "UID:workshop-1.gruppe-2@faelles-om-ledelse.felles"


@pytest.fixture
def dated(content: Path) -> Path:
    """The shipped content with dates for groups 1–3 of the first workshop."""
    add_sessions(content, "workshop-1", GROUP_1, GROUP_2, GROUP_3)
    return content


def blocks(out: str) -> dict[str, str]:
    """Each activity's block of `felles next` text, by its title (the last part of the headline)."""
    found = {}
    for block in out.strip().split("\n\n"):
        headline = block.splitlines()[0]
        found[headline.rsplit(" · ", 1)[-1]] = block
    return found


# --- the must-shows ---------------------------------------------------------------------


def test_next_for_group_2_shows_its_own_date_week_distance_and_place(cli: Cli, dated: Path) -> None:
    # As typed, with the default five: the group's own date heads the answer.
    typed = cli("next", "--group", "2", "--as-of", "2018-06-01", "--content", dated)
    assert typed.code == 0, typed.output
    assert typed.out.splitlines()[:2] == [
        "Sparringsgruppe 2: Kirsten Jørgensen, Hosea Dutschke og Erik Kaastrup-Hansen",
        "Gruppen mødes næste gang: tors. 23. aug. 2018 kl. 13.00–16.00 · uge 34 · om 83 dage · "
        "Dokk1 · Workshop i fortrolige grupper",
    ]
    later = cli("next", "--group", "2", "--as-of", "2018-08-24", "--content", dated)
    assert later.out.splitlines()[1] == (
        "Gruppen mødes næste gang: dato ikke fastlagt (juni – november 2018) · "
        "Workshop med præsentation af udkast til ledelsesgrundlag"
    )
    done = cli("next", "--group", "2", "--as-of", "2019-01-01", "--content", dated)
    assert done.out.splitlines()[1] == "Gruppen har ikke flere aktiviteter for sig selv i forløbet"
    result = cli("next", "--group", "2", "--as-of", "2018-06-01", "10", "--content", dated)
    assert result.code == 0, result.output
    block = blocks(result.out)["Workshop i fortrolige grupper"]
    assert block.startswith(
        "tors. 23. aug. 2018 kl. 13.00–16.00 · uge 34 · om 83 dage · workshop · "
    )
    assert "  Deltagere: sparringsgruppe 2\n" in block
    assert "  Sted: Dokk1" in block
    # Group 4 has no session: the workshop keeps its window there.
    other = cli("next", "--group", "4", "--as-of", "2018-06-01", "10", "--content", dated)
    assert (
        "  juni – november 2018 · Workshop i fortrolige grupper · sparringsgruppe 4 · "
        "forberedes med: Individuel forberedelse"
    ) in other.out.split("Mangler dato\n", 1)[1].splitlines()


def test_the_group_calendar_has_an_event_on_the_groups_own_date(cli: Cli, dated: Path) -> None:
    result = cli("export", "ics", "--group", "2", "--content", dated)
    assert result.code == 0, result.output
    event = (
        result.out.split(UID_2, 1)[0].rsplit("BEGIN:VEVENT", 1)[1]
        + result.out.split(UID_2, 1)[1].split("END:VEVENT", 1)[0]
    )
    assert "DTSTART;TZID=Europe/Copenhagen:20180823T130000" in event
    assert "DTEND;TZID=Europe/Copenhagen:20180823T160000" in event
    assert "SUMMARY:Workshop i fortrolige grupper (sparringsgruppe 2)" in event
    assert "LOCATION:Dokk1" in event
    assert "Sparringsgruppe 2: Kirsten Jørgensen" in event.replace("\r\n ", "")
    # Only group 2's session: not the other groups'.
    assert "gruppe-1@" not in result.out and "gruppe-3@" not in result.out


def test_the_programme_view_says_how_many_groups_have_a_date_and_the_next(
    cli: Cli, dated: Path
) -> None:
    result = cli("next", "--as-of", "2018-06-01", "10", "--content", dated)
    # Each group's session is an occurrence of its own, in time order with the rest.
    block = blocks(result.out)["Workshop i fortrolige grupper (sparringsgruppe 1)"]
    assert block.startswith("tirs. 21. aug. 2018 kl. 09.00–12.00 · uge 34 · om 81 dage · ")
    undated = result.out.split("Mangler dato\n", 1)[1].splitlines()
    assert undated[0] == (
        "  juni – november 2018 · Workshop i fortrolige grupper · 3 af 12 grupper har dato · "
        "næste: sparringsgruppe 1, tirs. 21. aug. · forberedes med: Individuel forberedelse"
    )
    # Once group 1 has met, the next is group 2; when all have met, it says so.
    later = cli("next", "--as-of", "2018-08-22", "10", "--content", dated)
    assert "3 af 12 grupper har dato · næste: sparringsgruppe 2, tors. 23. aug." in later.out
    after = cli("next", "--as-of", "2018-09-05", "10", "--content", dated)
    assert "3 af 12 grupper har dato · ingen flere kommende" in after.out


def test_a_session_for_group_13_and_group_2_twice_are_errors_at_their_lines(
    cli: Cli, content: Path
) -> None:
    add_sessions(
        content,
        "workshop-1",
        GROUP_2,
        "{group: 13, when: 2018-09-04}",
        "{group: 2, when: 2018-09-05}",
    )
    result = cli("validate", "--content", content)
    assert result.code == 1
    path = content / PHASE_1
    thirteen = line_of(path, "{group: 13")
    twice = line_of(path, "{group: 2, when: 2018-09-05}")
    assert re.search(
        rf"01-ledelsesgrundlag\.md:{thirteen}:10: E309 sessionen er for sparringsgruppe 13",
        result.out,
    )
    first = line_of(path, GROUP_2)
    assert re.search(
        rf"01-ledelsesgrundlag\.md:{twice}:10: E310 sparringsgruppe 2 har allerede en session for "
        rf"Workshop i fortrolige grupper \(første gang i linje {first}\)",
        result.out,
    )
    # next refuses a programme with errors, as for every other programme error.
    assert cli("next", "--content", content).code == 1


def test_the_three_preparations_say_which_workshop_they_prepare(cli: Cli, tmp_path: Path) -> None:
    result = cli("next", "--as-of", "2018-06-01", "10", "--type", "forberedelse")
    titles = [
        line.split(" · ")[1]
        for line in result.out.split("Mangler dato\n", 1)[1].splitlines()
        if line.endswith(" · hver leder for sig, ingen fælles dato")
    ]
    assert titles == [
        "Individuel forberedelse til »Workshop i fortrolige grupper«",
        "Individuel forberedelse til »Workshop med præsentation af udkast til ledelsesgrundlag«",
        "Individuel forberedelse til »Workshop med træning i at kommunikere ledelsesgrundlag«",
    ]
    data = json.loads(
        cli("next", "--as-of", "2018-06-01", "--format", "json", "--type", "forberedelse").out
    )
    assert [item["prepares"]["id"] for item in data["needs_date"]] == [
        "workshop-1",
        "workshop-2",
        "workshop-3",
    ]
    site = tmp_path / "site"
    assert cli("export", "site", "-o", site, "--as-of", "2018-06-01").code == 0
    page = (site / "index.html").read_text(encoding="utf-8")
    for title in titles:
        assert page.count(f">{title}<") >= 1, title  # in the timeline's rows


# --- next ----------------------------------------------------------------------------------


def test_next_for_a_group_follows_the_groups_own_dates(cli: Cli, content: Path) -> None:
    add_sessions(content, "workshop-1", "{group: 2, when: 2018-10-02 09:00}")
    add_sessions(content, "workshop-2", "{group: 2, when: 2018-06-20 09:00}")
    result = cli("next", "--group", "2", "--as-of", "2018-06-01", "20", "--content", content)
    headlines = [line for line in result.out.splitlines() if " · workshop · " in line]
    first = next(
        i for i, line in enumerate(headlines) if line.endswith("udkast til ledelsesgrundlag")
    )
    second = next(i for i, line in enumerate(headlines) if line.endswith("fortrolige grupper"))
    assert first < second
    assert headlines[first].startswith("ons. 20. jun. 2018 kl. 09.00 · uge 25 · om 19 dage")
    assert headlines[second].startswith("tirs. 2. okt. 2018 kl. 09.00 · uge 40")
    # validate says the order is wrong, at group 2's later-listed session.
    warned = cli("validate", "--content", content)
    assert (
        "W308 sparringsgruppe 2 holder Workshop med præsentation af udkast til ledelsesgrundlag"
        in warned.out
    )


def test_a_sessions_warning_is_accepted_on_its_line_like_any_other(cli: Cli, content: Path) -> None:
    add_sessions(content, "workshop-1", "{group: 2, when: 2018-10-02 09:00}")
    add_sessions(
        content,
        "workshop-2",
        "{group: 2, when: 2018-06-20 09:00}  # felles: tillad W308 – gruppen bytter om, aftalt",
    )
    result = cli("validate", "--strict", "--content", content)
    assert result.code == 0, result.out
    assert "W308" in result.out and "gruppen bytter om, aftalt" in result.out
    assert "1 advarsel er tilladt" in result.out or "advarsler er tilladt" in result.out
    listed = cli("validate", "--format", "json", "--content", content)
    assert "W308" not in listed.out


def test_json_gives_each_groups_place_and_the_programmes_session_counts(
    cli: Cli, dated: Path
) -> None:
    own = json.loads(
        cli(
            "next",
            "--group",
            "1",
            "--as-of",
            "2018-06-01",
            "20",
            "--format",
            "json",
            "--content",
            dated,
        ).out
    )
    workshop = next(item for item in own["upcoming"] if item["id"] == "workshop-1")
    assert workshop["group"] == 1 and workshop["place"] == "Rådhuset, lokale 3"
    assert workshop["start"] == "2018-08-21T09:00+02:00" and workshop["week"] == 34
    assert workshop["participants"] == {"text": "sparringsgruppe 1", "groups": [1]}
    assert workshop["sessions"] is None
    every = json.loads(
        cli("next", "--as-of", "2018-06-01", "20", "--format", "json", "--content", dated).out
    )
    summary = next(item for item in every["needs_date"] if item["id"] == "workshop-1")["sessions"]
    assert summary["dated"] == 3 and summary["groups"] == 12
    assert summary["undated"] == list(range(4, 13))
    assert summary["next"]["group"] == 1 and summary["next"]["start"] == "2018-08-21T09:00+02:00"


def test_the_undated_warning_counts_a_group_activity_only_while_a_group_lacks_a_day(
    cli: Cli, content: Path
) -> None:
    sessions = [f"{{group: {n}, when: 2018-06-{n + 10:02d} 09:00}}" for n in range(1, 13)]
    add_sessions(content, "workshop-1", *sessions)
    listed = cli("next", "--undated", "--as-of", "2018-06-01", "20", "--content", content)
    assert " · workshop · Workshop i fortrolige grupper\n" not in listed.out + "\n"
    checked = cli("validate", "--as-of", "2018-06-01", "--content", content)
    assert "W505 Workshop i fortrolige grupper " not in checked.out


def test_with_every_groups_dates_the_next_session_comes_first_and_no_warning(
    cli: Cli, content: Path
) -> None:
    # A new cohort: every group's day entered for all three workshops of phase 1.
    for number, workshop in enumerate(("workshop-1", "workshop-2", "workshop-3")):
        month = 8 + number
        add_sessions(
            content,
            workshop,
            *(f"{{group: {g}, when: 2018-{month:02d}-{g + 2:02d} 09:00}}" for g in range(1, 13)),
        )
    # The day before group 1's second workshop (Monday 3 September).
    result = cli("next", "--as-of", "2018-09-02", "--content", content)
    assert result.code == 0, result.output
    assert result.out.splitlines()[0] == (
        "man. 3. sep. 2018 kl. 09.00 · uge 36 · i morgen · workshop · "
        "Workshop med præsentation af udkast til ledelsesgrundlag (sparringsgruppe 1)"
    )
    assert result.err == ""  # nothing of phase 1 lacks a date a coordinator can give
    undated = result.out.split("Mangler dato\n", 1)[1].splitlines()
    # No workshop lacks a date; each leader's own steps stand there without a warning: the
    # preparation for the third workshop (its sessions are further down than the five), not
    # the one for the first (held by every group) nor for the second (listed above).
    assert [line.split(" · ")[1] for line in undated] == [
        "Individuel forberedelse til »Workshop med træning i at kommunikere ledelsesgrundlag«",
        "Det personlige ledelsesgrundlag ‘udkommer’",
    ]
    assert all(line.endswith(" · hver leder for sig, ingen fælles dato") for line in undated)
    data = json.loads(
        cli("next", "--as-of", "2018-09-02", "--format", "json", "--content", content).out
    )
    assert [(item["id"], item["group"]) for item in data["upcoming"][:2]] == [
        ("workshop-2", 1),
        ("workshop-2", 2),
    ]


def test_w505_names_the_groups_without_a_date(cli: Cli, dated: Path) -> None:
    result = cli("validate", "--as-of", "2018-06-01", "--content", dated)
    line = line_of(dated / PHASE_1, "title: Workshop i fortrolige grupper") + 1
    assert re.search(
        rf"01-ledelsesgrundlag\.md:{line}:5: W505 Workshop i fortrolige grupper kan falde "
        r"inden for fire uger \(juni – november 2018\), men har stadig ingen fast dato "
        r"for 9 af 12 grupper \(sparringsgruppe 4–12\)",
        result.out,
    )


@pytest.mark.parametrize(
    ("status", "workshop"),
    [
        (
            None,
            "tirs. 21. aug. 2018 kl. 09.00–12.00 · uge 34 · om 81 dage · Rådhuset, lokale 3 · "
            "Workshop i fortrolige grupper",
        ),
        ("udkast", "Workshop i fortrolige grupper"),
        (
            "drøftet",
            "dato ikke fastlagt (juni – november 2018) · "
            "Workshop med præsentation af udkast til ledelsesgrundlag",
        ),
        (
            "kvalificeret",
            "ons. 3. okt. 2018 · uge 40 · om 124 dage · "
            "Workshop med træning i at kommunikere ledelsesgrundlag",
        ),
    ],
)
def test_next_leader_names_the_workshop_the_draft_waits_for(
    cli: Cli, dated: Path, status: str | None, workshop: str
) -> None:
    add_sessions(dated, "workshop-3", "{group: 1, when: 2018-10-03}")
    if status is not None:
        cli("grundlag", "new", "Søren Aakjær", "--content", dated, "--as-of", "2018-06-01")
        edit(
            dated / "ledelsesgrundlag" / "soeren-aakjaer.md", "status: udkast", f"status: {status}"
        )
    result = cli("next", "--leader", "soren aakjaer", "--as-of", "2018-06-01", "--content", dated)
    assert result.code == 0, result.output
    line = next(
        line for line in result.out.splitlines() if line.startswith("Gruppens næste workshop: ")
    )
    assert line.endswith(workshop), line


def test_a_published_draft_is_past_every_workshop(cli: Cli, dated: Path) -> None:
    cli("grundlag", "new", "Søren Aakjær", "--content", dated, "--as-of", "2018-06-01")
    edit(dated / "ledelsesgrundlag" / "soeren-aakjaer.md", "status: udkast", "status: udgivet")
    result = cli("next", "--leader", "Søren Aakjær", "--as-of", "2018-06-01", "--content", dated)
    assert "Gruppens workshops: udkastet har været gennem dem alle (status »udgivet«)" in result.out


def test_a_changed_session_is_read_again_through_the_cache(
    cli: Cli, dated: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os
    import time

    monkeypatch.setenv("FELLES_CACHE", str(tmp_path / "cache"))
    phase = dated / PHASE_1
    old = time.time() - 60
    os.utime(phase, (old, old))  # settled: the cache keeps it
    args = ("next", "--group", "2", "--as-of", "2018-06-01", "10", "--content", dated)
    assert "tors. 23. aug. 2018" in cli(*args).out
    assert "tors. 23. aug. 2018" in cli(*args).out  # replayed
    edit(
        phase,
        "when: 2018-08-23 13:00, end: 2018-08-23 16:00",
        "when: 2018-08-30 13:00, end: 2018-08-30 16:00",
    )
    assert "tors. 30. aug. 2018 kl. 13.00–16.00" in cli(*args).out


# --- calendar, agenda, site, status -------------------------------------------------------


def test_the_full_calendar_holds_every_dated_session_with_stable_uids(
    cli: Cli, dated: Path
) -> None:
    first = cli("export", "ics", "--content", dated)
    uids = re.findall(r"UID:(workshop-1\.gruppe-\d+)@", first.out)
    assert uids == ["workshop-1.gruppe-1", "workshop-1.gruppe-2", "workshop-1.gruppe-3"]
    assert "DTSTART;VALUE=DATE:20180904" in first.out  # group 3: a whole day
    assert "workshop-1 (9 af 12 grupper)" in first.err
    again = cli("export", "ics", "--content", dated)
    assert re.findall(r"UID:\S+", again.out) == re.findall(r"UID:\S+", first.out)


def test_a_leaders_calendar_has_the_groups_session(cli: Cli, dated: Path) -> None:
    result = cli("export", "ics", "--leader", "Søren Aakjær", "--content", dated)
    assert "UID:workshop-1.gruppe-1@" in result.out
    assert "LOCATION:Rådhuset\\, lokale 3" in result.out
    assert "gruppe-2@" not in result.out


def test_the_groups_agenda_has_its_members_date_and_place(cli: Cli, dated: Path) -> None:
    result = cli("export", "agenda", "workshop-1", "--group", "2", "--content", dated)
    assert result.code == 0, result.output
    assert result.out.startswith("# Workshop i fortrolige grupper (sparringsgruppe 2)\n")
    assert "- **Tid:** torsdag den 23. august 2018 kl. 13.00–16.00 (uge 34)" in result.out
    assert "- **Sted:** Dokk1" in result.out
    assert (
        "- **Deltagere:** Sparringsgruppe 2\n"
        "  - Sparringsgruppe 2: Kirsten Jørgensen, Hosea Dutschke, Erik Kaastrup-Hansen\n"
        in result.out
    )
    assert "Sparringsgruppe 1:" not in result.out
    html = cli(
        "export", "agenda", "workshop-1", "--group", "1", "--format", "html", "--content", dated
    )
    assert "<dd>Rådhuset, lokale 3</dd>" in html.out


def test_the_programmes_agenda_lists_each_groups_own_date(cli: Cli, dated: Path) -> None:
    result = cli("export", "agenda", "workshop-1", "--content", dated)
    assert (
        "  - Sparringsgruppe 2: Kirsten Jørgensen, Hosea Dutschke, Erik Kaastrup-Hansen "
        "(torsdag den 23. august 2018 kl. 13.00–16.00, Dokk1)\n" in result.out
    )
    assert (
        "  - Sparringsgruppe 4: Vibeke Jensen, Peter Pedersen, Helle Bach Lauridsen, "
        "Lone Dannerby Paulsen\n" in result.out
    )


def test_a_phase_agenda_for_one_group(cli: Cli, dated: Path) -> None:
    result = cli(
        "export", "agenda", "--phase", "ledelsesgrundlag", "--group", "2", "--content", dated
    )
    assert result.code == 0, result.output
    assert "## Workshop i fortrolige grupper (sparringsgruppe 2)" in result.out
    assert "torsdag den 23. august 2018 kl. 13.00–16.00" in result.out
    assert "Sparringsgruppe 3:" not in result.out


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (
            ["seminar-aktiv-visionsledelse", "--group", "2"],
            "--group gælder kun aktiviteter, som hver sparringsgruppe holder for sig; "
            "Fælles seminar: Ledelsesgrundlag og visionsledelse er for hele Strategisk "
            "Ledelsesforum",
        ),
        (
            ["workshop-1", "--group", "13"],
            "der er ingen sparringsgruppe 13; grupperne er 1–12",
        ),
    ],
)
def test_the_group_agenda_refuses_what_is_not_the_groups(
    cli: Cli, dated: Path, args: list[str], words: str
) -> None:
    result = cli("export", "agenda", *args, "--content", dated)
    assert result.code == 2
    assert words in result.err


def test_a_group_not_in_the_activity_has_no_agenda_for_it(cli: Cli, content: Path) -> None:
    edit(
        content / PHASE_1,
        "    title: Workshop i fortrolige grupper\n",
        "    title: Workshop i fortrolige grupper\n    groups: [1, 2]\n",
    )
    result = cli("export", "agenda", "workshop-1", "--group", "3", "--content", content)
    assert result.code == 2
    assert (
        "sparringsgruppe 3 deltager ikke i Workshop i fortrolige grupper (sparringsgruppe 1, 2)"
        in result.err
    )


def test_the_site_marks_each_session_and_lists_each_groups_dates(
    cli: Cli, dated: Path, tmp_path: Path
) -> None:
    out = tmp_path / "site"
    assert cli("export", "site", "-o", out, "--as-of", "2018-08-22", "--content", dated).code == 0
    page = (out / "index.html").read_text(encoding="utf-8")
    marks = re.findall(
        r'<span class="session" data-activity="workshop-1" data-group="(\d+)"[^>]*title="([^"]*)"',
        page,
    )
    assert marks == [
        ("1", "Sparringsgruppe 1: tirs. 21. aug. 2018 kl. 09.00–12.00, Rådhuset, lokale 3"),
        ("2", "Sparringsgruppe 2: tors. 23. aug. 2018 kl. 13.00–16.00, Dokk1"),
        ("3", "Sparringsgruppe 3: tirs. 4. sep. 2018"),
    ]
    assert "dato ikke fastlagt (juni – november 2018) · 3 af 12 grupper har dato</span>" in page
    card = page.split('<li data-group="1">', 1)[1].split("</li>\n  </ul>", 1)[0]
    assert (
        "Workshop i fortrolige grupper: tirs. 21. aug. 2018 kl. 09.00–12.00, Rådhuset, "
        "lokale 3 (afholdt)" in page
    )
    assert "Workshop med præsentation af udkast til ledelsesgrundlag: dato ikke fastlagt" in card


def test_status_shows_which_workshops_each_group_has_held(cli: Cli, dated: Path) -> None:
    result = cli("grundlag", "status", "--as-of", "2018-08-22", "--content", dated)
    lines = result.out.splitlines()
    assert lines[lines.index("Sparringsgruppe 1") + 1] == (
        "  Workshops: 1 afholdt tirs. 21. aug. 2018 kl. 09.00–12.00 · 2 dato ikke fastlagt · "
        "3 dato ikke fastlagt"
    )
    assert lines[lines.index("Sparringsgruppe 2") + 1].startswith(
        "  Workshops: 1 planlagt tors. 23. aug. 2018 kl. 13.00–16.00 · "
    )
    data = json.loads(
        cli(
            "grundlag",
            "status",
            "--as-of",
            "2018-08-22",
            "--format",
            "json",
            "--group",
            "1",
            "--content",
            dated,
        ).out
    )
    assert [(w["id"], w["status"]) for w in data["groups"][0]["workshops"]] == [
        ("workshop-1", "afholdt"),
        ("workshop-2", "ikke fastlagt"),
        ("workshop-3", "ikke fastlagt"),
    ]


def test_without_sessions_status_and_site_stay_as_they_were(cli: Cli, content: Path) -> None:
    result = cli("grundlag", "status", "--content", content)
    assert "Workshops:" not in result.out


# --- the groups' dates agree everywhere -----------------------------------------------------

DAYS = st.dates(min_value=date(2018, 6, 1), max_value=date(2018, 11, 30))


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(days=st.dictionaries(st.integers(1, 12), DAYS, min_size=1, max_size=12))
def test_next_the_calendar_and_the_agenda_agree_on_every_groups_day(
    cli: Cli, tmp_path_factory: pytest.TempPathFactory, days: dict[int, date]
) -> None:
    from tests.helpers.content import copy_shipped

    content = copy_shipped(tmp_path_factory.mktemp("c") / "content")
    add_sessions(
        content, "workshop-2", *(f"{{group: {g}, when: {d}}}" for g, d in sorted(days.items()))
    )
    every = json.loads(
        cli("next", "--as-of", "2018-06-01", "30", "--format", "json", "--content", content).out
    )
    sessions = {
        item["group"]: item["start"] for item in every["upcoming"] if item["id"] == "workshop-2"
    }
    assert sessions == {group: str(day) for group, day in days.items()}  # each its own item
    waiting = [item for item in every["needs_date"] if item["id"] == "workshop-2"]
    if len(days) == 12:  # every group has its day: nothing is missing
        assert waiting == []
    else:
        summary = waiting[0]["sessions"]
        assert summary["dated"] == len(days)
        assert summary["undated"] == [g for g in range(1, 13) if g not in days]
    calendar = cli("export", "ics", "--content", content).out
    for group, day in days.items():
        own = json.loads(
            cli(
                "next",
                "--group",
                str(group),
                "--as-of",
                "2018-06-01",
                "30",
                "--format",
                "json",
                "--content",
                content,
            ).out
        )
        mine = next(item for item in own["upcoming"] if item["id"] == "workshop-2")
        assert mine["start"] == str(day)
        event = calendar.split(f"UID:workshop-2.gruppe-{group}@", 1)
        assert len(event) == 2
        assert (
            f"DTSTART;VALUE=DATE:{day:%Y%m%d}"
            in event[0].rsplit("BEGIN:VEVENT", 1)[1] + event[1].split("END:VEVENT")[0]
        )


def test_a_groups_view_warns_only_of_what_the_group_itself_lacks(cli: Cli, content: Path) -> None:
    add_sessions(content, "workshop-1", "{group: 2, when: 2018-06-20 09:00}")
    own = cli("next", "--group", "2", "--as-of", "2018-06-01", "--content", content)
    assert "Advarsel: 2 aktiviteter uden fast dato" in own.err  # its second and third
    data = json.loads(
        cli(
            "next", "--group", "2", "--as-of", "2018-06-01", "--format", "json",
            "--content", content,
        ).out
    )  # fmt: skip
    assert "workshop-1" not in [item["id"] for item in data["needs_date"]]
    every = cli("next", "--as-of", "2018-06-01", "--content", content)
    assert "Advarsel: 3 aktiviteter uden fast dato" in every.err  # 11 groups still lack one
