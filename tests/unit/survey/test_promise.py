"""The questionnaire's promise to leaders, held against what felles really does.

Each sentence of `survey/promise.py` is a claim about the code: the form prints exactly
those sentences; nothing felles prints claims codes, keys or pseudonyms; after an
import the data folder holds no name and no leader id; no figure rests on fewer
respondents than the form says.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from felles.names import slug
from felles.survey import promise
from tests.helpers.run import Cli
from tests.helpers.survey import rows, write_rows
from tests.helpers.tree import FORUM, PROGRAMME, SURVEY, edit, programme

ROOT = Path(__file__).resolve().parents[3]
# What a privacy text must never claim: felles keeps no codes, keys or pseudonyms.
FALSE_CLAIMS = re.compile(
    r"tilfældige koder|koder i stedet|pseudonym|nøgle til|navne erstattes|erstatter navne",
    re.IGNORECASE,
)
NUMBER_WORDS = {"fire": 4, "fem": 5, "seks": 6, "syv": 7}


# Twelve leaders in three groups: enough to answer above and below the threshold.
GROUPS = {number: [f"Leder {number}{letter}" for letter in "abcd"] for number in (1, 2, 3)}
LEADERS = [name for names in GROUPS.values() for name in names]
# The programme's own words about the questionnaire, claiming what felles does not do.
PARAGRAPHS = [
    "Jeres besvarelser bliver anonymiseret og behandlet fortroligt.",
    "Data bliver anvendt i et udviklingsperspektiv -> evt. nye handlinger.",
]


@pytest.fixture
def content(tmp_path: Path) -> Path:
    text = PROGRAMME.replace(
        "    - Spørgeskemaet handler om samarbejdet i ledergruppen.\n",
        "".join(f"    - {paragraph}\n" for paragraph in PARAGRAPHS),
    )
    return programme(tmp_path / "content", groups=GROUPS, programme_yaml=text, survey=SURVEY)


def own_text(text: str) -> str:
    """`text` without the programme's quoted paragraphs: felles' own words only."""
    text = " ".join(text.replace("-&gt;", "->").split())
    for paragraph in PARAGRAPHS:
        assert paragraph in text  # the form quotes them
        text = text.replace(paragraph, "")
    return text


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_the_form_makes_exactly_the_promise(cli: Cli, content: Path, fmt: str) -> None:
    result = cli("survey", "form", "baseline", "--format", fmt, "--content", content)
    assert result.code == 0, result.err
    text = own_text(result.out)
    for sentence in promise.form_sentences(FORUM):
        assert sentence in text, sentence
    assert FALSE_CLAIMS.search(text) is None
    assert "anonymiser" not in text.lower()  # the programme says it; felles' own text does not


def test_the_number_in_the_promise_is_the_threshold_the_report_uses() -> None:
    sentence = promise.form_sentences("X")[1]
    word = re.search(r"færre end (\w+)", sentence)
    assert word is not None
    assert NUMBER_WORDS[word.group(1)] == promise.MIN_RESPONDENTS


def test_no_help_or_readme_claims_codes_keys_or_pseudonyms(cli: Cli) -> None:
    texts = [(ROOT / "README.md").read_text(encoding="utf-8")]
    for command in ("form", "template", "import", "report", "purge"):
        texts.append(cli("survey", command, "--help").out)
    for text in texts:
        for match in FALSE_CLAIMS.finditer(text):
            # Only a denial or an older felles's data may name them.
            around = text[max(0, match.start() - 120) : match.end() + 40].lower()
            assert "ingen" in around or "ældre" in around, around


@pytest.fixture
def answers(cli: Cli, tmp_path: Path, content: Path) -> list[list[str]]:
    target = tmp_path / "example.csv"
    made = cli("survey", "template", "baseline", "--example", "-o", target, "--content", content)
    assert made.code == 0, made.err
    return rows(target)


def test_the_data_folder_holds_only_totals_without_names(
    cli: Cli, tmp_path: Path, content: Path, answers: list[list[str]]
) -> None:
    source = tmp_path / "svar.csv"
    write_rows(source, answers)
    data = tmp_path / "data"
    args = ("--data", data, "--content", content)
    assert cli("survey", "import", "baseline", source, *args).code == 0
    source.unlink()  # "indtil svarfilen er slettet": what is left is felles' own store
    stored = b"".join(p.read_bytes() for p in data.rglob("*") if p.is_file())
    assert stored
    for name in LEADERS:
        for form in (name, slug(name), name.split()[0] + " " + name.split()[-1]):
            assert form.encode("utf-8") not in stored, form


def answered(table: list[list[str]], keep: int) -> list[list[str]]:
    """The CSV with only the first `keep` answering leaders' answers left in it."""
    header, *body = table
    result, kept = [header], 0
    for row in body:
        has_answers = any(cell.strip() for cell in row[1:])
        if has_answers and kept < keep:
            kept += 1
            result.append(row)
        else:
            result.append([row[0], *([""] * (len(row) - 1))])
    assert kept == keep
    return result


@pytest.mark.parametrize("count", [promise.MIN_RESPONDENTS - 1, promise.MIN_RESPONDENTS])
def test_no_figure_rests_on_fewer_than_the_promised_number(
    cli: Cli, tmp_path: Path, content: Path, answers: list[list[str]], count: int
) -> None:
    source = tmp_path / "svar.csv"
    write_rows(source, answered(answers, count))
    args = ("--data", tmp_path / "data", "--content", content)
    imported = cli("survey", "import", "baseline", source, *args)
    assert imported.code == 0, imported.err
    report = json.loads(cli("survey", "report", "baseline", *args, "--format", "json").out)
    means = [item["mean"] for goal in report["round"]["goals"] for item in goal["items"]]
    assert means
    if count < promise.MIN_RESPONDENTS:
        assert all(mean is None for mean in means)
    else:
        assert any(mean is not None for mean in means)


@pytest.mark.parametrize("status", ["forslag", "godkendt"])
def test_a_proposal_is_called_a_proposal_wherever_its_statements_are_shown(
    cli: Cli, tmp_path: Path, content: Path, answers: list[list[str]], status: str
) -> None:
    edit(content / "survey.yaml", "status: godkendt", f"status: {status}")
    source = tmp_path / "svar.csv"
    write_rows(source, answers)
    data = tmp_path / "data"
    args = ("--data", data, "--content", content)
    assert cli("survey", "import", "baseline", source, *args).code == 0
    outputs = [
        cli("survey", "report", "baseline", *args).out,
        cli("survey", "report", "baseline", *args, "--format", "html").out,
        cli("export", "agenda", "seminar-opstart", "--survey", "baseline", *args).out,
    ]
    report = json.loads(cli("survey", "report", "baseline", *args, "--format", "json").out)
    assert report["round"]["proposal"] is (status == "forslag")
    for output in outputs:
        assert ("er et forslag" in output) is (status == "forslag"), output[:300]
