"""`felles export agenda`, through the real CLI (`felles export ics` is in test_ics.py).

Golden files live in tests/golden/; after an intended change, regenerate them with
FELLES_UPDATE_GOLDEN=1 and review the diff.
"""

from __future__ import annotations

import shutil
import sys
from collections.abc import Callable
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from felles.content.load import load
from felles.content.locate import ContentDir
from tests.helpers.content import PHASE_2, SHIPPED, add_activity, edit, group_activity
from tests.helpers.golden import golden
from tests.helpers.run import Cli


def shipped_goal(goal_id: str) -> tuple[str, list[str], list[str]]:
    loaded = load(ContentDir(SHIPPED, "option"), SHIPPED)
    goal = loaded.goal(goal_id)
    assert goal is not None
    return goal.title, [theme.title for theme in goal.themes], list(goal.aims)


def test_agenda_for_a_date_shows_time_week_and_learning_goal(cli: Cli, content: Path) -> None:
    result = cli("export", "agenda", "2018-11-08", "--content", content)
    assert result.code == 0, result.err
    out = result.out
    assert out.startswith("# Fælles seminar: Ledelsesgrundlag og visionsledelse\n")
    assert "torsdag den 8. november 2018 kl. 12.00" in out
    assert "fredag den 9. november 2018 kl. 12.00" in out
    assert "kl. 12.00" in out
    assert "uge 45" in out
    title, themes, aims = shipped_goal("aktiv-visionsledelse")
    assert title == "Aktiv visionsledelse"
    assert f"Læringsmål 1: {title}" in out
    assert len(themes) == 3
    for theme in [*themes, "Formulering og formidling", "Koordinering og commitment i praksis"]:
        assert theme in out
    assert "Udbytte for lederne" in out
    for aim in aims:
        assert aim.replace("\n", " ") in out
    assert "Hele Strategisk Ledelsesforum (38 ledere)" in out
    assert "**Sted:** ikke fastlagt" in out
    assert result.err == ""


def test_agenda_golden_markdown(cli: Cli, content: Path) -> None:
    result = cli("export", "agenda", "2018-11-08", "--content", content)
    assert result.code == 0
    golden("agenda-2018-11-08.md", result.out)


def test_agenda_golden_html(cli: Cli, content: Path) -> None:
    result = cli("export", "agenda", "2018-11-08", "--format", "html", "--content", content)
    assert result.code == 0
    golden("agenda-2018-11-08.html", result.out)


def test_phase_agenda_golden_markdown(cli: Cli, content: Path) -> None:
    result = cli("export", "agenda", "--phase", "ledelsesgrundlag", "--content", content)
    assert result.code == 0, result.err
    golden("phase-ledelsesgrundlag.md", result.out)


def test_agenda_by_id_equals_agenda_by_date(cli: Cli, content: Path) -> None:
    by_id = cli("export", "agenda", "seminar-aktiv-visionsledelse", "--content", content)
    by_date = cli("export", "agenda", "8.11.2018", "--content", content)
    second_day = cli("export", "agenda", "2018-11-09", "--content", content)
    assert by_id.code == by_date.code == second_day.code == 0
    assert by_id.out == by_date.out == second_day.out


