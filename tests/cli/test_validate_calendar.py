"""Calendar-aware warnings in `felles validate`: holidays, weekends, overlaps, planning."""

from __future__ import annotations

import tempfile
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.helpers.content import ACCEPTED_W301, copy_shipped, edit, line_of
from tests.helpers.run import Cli, Result

PHASE2 = "phases/02-aktiv-visionsledelse.md"
PHASE3 = "phases/03-graensekrydsende-samarbejde.md"
PHASE4 = "phases/04-samskabelse-af-velfaerd.md"
SEMINAR_4 = '    when: "2019-08-30"\n'


def findings(result: Result, code: str) -> list[str]:
    return [line for line in result.out.splitlines() if f": {code} " in line]


def move_seminar_4(content: Path, when: str) -> Path:
    phase = content / PHASE4
    edit(phase, SEMINAR_4, f"    when: {when}\n")
    return phase


def test_shipped_content_has_exactly_the_one_known_warning(content: Path, cli: Cli) -> None:
    result = cli("validate", "--content", content)
    assert result.code == 0
    warnings = [line for line in result.out.splitlines() if ": W" in line]
    assert len(warnings) == 1 and " W301 " in warnings[0]  # accepted, in the summary
    assert " – tilladt: " in warnings[0]
    assert "Ingen fejl, ingen advarsler.\n1 advarsel er tilladt:" in result.out


def test_a_seminar_on_christmas_day_names_juledag(content: Path, cli: Cli) -> None:
    phase = move_seminar_4(content, "2018-12-25")
    result = cli("validate", "--content", content)
    assert result.code == 0
    [warning] = findings(result, "W501")
    line = line_of(phase, "when: 2018-12-25")
    assert f"04-samskabelse-af-velfaerd.md:{line}:5: W501" in warning
    assert "juledag" in warning.lower()
    assert "tirsdag den 25. december 2018" in warning
    assert cli("validate", "--strict", "--content", content).code == 1


@pytest.mark.parametrize(
    ("day", "name"),
    [
        ("2019-04-19", "langfredag"),
        ("2019-05-30", "kristi himmelfartsdag"),
        ("2019-12-25", "juledag"),
    ],
)
def test_public_holidays_are_named_in_danish(content: Path, cli: Cli, day: str, name: str) -> None:
    move_seminar_4(content, day)
    [warning] = findings(cli("validate", "--content", content), "W501")
    assert f"ligger på en helligdag: {name}" in warning.lower()


@pytest.mark.parametrize(
    ("day", "words"),
    [
        ("2019-06-05", "ligger på grundlovsdag (onsdag den 5. juni 2019), som mange holder fri"),
        ("2018-12-24", "ligger på juleaftensdag (mandag den 24. december 2018), som mange"),
        ("2019-05-01", "ligger på arbejdernes kampdag (onsdag den 1. maj 2019), som mange"),
        ("2019-12-31", "ligger på nytårsaften (tirsdag den 31. december 2019), som mange"),
        (
            "2019-05-31",
            "ligger på en klemmedag, fredagen efter Kristi himmelfartsdag "
            "(fredag den 31. maj 2019), som mange holder fri",
        ),
    ],
)
def test_days_off_that_are_no_holiday_are_named_as_what_they_are(
    content: Path, cli: Cli, day: str, words: str
) -> None:
    move_seminar_4(content, day)
    result = cli("validate", "--content", content)
    [warning] = findings(result, "W511")
    assert words in warning
    assert "helligdag:" not in warning and findings(result, "W501") == []


@pytest.mark.parametrize(
    ("day", "words"),
    [
        ("2019-10-15", "ligger i skolernes efterårsferie, uge 42 (tirsdag den 15. oktober 2019)"),
        ("2019-02-12", "ligger i skolernes vinterferie, uge 7 (tirsdag den 12. februar 2019)"),
        ("2019-07-10", "ligger i skolernes sommerferie (onsdag den 10. juli 2019)"),
        ("2019-12-23", "ligger i skolernes juleferie (mandag den 23. december 2019)"),
    ],
)
def test_school_holidays_are_named_and_can_be_turned_off(
    content: Path, cli: Cli, day: str, words: str
) -> None:
    move_seminar_4(content, day)
    [warning] = findings(cli("validate", "--content", content), "W510")
    assert words in warning and warning.endswith(", hvor mange holder fri")
    for silence in ("none", "[]"):
        programme = content / "programme.yaml"
        text = programme.read_text(encoding="utf-8").split("\nschool_holidays:", 1)[0]
        programme.write_text(f"{text}\nschool_holidays: {silence}\n", encoding="utf-8")
        result = cli("validate", "--content", content)
        assert result.code == 0, result.out
        assert findings(result, "W510") == []


