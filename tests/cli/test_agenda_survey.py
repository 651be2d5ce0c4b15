"""`felles export agenda SEMINAR --survey ROUND [--data MAPPE]`: the questionnaire's picture
at the seminar's learning goal, with the report's suppression and its "no names" promise."""

from __future__ import annotations

from pathlib import Path

import pytest

from felles.names import slug
from felles.render.signature import comment
from tests.helpers.content import LEADERS
from tests.helpers.run import Cli
from tests.helpers.survey import rows, write_rows

SEMINAR = "seminar-aktiv-visionsledelse"
STATEMENT = "Jeg følger løbende op på implementeringen af visionen i praksis."
OTHER_GOAL = "Jeg leder på baggrund af data og effekt."  # a statement of goal 3


@pytest.fixture
def example(cli: Cli, content: Path, tmp_path: Path) -> Path:
    target = tmp_path / "eksempel.csv"
    result = cli("survey", "template", "baseline", "--example", "-o", target, "--content", content)
    assert result.code == 0, result.output
    return target


def imported(cli: Cli, content: Path, csv_file: Path, folder: Path) -> Path:
    result = cli("survey", "import", "baseline", csv_file, "--data", folder, "--content", content)
    assert result.code == 0, result.output
    return folder


def agenda(cli: Cli, content: Path, *args: str | Path) -> str:
    result = cli("export", "agenda", SEMINAR, "--content", content, *args)
    assert result.code == 0, result.output
    return result.out


def survey_part(text: str) -> str:
    return text[text.index("## Spørgeskemaet") :]


def test_the_seminar_shows_its_goals_statements_and_the_network(
    cli: Cli, content: Path, example: Path, tmp_path: Path
) -> None:
    data = imported(cli, content, example, tmp_path / "D")
    out = agenda(cli, content, "--survey", "baseline", "--data", data)
    part = survey_part(out)
    assert "## Spørgeskemaet: Førmåling" in part
    assert "EKSEMPELDATA" in part
    line = next(line for line in part.splitlines() if STATEMENT in line)
    assert "gns. " in line and "n = " in line and "Helt enig" in line
    assert "*(Opfølgning og fastholdelse)*" in line
    assert OTHER_GOAL not in out  # only this learning goal's statements
    assert "- Netværkets tæthed: " in part and "%" in part
    assert "for få svar" not in part
    # The agenda is the agenda as before, with the survey's part added after the goal.
    before = agenda(cli, content).removesuffix(comment("export agenda") + "\n").rstrip("\n")
    assert out.startswith(before)


def test_with_four_respondents_no_figure_only_for_faa_svar(
    cli: Cli, content: Path, example: Path, tmp_path: Path
) -> None:
    table = rows(example)
    answered = [n for n, row in enumerate(table) if n and any(row[1:-1])]
    for n in answered[4:]:
        table[n] = [table[n][0]] + [""] * (len(table[n]) - 1)
    few = tmp_path / "fire.csv"
    write_rows(few, table)
    data = imported(cli, content, few, tmp_path / "D")
    part = survey_part(agenda(cli, content, "--survey", "baseline", "--data", data))
    assert "svar: 4 af 38 ledere" in part
    listed = part[part.index("### Udsagn") : part.index("### Samarbejdsrelationer")]
    statements = [line for line in listed.splitlines() if line.startswith("- ")]
    assert len(statements) == 6 and all(line.endswith(": for få svar") for line in statements)
    assert "gns." not in part and "n = " not in part
    assert "- Netværket: for få svar" in part and "tæthed" not in part


def test_no_name_id_or_pseudonym_is_added(
    cli: Cli, content: Path, example: Path, tmp_path: Path
) -> None:
    data = imported(cli, content, example, tmp_path / "D")
    markdown = survey_part(agenda(cli, content, "--survey", "baseline", "--data", data))
    page = agenda(cli, content, "--survey", "baseline", "--data", data, "--format", "html")
    section = page[
        page.index('<section class="survey">') : page.index(
            "</section>", page.index('<section class="survey">')
        )
    ]
    for added in (markdown, section):
        assert "Netværkets tæthed" in added
        for name in LEADERS:
            assert name not in added and slug(name) not in added


def test_html_has_the_figures_in_a_table(
    cli: Cli, content: Path, example: Path, tmp_path: Path
) -> None:
    data = imported(cli, content, example, tmp_path / "D")
    out = agenda(cli, content, "--survey", "baseline", "--data", data, "--format", "html")
    assert '<section class="survey">' in out
    assert f"<tr><td>{STATEMENT}</td><td>Opfølgning og fastholdelse</td><td>gns. " in out


def test_the_data_folder_is_found_as_the_survey_commands_find_it(
    cli: Cli, content: Path, example: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = imported(cli, content, example, tmp_path / "fra-miljoeet")
    monkeypatch.setenv("FELLES_DATA", str(data))
    assert "Netværkets tæthed" in agenda(cli, content, "--survey", "baseline")
    monkeypatch.delenv("FELLES_DATA")
    # The user's own data folder (XDG_DATA_HOME points at a temporary folder in the tests).
    imported(cli, content, example, tmp_path / "unused")
    assert cli("survey", "import", "baseline", example, "--content", content).code == 0
    assert "Netværkets tæthed" in agenda(cli, content, "--survey", "baseline")


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["--survey", "ukendt"], 2, "ukendt"),
        (["--survey", "opfoelgning"], 2, "runden »opfoelgning« er ikke importeret"),
        (["--data", "D"], 2, "--data bruges kun sammen med --survey RUNDE"),
    ],
)
def test_wrong_use(
    cli: Cli, content: Path, example: Path, tmp_path: Path, args: list[str], code: int,
    message: str,
) -> None:  # fmt: skip
    data = imported(cli, content, example, tmp_path / "D")
    args = [str(data) if a == "D" else a for a in args]
    result = cli("export", "agenda", SEMINAR, "--content", content, "--data", data, *args)
    if "--data" in args and "--survey" not in args:
        result = cli("export", "agenda", SEMINAR, "--content", content, *args)
    assert result.code == code, result.output
    assert message in result.err


def test_a_phase_without_a_learning_goal_has_no_figures(
    cli: Cli, content: Path, example: Path, tmp_path: Path
) -> None:
    data = imported(cli, content, example, tmp_path / "D")
    result = cli(
        "export", "agenda", "opstart-slf", "--content", content, "--survey", "baseline",
        "--data", data,
    )  # fmt: skip
    assert result.code == 2
    assert "fasen »Personligt ledelsesgrundlag« har intet læringsmål" in result.err