class _Page(HTMLParser):
    """Collects the text, the tags left open and every resource reference."""

    VOID = frozenset({"meta", "br", "hr", "img", "link", "input", "col", "wbr", "source"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.text: list[str] = []
        self.lang: str | None = None
        self.references: list[str] = []
        self.tags: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        values = dict(attrs)
        if tag == "html":
            self.lang = values.get("lang")
        for key in ("src", "href", "srcset", "data"):
            if values.get(key):
                self.references.append(str(values[key]))
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
        else:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def page(html: str) -> _Page:
    parser = _Page()
    parser.feed(html)
    parser.close()
    return parser


def test_html_agenda_to_file_is_a_standalone_page_with_the_same_content(
    cli: Cli, content: Path, tmp_path: Path
) -> None:
    target = tmp_path / "agenda.html"
    result = cli(
        "export", "agenda", "2018-11-08", "--format", "html", "-o", target, "--content", content
    )
    assert result.code == 0, result.err
    assert result.out == ""
    assert str(target) in result.err
    html = target.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>")
    parsed = page(html)
    assert parsed.errors == []
    assert parsed.stack == []
    assert parsed.lang == "da"
    assert parsed.references == []
    assert "http" not in html
    assert not {"script", "link", "img", "iframe"} & parsed.tags
    assert "style" in parsed.tags
    assert "@media print" in html
    text = " ".join(" ".join(parsed.text).split())
    markdown = cli("export", "agenda", "2018-11-08", "--content", content).out
    title, themes, aims = shipped_goal("aktiv-visionsledelse")
    keys = [
        "Fælles seminar: Ledelsesgrundlag og visionsledelse",
        "torsdag den 8. november 2018 kl. 12.00 – fredag den 9. november 2018 kl. 12.00",
        "uge 45",
        f"Læringsmål 1: {title}",
        "Hele Strategisk Ledelsesforum (38 ledere)",
        "Ledelsesgrundlag og visionsledelse (fælles sprog og viden).",
        *themes,
        *(" ".join(aim.split()) for aim in aims),
    ]
    for key in keys:
        assert key in markdown
        assert key in text


def test_html_format_follows_the_file_name_and_overwrites_atomically(
    cli: Cli, content: Path, tmp_path: Path
) -> None:
    target = tmp_path / "dagsorden.html"
    # an agenda felles wrote earlier (a person's file is never replaced: test_writers.py)
    target.write_text("old agenda\n<!-- felles export agenda: genereret fil -->\n", "utf-8")
    result = cli("export", "agenda", "2018-11-08", "-o", target, "--content", content)
    assert result.code == 0, result.err
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []
    md = tmp_path / "dagsorden.md"
    assert cli("export", "agenda", "2018-11-08", "-o", md, "--content", content).code == 0
    assert md.read_text(encoding="utf-8").startswith("# Fælles seminar")


def test_html_escapes_content(cli: Cli, content: Path) -> None:
    edit(
        content / PHASE_2,
        "purpose: Ledelsesgrundlag og visionsledelse (fælles sprog og viden).",
        'purpose: "Husk <script>alert(1)</script> & kaffe"',
    )
    result = cli("export", "agenda", "2018-11-08", "--format", "html", "--content", content)
    assert result.code == 0, result.err
    assert "<script>" not in result.out
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; kaffe" in result.out


def test_writing_into_a_missing_folder_is_a_usage_error(
    cli: Cli, content: Path, tmp_path: Path
) -> None:
    target = tmp_path / "findes-ikke" / "agenda.md"
    result = cli("export", "agenda", "2018-11-08", "-o", target, "--content", content)
    assert result.code == 2
    assert f"kan ikke skrive {target}" in result.err
    assert "Traceback" not in result.err


def test_month_precise_activity_says_date_not_fixed(cli: Cli, content: Path) -> None:
    result = cli("export", "agenda", "coaching-aktiv-visionsledelse", "--content", content)
    assert result.code == 0, result.err
    assert "dato ikke fastlagt (november 2018 – februar 2019)" in result.out
    assert "uge" not in result.out.split("## Læringsmål")[0]
    assert "Hver leder for sig (38 ledere)" in result.out


def test_group_activity_lists_each_group_with_members(cli: Cli, content: Path) -> None:
    result = cli("export", "agenda", "workshop-1", "--content", content)
    assert result.code == 0, result.err
    assert "Hver sparringsgruppe for sig (12 grupper)" in result.out
    assert "Sparringsgruppe 1: Niels Højberg, Henrik Seiding, Søren Aakjær" in result.out
    assert "Sparringsgruppe 4: Vibeke Jensen, Peter Pedersen, Helle Bach Lauridsen, " in result.out
    assert "## Forberedelse\n\nIndividuel forberedelse" in result.out
    # Phase 1 has no learning goal: no goal section, and no error.
    assert "Læringsmål" not in result.out


def test_listed_groups_place_and_timed_programme(cli: Cli, content: Path) -> None:
    add_activity(
        content, group_activity("workshop-gruppe-2", 2, "2018-12-05 09:00", "2018-12-05 12:00")
    )
    edit(
        content / PHASE_2,
        "    preparation: Læs dit udkast igennem.\n",
        "    preparation: Læs dit udkast igennem.\n"
        "    agenda:\n"
        "      - {time: '09:00', end: '09:30', item: Velkomst | kaffe}\n"
        "      - {time: '09:30', item: Øvelser}\n",
    )
    result = cli("export", "agenda", "workshop-gruppe-2", "--content", content)
    assert result.code == 0, result.err
    out = result.out
    assert "onsdag den 5. december 2018 kl. 09.00–12.00 (uge 49)" in out
    assert "**Sted:** Rådhuset, lokale 2" in out
    assert "Sparringsgruppe 2" in out
    assert "Sparringsgruppe 2: Kirsten Jørgensen, Hosea Dutschke, Erik Kaastrup-Hansen" in out
    assert "Sparringsgruppe 1:" not in out
    assert "| 09.00–09.30 | Velkomst \\| kaffe |" in out
    assert "| 09.30 | Øvelser |" in out
    html = cli("export", "agenda", "workshop-gruppe-2", "--format", "html", "--content", content)
    assert "<td>09.00–09.30</td><td>Velkomst | kaffe</td>" in html.out


def test_phase_agenda_holds_every_activity_of_the_phase(cli: Cli, content: Path) -> None:
    result = cli("export", "agenda", "--phase", "aktiv-visionsledelse", "--content", content)
    assert result.code == 0, result.err
    loaded = load(ContentDir(content, "option"), content)
    phase = next(p for p in loaded.phases if p.meta.id == "aktiv-visionsledelse")
    assert result.out.startswith("# Fase 2: Aktiv visionsledelse\n")
    assert "november 2018 – februar 2019" in result.out
    assert result.out.count("\n## ") == len(phase.meta.activities) + 1  # + the goal
    assert result.out.count("Læringsmål 1: Aktiv visionsledelse") == 1


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["seminar-aktiv"], "mente du »seminar-aktiv-visionsledelse«"),
        (["seminar-aktiv-visionsledelse", "--phase", "ledelsesgrundlag"], "ikke begge"),
        ([], "der mangler en af dem"),
        (["--phase", "aktiv"], "mente du »aktiv-visionsledelse«?"),
        (["2018-11-10"], "nærmeste: opstart-slf (fre. 8. jun. 2018), seminar-aktiv-visionsledelse"),
        (["2018-11-31"], "ingen aktivitet har id'et »2018-11-31«"),
        (["2018-11-08", "--format", "pdf"], "ugyldig værdi for --format: »pdf«"),
    ],
)
def test_agenda_usage_errors(cli: Cli, content: Path, args: list[str], expected: str) -> None:
    result = cli("export", "agenda", *args, "--content", content)
    assert result.code == 2
    assert expected in result.err
    assert result.out == ""
    assert "Traceback" not in result.err