def test_the_school_holidays_are_the_weeks_programme_yaml_names(content: Path, cli: Cli) -> None:
    move_seminar_4(content, "2019-10-22")  # uge 43: the default weeks say nothing
    assert findings(cli("validate", "--content", content), "W510") == []
    with (content / "programme.yaml").open("a", encoding="utf-8") as file:
        file.write(
            "school_holidays:\n  - name: efterårsferie\n    weeks: [43]\n"
            "  - name: vinterferie\n    start: 02-10\n    end: 02-16\n"
        )
    result = cli("validate", "--content", content)
    assert result.code == 0, result.out
    [warning] = findings(result, "W510")
    assert "efterårsferie, uge 43 (tirsdag den 22. oktober 2019)" in warning
    move_seminar_4_again = content / PHASE4
    edit(move_seminar_4_again, "when: 2019-10-22", "when: 2019-10-15")  # uge 42: no longer
    assert findings(cli("validate", "--content", content), "W510") == []
    edit(move_seminar_4_again, "when: 2019-10-15", "when: 2020-02-14")
    [warning] = findings(cli("validate", "--content", content), "W510")
    assert "skolernes vinterferie (fredag den 14. februar 2020)" in warning


def test_a_school_holiday_warning_is_accepted_on_its_line(content: Path, cli: Cli) -> None:
    move_seminar_4(content, '"2019-10-15"  # felles: tillad W510 – aftalt med SLF')
    result = cli("validate", "--strict", "--content", content)
    assert result.code == 0, result.out
    assert "W510" in result.out and "tilladt: aftalt med SLF" in result.out


def test_a_seminar_on_a_saturday_is_a_weekend_warning(content: Path, cli: Cli) -> None:
    phase = move_seminar_4(content, "2019-08-31 09:00")
    result = cli("validate", "--content", content)
    [warning] = findings(result, "W502")
    assert f":{line_of(phase, 'when: 2019-08-31')}:5: W502" in warning
    assert "lørdag den 31. august 2019" in warning
    assert findings(result, "W501") == []


def test_a_seminar_running_into_the_weekend_is_warned(content: Path, cli: Cli) -> None:
    phase = content / PHASE2
    edit(phase, 'end: "2018-11-09 12:00"', "end: 2018-11-10 12:00")
    [warning] = findings(cli("validate", "--content", content), "W502")
    assert "lørdag den 10. november 2018" in warning


def test_month_precise_and_long_activities_get_no_holiday_or_weekend_warning(
    content: Path, cli: Cli
) -> None:
    # The shipped month windows contain weekends and holidays: no warning (see the first test).
    phase = content / PHASE2
    edit(phase, 'end: "2018-11-09 12:00"', "end: 2018-12-31")  # a period, not an event
    result = cli("validate", "--content", content)
    assert findings(result, "W501") == findings(result, "W502") == []


def _copy() -> tuple[tempfile.TemporaryDirectory[str], Path]:
    holder = tempfile.TemporaryDirectory()
    return holder, copy_shipped(Path(holder.name) / "content")


# Fixed-date Danish holidays (W501) and days off (W511); Easter-based ones are tested above.
FIXED_HOLIDAYS = {(1, 1), (5, 1), (6, 5), (12, 24), (12, 25), (12, 26), (12, 31)}


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(day=st.dates(date(2018, 1, 1), date(2020, 12, 31)))
def test_weekend_and_fixed_holiday_warnings_follow_the_calendar(day: date, cli: Cli) -> None:
    # `cli` only captures output; it is safe to share between examples.
    holder, content = _copy()
    with holder:
        move_seminar_4(content, day.isoformat())
        result = cli("validate", "--content", content)
        assert result.code == 0
        assert bool(findings(result, "W502")) == (day.weekday() >= 5)
        if (day.month, day.day) in FIXED_HOLIDAYS:
            assert findings(result, "W501") or findings(result, "W511")
        if 7 <= day.month <= 11:  # Denmark has no holiday from July to November
            assert findings(result, "W501") == []


def test_two_fixed_activities_at_the_same_time_for_everyone_overlap(
    content: Path, cli: Cli
) -> None:
    phase3 = content / PHASE3
    edit(phase3, ACCEPTED_W301, "    when: 2018-11-09 09:00\n    end: 2018-11-09 15:00\n")
    result = cli("validate", "--content", content)
    [warning] = findings(result, "W503")
    assert f"03-graensekrydsende-samarbejde.md:{line_of(phase3, 'when: 2018-11-09')}:5" in warning
    assert "Ledelsesgrundlag og visionsledelse" in warning
    seminar = line_of(content / PHASE2, 'when: "2018-11-08')
    assert f"02-aktiv-visionsledelse.md:{seminar}" in warning


def test_back_to_back_activities_do_not_overlap(content: Path, cli: Cli) -> None:
    # The first seminar ends at 12.00 on 9 November.
    edit(content / PHASE3, ACCEPTED_W301, "    when: 2018-11-09 12:00\n")
    assert findings(cli("validate", "--content", content), "W503") == []


