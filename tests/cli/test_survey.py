"""`felles survey`: form, template, import, report, purge, and the promises they keep.

The promises of the programme's questionnaire: anonymised (nothing per person is stored:
see test_survey_privacy.py), shown only in aggregate (nothing resting on fewer than
5 respondents), never in the content repository, and deleted at the end.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import stat
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import hypothesis
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from felles.content.reader import read_yaml
from felles.names import slug
from felles.survey.responses import column_letter
from tests.helpers.content import SHIPPED, edit
from tests.helpers.run import Cli

LEADERS = [
    m["name"] for g in read_yaml(SHIPPED / "groups.yaml").data["groups"] for m in g["members"]
]
POSIX = os.name == "posix"


def rows(path: Path) -> list[list[str]]:
    text = path.read_text(encoding="utf-8-sig")
    return list(csv.reader(io.StringIO(text), delimiter=";"))


def write_rows(path: Path, table: list[list[str]], delimiter: str = ";") -> None:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(table)
    path.write_text(buffer.getvalue(), encoding="utf-8")


def answered(table: list[list[str]]) -> int:
    return sum(1 for row in table[1:] if any(cell for cell in row[1:-1]))


def stored_files(data: Path) -> list[str]:
    return sorted(p.name for p in data.iterdir()) if data.exists() else []


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return tmp_path / "surveydata"


@pytest.fixture
def example(cli: Cli, tmp_path: Path) -> Callable[[str], Path]:
    """The made-up example CSV for a round."""

    def make(round_id: str) -> Path:
        target = tmp_path / f"{round_id}.csv"
        result = cli("survey", "template", round_id, "--example", "-o", target)
        assert result.code == 0, result.err
        return target

    return make


def no_person_in(text: str) -> None:
    """Neither a leader's name nor a leader's id (slug) appears in `text`."""
    for name in LEADERS:
        assert name not in text
        assert slug(name) not in text


# --- end to end ---------------------------------------------------------------------


def test_example_template_import_report_end_to_end(
    cli: Cli, example: Callable[[str], Path], data: Path
) -> None:
    csv_file = example("baseline")
    table = rows(csv_file)
    assert table[0][0] == "respondent" and table[0][-1] == "eksempel"
    assert {row[-1] for row in table[1:]} <= {"opdigtet", ""}
    respondents = answered(table)
    assert 25 <= respondents < len(LEADERS)  # most answer, not all

    imported = cli("survey", "import", "baseline", csv_file, "--data", data)
    assert imported.code == 0, imported.err
    assert f"{respondents} besvarelser af {len(LEADERS)} ledere" in imported.err
    assert "opdigtede eksempelsvar" in imported.err

    report = cli("survey", "report", "baseline", "--data", data)
    assert report.code == 0, report.err
    assert "EKSEMPELDATA" in report.out
    assert f"Svar: {respondents} af {len(LEADERS)} ledere" in report.out
    for title in ("Aktiv visionsledelse", "Grænsekrydsende samarbejde", "Samskabelse af velfærd"):
        assert f"Ledelsesstil – {title}" in report.out
    assert "Jeg leder på baggrund af data og effekt." in report.out
    assert "Netværkets tæthed:" in report.out and "Gensidighed" in report.out
    assert "Erhvervsliv" in report.out
    assert "for få svar (n <" not in report.out  # every figure rests on enough answers


def test_json_report_holds_counts_that_add_up(
    cli: Cli, example: Callable[[str], Path], data: Path
) -> None:
    csv_file = example("baseline")
    table = rows(csv_file)
    assert cli("survey", "import", "baseline", csv_file, "--data", data).code == 0
    report = json.loads(cli("survey", "report", "baseline", "--data", data, "--format", "json").out)
    summary = report["round"]
    assert summary["respondents"] == answered(table)
    assert summary["population"] == len(LEADERS)
    header = table[0]
    column = header.index("udsagn.data-1")
    values = [int(row[column]) for row in table[1:] if row[column]]
    item = next(i for g in summary["goals"] for i in g["items"] if i["id"] == "data-1")
    assert item["n"] == len(values)
    assert item["mean"] == pytest.approx(sum(values) / len(values))
    assert [count for _, count in item["distribution"]] == [values.count(v) for v in range(1, 6)]
    network = summary["network"]
    assert 0 < network["density"] <= 1 and 0 <= network["reciprocity"] <= 1


def test_compare_shows_the_change_between_two_example_rounds(
    cli: Cli, example: Callable[[str], Path], data: Path
) -> None:
    for round_id in ("baseline", "opfoelgning"):
        assert cli("survey", "import", round_id, example(round_id), "--data", data).code == 0
    text = cli("survey", "report", "baseline", "--compare", "opfoelgning", "--data", data)
    assert text.code == 0, text.err
    assert "Udvikling fra baseline til opfoelgning" in text.out
    assert "kobles ikke sammen" in text.out  # the honest note: rounds are not linked
    assert "Netværkets tæthed" in text.out.split("Udvikling", 1)[1]
    changes = json.loads(
        cli(
            "survey",
            "report",
            "baseline",
            "--compare",
            "opfoelgning",
            "--data",
            data,
            "--format",
            "json",
        ).out
    )["changes"]
    deltas = [c["delta"] for c in changes if c["delta"] is not None]
    assert len(deltas) >= 20 and any(d > 0 for d in deltas)


def test_html_report_is_standalone_with_inline_charts(
    cli: Cli, example: Callable[[str], Path], data: Path, tmp_path: Path
) -> None:
    for round_id in ("baseline", "opfoelgning"):
        assert cli("survey", "import", round_id, example(round_id), "--data", data).code == 0
    out = tmp_path / "rapport.html"
    result = cli(
        "survey", "report", "baseline", "--compare", "opfoelgning", "--data", data, "-o", out
    )
    assert result.code == 0, result.err
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and '<html lang="da">' in page
    assert page.count("<svg") >= 2 * 24  # a bar per statement and actor, for both rounds
    assert "http://" not in page.replace("http://www.w3.org", "")
    assert "https://" not in page and "<script" not in page and "<link" not in page
    assert "Udvikling" in page


# --- no names, no pseudonyms, small numbers suppressed -----------------------------


def test_no_report_output_or_message_shows_a_name_or_pseudonym(
    cli: Cli, example: Callable[[str], Path], data: Path, tmp_path: Path
) -> None:
    for round_id in ("baseline", "opfoelgning"):
        result = cli("survey", "import", round_id, example(round_id), "--data", data, "-v")
        assert result.code == 0
        no_person_in(result.output)
    assert stored_files(data) == ["answers.sqlite3"]  # no key: there are no names to key
    for fmt in ("text", "json", "html"):
        for extra in ([], ["--compare", "opfoelgning"], ["--goal", "samskabelse-af-velfaerd"]):
            result = cli("survey", "report", "baseline", "--data", data, "--format", fmt, *extra)
            assert result.code == 0
            no_person_in(result.output)
    # the answers file itself holds no names and no leader ids
    no_person_in((data / "answers.sqlite3").read_bytes().decode("utf-8", "replace"))


def test_four_respondents_show_too_few_answers_instead_of_figures(
    cli: Cli, example: Callable[[str], Path], data: Path, tmp_path: Path
) -> None:
    table = rows(example("baseline"))
    kept = 0
    for row in table[1:]:
        if any(row[1:-1]) and kept < 4:
            kept += 1
        else:
            row[1:] = [""] * (len(row) - 1)
    four = tmp_path / "fire.csv"
    write_rows(four, table)
    assert cli("survey", "import", "baseline", four, "--data", data).code == 0
    text = cli("survey", "report", "baseline", "--data", data)
    assert "Svar: 4 af 38" in text.out
    assert "for få svar" in text.out
    assert "gns." not in text.out and "%" not in text.out.split("ledere (", 1)[1].split("\n", 1)[1]
    report = json.loads(cli("survey", "report", "baseline", "--data", data, "--format", "json").out)
    items = [i for g in report["round"]["goals"] for i in g["items"]] + report["round"]["external"]
    assert items and all(i["mean"] is None and i["distribution"] is None for i in items)
    network = report["round"]["network"]
    assert [network[k] for k in ("density", "partners", "outside_group", "reciprocity")] == [
        None
    ] * 4
    # the rated experience counts the four people, not their many ratings
    assert network["experience"]["n"] == 4 and network["experience"]["answers"] > 4
    assert network["experience"]["mean"] is None
    page = cli("survey", "report", "baseline", "--data", data, "--format", "html").out
    assert "for få svar" in page and "<rect" not in page.split("</ul>", 1)[-1]


def test_compare_with_a_small_round_says_so(
    cli: Cli, example: Callable[[str], Path], data: Path, tmp_path: Path
) -> None:
    assert cli("survey", "import", "baseline", example("baseline"), "--data", data).code == 0
    table = rows(example("opfoelgning"))
    kept = 0
    for row in table[1:]:
        if any(row[1:-1]) and kept < 7:
            kept += 1
        else:
            row[1:] = [""] * (len(row) - 1)
    small = tmp_path / "lille.csv"
    write_rows(small, table)
    assert cli("survey", "import", "opfoelgning", small, "--data", data).code == 0
    out = cli("survey", "report", "baseline", "--compare", "opfoelgning", "--data", data).out
    assert "få svar (n = " in out and "og 7); tolk forsigtigt" in out


# --- import checks every cell and imports nothing if anything is wrong --------------


def _break(table: list[list[str]], row: int, header: str, value: str) -> int:
    """Put `value` into the cell; returns the spreadsheet column number."""
    col = table[0].index(header)
    table[row - 1][col] = value
    return col + 1


def _answered_row(table: list[list[str]]) -> int:
    return next(i for i, row in enumerate(table[1:], start=2) if any(row[1:-1]))


@pytest.mark.parametrize(
    ("header", "value", "code"),
    [
        ("udsagn.data-1", "7", "E618"),
        ("udsagn.data-1", "meget", "E618"),
        ("udadtil.borgere", "-1", "E618"),
        ("respondent", "ukendt-person", "E616"),
    ],
)
def test_one_bad_cell_exits_1_naming_row_and_column_and_imports_nothing(
    cli: Cli,
    example: Callable[[str], Path],
    data: Path,
    tmp_path: Path,
    header: str,
    value: str,
    code: str,
) -> None:
    table = rows(example("baseline"))
    row = _answered_row(table) + 3
    while not any(table[row - 1][1:-1]):
        row += 1
    respondent = table[row - 1][0]
    col = _break(table, row, header, value)
    bad = tmp_path / "svar.csv"
    write_rows(bad, table)
    result = cli("survey", "import", "baseline", bad, "--data", data)
    assert result.code == 1
    lines = [line for line in result.err.splitlines() if f" {code} " in line]
    assert len(lines) == 1
    assert lines[0].startswith(f"{bad}:{row}:{col}: {code} ")
    assert f"kolonne {column_letter(col)}" in lines[0]
    assert "intet er importeret" in result.err
    assert respondent not in result.err  # an error never names the respondent
    assert not data.exists()


def test_missing_column_duplicate_respondent_and_answer_about_oneself(
    cli: Cli, example: Callable[[str], Path], data: Path, tmp_path: Path
) -> None:
    table = rows(example("baseline"))
    first = _answered_row(table)
    second = next(i for i, r in enumerate(table[1:], start=2) if i > first and any(r[1:-1]))
    table[second - 1][0] = table[first - 1][0]  # the same respondent twice
    me = table[first - 1][0]
    own = _break(table, first, f"hyppighed.{me}", "3")
    gone = table[0].index("udsagn.data-2")
    for row in table:
        del row[gone]
    bad = tmp_path / "svar.csv"
    write_rows(bad, table)
    result = cli("survey", "import", "baseline", bad, "--data", data)
    assert result.code == 1
    assert f"{bad}:1:1: E612 kolonnen »udsagn.data-2« mangler" in result.err
    # the cells are only checked once the columns are right
    assert "E617" not in result.err
    table[0].insert(gone, "udsagn.data-2")
    for row in table[1:]:
        row.insert(gone, "")
    write_rows(bad, table)
    result = cli("survey", "import", "baseline", bad, "--data", data)
    assert result.code == 1
    assert f"{bad}:{second}:1: E617 respondenten har allerede svaret i række {first}" in result.err
    assert f"{bad}:{first}:{own}: E619 " in result.err
    assert not data.exists()


def test_unknown_and_duplicate_columns_are_errors_with_a_suggestion(
    cli: Cli, example: Callable[[str], Path], data: Path, tmp_path: Path
) -> None:
    table = rows(example("baseline"))
    col = table[0].index("udsagn.data-1")
    table[0][col] = "udsagn.data-l"
    table[0].append("udsagn.data-2")
    bad = tmp_path / "svar.csv"
    write_rows(bad, table)
    result = cli("survey", "import", "baseline", bad, "--data", data)
    assert result.code == 1
    letter = column_letter(col + 1)
    assert f"{bad}:1:{col + 1}: E613 kolonne {letter} har en ukendt overskrift" in result.err
    assert "mente du »udsagn.data-1«" in result.err
    assert "udsagn.data-l" not in result.err  # an unknown header is never repeated
    assert f":1:{len(table[0])}: E614 kolonnen »udsagn.data-2« står to gange" in result.err


def test_a_latin1_file_names_the_row_of_the_bad_byte(
    cli: Cli, example: Callable[[str], Path], data: Path, tmp_path: Path
) -> None:
    lines = example("baseline").read_text(encoding="utf-8-sig").split("\n")
    lines[3] = lines[3].replace(";", ";søn", 1)
    bad = tmp_path / "latin1.csv"
    bad.write_bytes("\n".join(lines).encode("latin-1"))
    result = cli("survey", "import", "baseline", bad, "--data", data)
    assert result.code == 1
    assert f"{bad}:4:1: E610 " in result.err and "CSV UTF-8" in result.err
    assert not data.exists()


def test_comma_separated_utf8_without_bom_and_answers_in_words_import(
    cli: Cli, example: Callable[[str], Path], data: Path, tmp_path: Path
) -> None:
    table = rows(example("baseline"))
    row = _answered_row(table)
    _break(table, row, "udsagn.data-1", "helt enig")
    other = tmp_path / "komma.csv"
    write_rows(other, table, delimiter=",")
    assert cli("survey", "import", "baseline", other, "--data", data).code == 0
    report = json.loads(cli("survey", "report", "baseline", "--data", data, "--format", "json").out)
    item = next(i for g in report["round"]["goals"] for i in g["items"] if i["id"] == "data-1")
    assert dict(item["distribution"])["Helt enig"] >= 1


def test_a_round_is_never_replaced_without_replace(
    cli: Cli, example: Callable[[str], Path], data: Path, tmp_path: Path
) -> None:
    csv_file = example("baseline")
    assert cli("survey", "import", "baseline", csv_file, "--data", data).code == 0
    before = (data / "answers.sqlite3").read_bytes()
    again = cli("survey", "import", "baseline", csv_file, "--data", data)
    assert again.code == 2 and "--replace" in again.err
    assert (data / "answers.sqlite3").read_bytes() == before
    table = rows(csv_file)
    for row in table[6:]:
        row[1:] = [""] * (len(row) - 1)
    fewer = tmp_path / "faerre.csv"
    write_rows(fewer, table)
    assert cli("survey", "import", "baseline", fewer, "--data", data, "--replace").code == 0
    report = json.loads(cli("survey", "report", "baseline", "--data", data, "--format", "json").out)
    assert report["round"]["respondents"] == answered(table)
    assert stored_files(data) == ["answers.sqlite3"]


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(value=st.text(max_size=12))
@hypothesis.example(value="\n\x00")
@hypothesis.example(value="\x00")
def test_any_cell_value_is_imported_or_reported_never_crashes(
    cli: Cli, example: Callable[[str], Path], tmp_path: Path, value: str
) -> None:
    table = (
        rows(example("baseline"))
        if not (tmp_path / "baseline.csv").exists()
        else rows(tmp_path / "baseline.csv")
    )
    row = _answered_row(table)
    col = _break(table, row, "udsagn.koordinering-1", value)
    bad = tmp_path / "h.csv"
    write_rows(bad, table)
    data = tmp_path / f"d{abs(hash(value))}"
    result = cli("survey", "import", "baseline", bad, "--data", data)
    accepted = value.strip() in {
        "",
        "1",
        "2",
        "3",
        "4",
        "5",
        "01",
        "+1",
    } or value.strip().casefold() in {
        "helt uenig",
        "overvejende uenig",
        "hverken enig eller uenig",
        "overvejende enig",
        "helt enig",
    }
    with contextlib.suppress(ValueError):
        accepted = accepted or int(value.strip()) in range(1, 6)
    assert result.code == (0 if accepted else 1), (value, result.err)
    if "\x00" in value:  # a NUL byte means the file is not text at all
        # …named at the line the NUL is on: a line break typed in the cell before it moves it
        # down (the cell '\n\x00' of row 2 puts the NUL on line 3, as an editor shows it).
        line = row + value[: value.index("\x00")].count("\n")
        assert f":{line}:1: E623 " in result.err
    elif not accepted:
        assert f":{row}:{col}: E618 " in result.err
        assert not data.exists()


# --- the data folder -----------------------------------------------------------------


def test_data_inside_a_git_work_tree_is_refused(
    cli: Cli, example: Callable[[str], Path], tmp_path: Path
) -> None:
    repo = tmp_path / "repo"
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    target = repo / "deep" / "data"
    result = cli("survey", "import", "baseline", example("baseline"), "--data", target)
    assert result.code == 2
    assert "git-arbejdstræ" in result.err and "U061" not in result.err
    assert not (repo / "deep").exists()


def test_data_inside_the_content_folder_or_a_full_folder_is_refused(
    cli: Cli, example: Callable[[str], Path], content: Path, tmp_path: Path
) -> None:
    csv_file = example("baseline")
    inside = cli(
        "survey", "import", "baseline", csv_file, "--content", content, "--data", content / "data"
    )
    assert inside.code == 2 and "indholdsmappen" in inside.err
    assert not (content / "data").exists()
    full = tmp_path / "home"
    full.mkdir()
    (full / "noter.txt").write_text("mine noter", encoding="utf-8")
    refused = cli("survey", "import", "baseline", csv_file, "--data", full)
    assert refused.code == 2 and "mappen er ikke tom" in refused.err
    assert stored_files(full) == ["noter.txt"]


@pytest.mark.skipif(not POSIX, reason="owner-only permission bits are POSIX")
def test_the_data_folder_and_databases_are_owner_only(
    cli: Cli, example: Callable[[str], Path], data: Path
) -> None:
    old = os.umask(0o022)
    try:
        assert cli("survey", "import", "baseline", example("baseline"), "--data", data).code == 0
    finally:
        os.umask(old)
    assert stat.S_IMODE(data.stat().st_mode) == 0o700
    assert stored_files(data) == ["answers.sqlite3"]
    for name in stored_files(data):
        assert stat.S_IMODE((data / name).stat().st_mode) == 0o600


def test_the_default_data_folder_is_the_users_data_folder(
    example: Callable[[str], Path],
    felles_process: Callable[..., subprocess.CompletedProcess[str]],
    tmp_path: Path,
) -> None:
    home = tmp_path / "xdg"
    env = {"XDG_DATA_HOME": str(home), "FELLES_DATA": ""}
    csv_file = example("baseline")
    result = felles_process("survey", "import", "baseline", csv_file, cwd=tmp_path, env=env)
    assert result.returncode == 0, result.stderr
    if sys.platform.startswith("linux"):
        folder = home / "felles" / "survey" / "faelles-om-ledelse"
        assert stored_files(folder) == ["answers.sqlite3"]
    report = felles_process("survey", "report", "baseline", cwd=tmp_path, env=env)
    assert report.returncode == 0 and "Svar:" in report.stdout


def test_purge_deletes_every_survey_file_and_says_what(
    cli: Cli, example: Callable[[str], Path], data: Path
) -> None:
    for round_id in ("baseline", "opfoelgning"):
        assert cli("survey", "import", round_id, example(round_id), "--data", data).code == 0
    refused = cli("survey", "purge", "--data", data)  # no terminal to ask in
    assert refused.code == 2 and "--yes" in refused.err
    assert stored_files(data) == ["answers.sqlite3"]
    result = cli("survey", "purge", "--yes", "--data", data)
    assert result.code == 0
    assert "runderne baseline, opfoelgning" in result.err
    assert "answers.sqlite3" in result.err
    assert not data.exists()
    again = cli("survey", "purge", "--yes", "--data", data)
    assert again.code == 0 and "intet slettet" in again.err
    gone = cli("survey", "report", "baseline", "--data", data)
    assert gone.code == 2 and "ikke importeret" in gone.err


def test_purge_keys_only_says_there_is_no_key_and_leaves_the_answers(
    cli: Cli, example: Callable[[str], Path], data: Path
) -> None:
    assert cli("survey", "import", "baseline", example("baseline"), "--data", data).code == 0
    before = (data / "answers.sqlite3").read_bytes()
    result = cli("survey", "purge", "--keys-only", "--data", data)  # nothing to confirm
    assert result.code == 0
    assert "ingen nøgle at slette" in result.err and "anonyme fra importen" in result.err
    assert stored_files(data) == ["answers.sqlite3"]
    assert (data / "answers.sqlite3").read_bytes() == before
    assert cli("survey", "report", "baseline", "--data", data).code == 0


def test_validate_warns_when_the_programme_has_ended_and_data_remain(
    cli: Cli,
    example: Callable[[str], Path],
    content: Path,
    data: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("FELLES_DATA", str(data))
    edit(content / "survey.yaml", "status: forslag\n", "status: forslag\ndelete_after: 2020-06\n")
    assert cli("validate", "--content", content, "--as-of", "2020-06-30").code == 0
    assert cli("survey", "import", "baseline", example("baseline"), "--content", content).code == 0
    during = cli("validate", "--content", content, "--as-of", "2020-06-30")
    assert "W601" not in during.out
    after = cli("validate", "--content", content, "--as-of", "2020-07-01")
    assert after.code == 0
    line = next(line for line in after.out.splitlines() if "W601" in line)
    assert "survey.yaml:" in line and "runden baseline" not in line and "baseline" in line
    assert "juni 2020" in line and str(data) in line
    assert cli("validate", "--content", content, "--as-of", "2020-07-01", "--strict").code == 1
    assert cli("survey", "purge", "--yes", "--content", content).code == 0
    assert "W601" not in cli("validate", "--content", content, "--as-of", "2020-07-01").out


# --- survey.yaml is content, validated like the rest -------------------------------
# (Each single fault in survey.yaml and its finding is a case in tests/cases/survey-*.)


def test_survey_commands_refuse_content_with_errors_and_unknown_rounds(
    cli: Cli, content: Path
) -> None:
    edit(content / "survey.yaml", "  scale: enighed\n", "  scale: enig\n")
    broken = cli("survey", "form", "baseline", "--content", content)
    assert broken.code == 1 and "felles validate" in broken.err
    unknown = cli("survey", "form", "basline")
    assert unknown.code == 2 and "mente du »baseline«" in unknown.err
    (content / "survey.yaml").unlink()
    missing = cli("survey", "template", "baseline", "--content", content)
    assert missing.code == 2 and "intet spørgeskema" in missing.err
    assert cli("validate", "--content", content).code == 0  # survey.yaml is optional


# --- form and template -----------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_form_lists_every_question_and_says_it_is_a_proposal(cli: Cli, fmt: str) -> None:
    result = cli("survey", "form", "baseline", "--format", fmt)
    assert result.code == 0, result.err
    survey = read_yaml(SHIPPED / "survey.yaml").data
    assert "Forslag" in result.out
    assert "slettes, når forløbet afsluttes" in result.out  # the seed's own promise, quoted
    for statement in survey["style"]["statements"]:
        assert statement["text"].replace("”", "”") in result.out.replace("&#34;", '"')
    for actor in survey["external"]["actors"]:
        assert actor["title"] in result.out
    for name in LEADERS:  # the paper form lists the other participants by name
        assert name in result.out


def test_blank_template_lists_every_leader_and_every_column(cli: Cli, tmp_path: Path) -> None:
    target = tmp_path / "skabelon.csv"
    assert cli("survey", "template", "baseline", "-o", target).code == 0
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel opens UTF-8 with a BOM correctly
    table = rows(target)
    assert [row[0] for row in table[1:]] == [slug(name) for name in LEADERS]
    assert all(not any(row[1:]) for row in table[1:])
    header = table[0]
    assert len(header) == 1 + 2 * len(LEADERS) + 5 + 18
    assert "eksempel" not in header
    again = cli("survey", "template", "baseline", "-o", target)
    assert again.code == 1 and "overskrives ikke" in again.err
    assert target.read_bytes() == raw
    empty = cli("survey", "import", "baseline", target, "--data", tmp_path / "d")
    assert empty.code == 1 and "ingen besvarelser" in empty.err


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(
    ("answer", "deleted"), [("j\n", True), ("Ja\n", True), ("\n", False), ("nej\n", False)]
)
def test_purge_asks_in_danish_on_a_terminal(
    cli: Cli,
    example: Callable[[str], Path],
    data: Path,
    monkeypatch: pytest.MonkeyPatch,
    answer: str,
    deleted: bool,
) -> None:
    assert cli("survey", "import", "baseline", example("baseline"), "--data", data).code == 0
    monkeypatch.setattr(sys, "stdin", _Terminal(answer))
    result = cli("survey", "purge", "--data", data)
    assert result.code == 0
    assert "Det kan ikke fortrydes. [j/N]" in result.err
    assert data.exists() != deleted
    assert ("Intet slettet." in result.err) != deleted


def test_purge_works_even_when_the_content_is_broken(
    cli: Cli, example: Callable[[str], Path], content: Path, data: Path
) -> None:
    assert cli("survey", "import", "baseline", example("baseline"), "--data", data).code == 0
    edit(content / "groups.yaml", "number: 1\n", "number: [1\n")
    (content / "survey.yaml").unlink()
    result = cli("survey", "purge", "--yes", "--content", content, "--data", data)
    assert result.code == 0, result.err
    assert not data.exists()


def test_a_damaged_database_is_a_danish_message_not_a_traceback(
    cli: Cli, example: Callable[[str], Path], data: Path
) -> None:
    assert cli("survey", "import", "baseline", example("baseline"), "--data", data).code == 0
    (data / "answers.sqlite3").write_bytes(b"this is not a database" * 100)
    for args in (("report", "baseline"), ("import", "opfoelgning", example("opfoelgning"))):
        result = cli("survey", *args, "--data", data)
        assert result.code == 2
        assert result.err.startswith("felles: spørgeskemadata i ") and "Traceback" not in result.err


def test_importing_a_csv_kept_in_git_reminds_to_delete_it(
    cli: Cli, example: Callable[[str], Path], data: Path, tmp_path: Path
) -> None:
    repo = tmp_path / "repo"
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    inside = repo / "svar.csv"
    inside.write_bytes(example("baseline").read_bytes())
    result = cli("survey", "import", "baseline", inside, "--data", data)
    assert result.code == 0
    assert "git-arbejdstræ" in result.err and "slet filen" in result.err


def test_a_broken_draft_does_not_stop_the_survey(cli: Cli, content: Path, tmp_path: Path) -> None:
    drafts = content / "ledelsesgrundlag"
    drafts.mkdir()
    (drafts / "niels-hoejberg.md").write_text("---\nleader: [\n---\n", encoding="utf-8")
    assert cli("validate", "--content", content).code == 1
    result = cli("survey", "form", "baseline", "--content", content)
    assert result.code == 0, result.err


def test_a_data_folder_of_another_programme_is_refused(
    cli: Cli, example: Callable[[str], Path], content: Path, data: Path
) -> None:
    csv_file = example("baseline")
    assert cli("survey", "import", "baseline", csv_file, "--data", data).code == 0
    edit(content / "programme.yaml", "id: faelles-om-ledelse\n", "id: andet-forloeb\n")
    before = (data / "answers.sqlite3").read_bytes()
    for args in (("import", "opfoelgning", csv_file), ("report", "baseline")):
        result = cli("survey", *args, "--content", content, "--data", data)
        assert result.code == 2
        assert "hører til forløbet »faelles-om-ledelse«, ikke »andet-forloeb«" in result.err
    assert (data / "answers.sqlite3").read_bytes() == before


def test_a_form_template_beside_the_content_wins_and_is_named(cli: Cli, content: Path) -> None:
    own = content.parent / "templates"
    own.mkdir()
    (own / "survey_form.md.j2").write_text("# {{ title }} ({{ round.id }})\n", encoding="utf-8")
    result = cli("survey", "form", "baseline", "--content", content)
    assert result.code == 0
    assert result.out == (
        "# Spørgeskema ifm. ‘Fælles om Ledelse’ (baseline)\n\n"
        "<!-- felles survey form: genereret fil, erstattes ved næste kørsel -->\n"
    )
    assert f"Skabelon: {own / 'survey_form.md.j2'} (egen skabelon" in result.err


def test_the_report_names_the_programmes_own_forum(cli: Cli, content: Path, tmp_path: Path) -> None:
    """ "Kun tal for … samlet" says the forum of this programme, in text and on the page."""
    edit(content / "programme.yaml", "  forum: Strategisk Ledelsesforum", "  forum: Direktionen")
    csv_file = tmp_path / "baseline.csv"
    made = cli("survey", "template", "baseline", "--example", "-o", csv_file, "--content", content)
    assert made.code == 0, made.err
    data = tmp_path / "data"
    imported = cli("survey", "import", "baseline", csv_file, "--data", data, "--content", content)
    assert imported.code == 0, imported.err
    report = cli("survey", "report", "baseline", "--data", data, "--content", content)
    page = tmp_path / "rapport.html"
    html = cli("survey", "report", "baseline", "--data", data, "--content", content, "-o", page)
    assert report.code == 0 and html.code == 0, report.err + html.err
    assert "Kun tal for Direktionen samlet; tal" in report.out
    assert "Kun tal for Direktionen samlet. Tal" in page.read_text(encoding="utf-8")
    assert "Strategisk Ledelsesforum" not in report.out
    form = cli("survey", "form", "baseline", "-o", tmp_path / "skema.md", "--content", content)
    # What is written is said as a sentence, with a capital letter, like every other writer.
    assert form.err.startswith(f"Skemaet er gemt i {tmp_path / 'skema.md'}."), form.err
    assert html.err.startswith(f"Rapporten er gemt i {page}."), html.err