def test_two_activities_on_one_day_are_listed(cli: Cli, content: Path) -> None:
    add_activity(content, group_activity("workshop-samme-dag", 3, "2018-11-08"))
    result = cli("export", "agenda", "2018-11-08", "--content", content)
    assert result.code == 2
    assert "2 aktiviteter" in result.err
    assert "seminar-aktiv-visionsledelse  Fælles seminar" in result.err
    assert "workshop-samme-dag  Workshop kun for gruppe 3" in result.err
    assert result.out == ""
    # The id still picks one of them.
    assert cli("export", "agenda", "workshop-samme-dag", "--content", content).code == 0


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(day=st.dates(min_value=date(2018, 5, 1), max_value=date(2019, 12, 31)))
def test_any_day_gives_an_agenda_for_that_day_or_a_usage_error(
    cli: Cli, content: Path, day: date
) -> None:
    result = cli("export", "agenda", day.isoformat(), "--content", content)
    assert result.code in (0, 2), result.err
    if result.code == 0:
        when = next(line for line in result.out.splitlines() if line.startswith("- **Tid:**"))
        assert str(day.year) in when
    else:
        assert "ingen aktivitet med fast dato" in result.err


def test_phase_without_activities_or_goal(cli: Cli, content: Path) -> None:
    result = cli("export", "agenda", "--phase", "faelles-udfordringer", "--content", content)
    assert result.code == 0, result.err
    assert result.out.startswith("# Fase 5: De konkrete fælles udfordringer\n")
    assert "fra 2020" in result.out
    assert "Fasen har ingen aktiviteter endnu." in result.out
    assert "Læringsmål" not in result.out