def _two_workshops(content: Path, first: str, second: str) -> None:
    """Give phase 1's first two workshops the same fixed day, for the given participants."""
    phase = content / "phases/01-ledelsesgrundlag.md"
    text = phase.read_text(encoding="utf-8")
    for workshop, who in (("workshop-1", first), ("workshop-2", second)):
        start = text.index(f"  - id: {workshop}\n")
        window = '    when: "2018-06"\n    end: "2018-11"\n'
        when = text.index(window, start)
        text = text[:when] + f"    when: 2018-09-13\n{who}" + text[when + len(window) :]
    phase.write_text(text, encoding="utf-8")


@pytest.mark.parametrize(
    ("first", "second", "overlap"),
    [
        ("    groups: [1]\n", "    groups: [2]\n", False),
        ("    groups: [1, 2]\n", "    groups: [2]\n", True),
        ("    groups: [1]\n", "    leaders: [Søren Aakjær]\n", True),
        ("    groups: [3]\n", "    leaders: [Søren Aakjær]\n", False),
        ("", "    groups: [5]\n", True),  # every group, each on its own
    ],
)
def test_overlap_needs_shared_participants(
    content: Path, cli: Cli, first: str, second: str, overlap: bool
) -> None:
    _two_workshops(content, first, second)
    result = cli("validate", "--content", content)
    assert result.code == 0, result.out
    assert bool(findings(result, "W503")) is overlap


def test_a_coming_seminar_without_a_place_is_warned(content: Path, cli: Cli) -> None:
    phase = content / PHASE4
    result = cli("validate", "--as-of", "2019-08-01", "--content", content)
    warnings = findings(result, "W504")
    assert len(warnings) == 1
    line = line_of(phase, SEMINAR_4.strip())
    assert f"04-samskabelse-af-velfaerd.md:{line}:5" in warnings[0]
    # over on the day after; a place silences it
    assert findings(cli("validate", "--as-of", "2019-08-31", "--content", content), "W504") == []
    edit(phase, SEMINAR_4, SEMINAR_4 + "    place: Aarhus Rådhus\n")
    assert findings(cli("validate", "--as-of", "2019-08-01", "--content", content), "W504") == []


@pytest.mark.parametrize(
    ("as_of", "expected"),
    [
        ("2018-05-03", 0),  # June 2018 is more than four weeks away
        ("2018-05-04", 3),  # 28 days before 1 June: the three group workshops
        ("uge 45 2018", 3),  # still running, still undated
        ("2018-12-01", 0),  # over
    ],
)
def test_undated_group_activities_within_four_weeks_are_warned(
    content: Path, cli: Cli, as_of: str, expected: int
) -> None:
    result = cli("validate", "--as-of", as_of, "--content", content)
    assert result.code == 0
    warnings = findings(result, "W505")
    assert len(warnings) == expected
    # individual preparation has no shared date to fix
    assert all("Workshop" in warning for warning in warnings)
    assert all("juni – november 2018" in warning for warning in warnings)


def test_fixing_the_date_silences_the_planning_warning(content: Path, cli: Cli) -> None:
    _two_workshops(content, "    groups: [1]\n", "    groups: [2]\n")
    result = cli("validate", "--as-of", "2018-09-01", "--content", content)
    assert len(findings(result, "W505")) == 1  # workshop 3 only


def test_as_of_defaults_to_today(content: Path, cli: Cli) -> None:
    soon = date.today() + timedelta(days=10)
    move_seminar_4(content, f"{soon:%Y-%m}")  # a seminar this month or next, undated
    result = cli("validate", "--content", content)
    assert len(findings(result, "W504")) == 1
    assert len(findings(result, "W505")) == 1


def test_a_bad_as_of_is_wrong_use(content: Path, cli: Cli) -> None:
    result = cli("validate", "--as-of", "30.2.2019", "--content", content)
    assert result.code == 2
    assert result.err.startswith("felles: »30.2.2019« er ikke en dato")
    assert result.out == ""


def test_school_holidays_that_cannot_be_are_errors_at_their_lines(content: Path, cli: Cli) -> None:
    programme = content / "programme.yaml"
    with programme.open("a", encoding="utf-8") as file:
        file.write(
            "school_holidays:\n"
            "  - name: vinterferie\n"
            "  - name: efterårsferie\n    weeks: [42, 54]\n"
            "  - name: juleferie\n    start: 02-30\n    end: 01-01\n"
        )
    result = cli("validate", "--content", content)
    assert result.code == 1
    name = line_of(programme, "  - name: vinterferie")
    assert f"programme.yaml:{name}:5: E330 skoleferien »vinterferie« har hverken uger" in (
        result.out
    )
    weeks = line_of(programme, "weeks: [42, 54]")
    assert f"programme.yaml:{weeks}:" in result.out
    assert "E331 skoleferien »efterårsferie« nævner uge 54, som ikke findes" in result.out
    start = line_of(programme, "start: 02-30")
    assert f"programme.yaml:{start}:5: E332 skoleferien »juleferie« har »02-30«" in result.out
    assert " W510 " not in result.out  # an impossible day makes no holiday of the year
    assert cli("next", "--content", content).code == 1  # as any error in the programme