def test_template_beside_the_content_wins_and_is_announced(cli: Cli, content: Path) -> None:
    own = content.parent / "templates"
    own.mkdir()
    (own / "agenda.md.j2").write_text(
        "Egen: {{ activities[0].title }} · {{ activities[0].week }}\n", encoding="utf-8"
    )
    result = cli("export", "agenda", "2018-11-08", "--content", content)
    assert result.code == 0, result.err
    # felles' mark follows even an own template's text (a later -o may replace the file)
    assert result.out == (
        "Egen: Fælles seminar: Ledelsesgrundlag og visionsledelse · uge 45\n\n"
        "<!-- felles export agenda: genereret fil, erstattes ved næste kørsel -->\n"
    )
    assert f"Skabelon: {own / 'agenda.md.j2'} (egen skabelon" in result.err
    # The HTML template is not overridden: the packaged one is used, and -v says which.
    html = cli("export", "agenda", "2018-11-08", "-v", "--format", "html", "--content", content)
    assert html.code == 0
    assert "Skabelon: " in html.err and "agenda.html.j2" in html.err
    assert "egen skabelon" not in html.err


@pytest.mark.parametrize(
    ("template", "expected"),
    [
        ("linje 1\n{% if %}\n", "agenda.md.j2:2:1: skabelonen kan ikke bruges"),
        ("{{ activities[0].nothing_here }}\n", "skabelonen kan ikke bruges"),
    ],
)
def test_broken_template_is_reported_with_its_file(
    cli: Cli, content: Path, template: str, expected: str
) -> None:
    own = content.parent / "templates"
    own.mkdir()
    (own / "agenda.md.j2").write_text(template, encoding="utf-8")
    result = cli("export", "agenda", "2018-11-08", "--content", content)
    assert result.code == 1
    assert expected in result.err
    assert "Traceback" not in result.err
    assert result.out == ""


def test_content_with_errors_is_not_exported(cli: Cli, content: Path) -> None:
    edit(content / PHASE_2, "goal: aktiv-visionsledelse", "goal: findes-ikke")
    for args in (["agenda", "2018-11-08"], ["ics"]):
        result = cli("export", *args, "--content", content)
        assert result.code == 1
        assert "indholdet har 1 fejl" in result.err
        assert "02-aktiv-visionsledelse.md" in result.err
        assert result.out == ""


def test_export_as_a_process_and_start_up_stays_light(
    felles_process: Callable[..., object], content: Path, tmp_path: Path
) -> None:
    shutil.copytree(content, tmp_path / "work" / "content")
    run = felles_process(
        "export", "agenda", "2018-11-08", cwd=tmp_path / "work", env={"PYTHONIOENCODING": "utf-8"}
    )
    assert run.returncode == 0, run.stderr  # type: ignore[attr-defined]
    assert "uge 45" in run.stdout  # type: ignore[attr-defined]
    import subprocess

    probe = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, felles.cli; print(sorted(m for m in ('jinja2', 'icalendar', 'babel')"
            " if m in sys.modules))",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert probe.stdout.strip() == "[]"
