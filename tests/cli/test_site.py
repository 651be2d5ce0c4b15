"""`felles export site`: the overview page, through the real CLI, read back with html.parser.

The browser's view of the same page (layout, console, screenshots) is in test_browser.py.
"""

from __future__ import annotations

import itertools
import json
import re
from datetime import date
from pathlib import Path

import pytest

from felles.content.load import Content, load
from felles.content.locate import ContentDir
from felles.plan.schedule import occurrences
from felles.render.timeline_axis import Axis
from tests.helpers.colour import contrast
from tests.helpers.content import SHIPPED, edit
from tests.helpers.pagetree import Node, parse
from tests.helpers.run import Cli, Result

AS_OF = "2018-11-01"
SEMINARS = {
    "seminar-aktiv-visionsledelse": "2018-11-08 12:00",
    "seminar-graensekrydsende-samarbejde": "2019-02-22",
    "seminar-samskabelse-af-velfaerd": "2019-08-30",
}
PHASE_4 = "phases/04-samskabelse-af-velfaerd.md"


def shipped() -> Content:
    return load(ContentDir(SHIPPED, "option"), SHIPPED)


def export(cli: Cli, out: Path, *args: str | Path) -> tuple[Result, Node, str]:
    result = cli("export", "site", "-o", out, *args)
    assert result.code == 0, result.err
    html = (out / "index.html").read_text(encoding="utf-8")
    return result, parse(html), html


def words(text: str) -> str:
    return " ".join(text.replace("\xa0", " ").split())


def label_of(page: Node, kind: str, key: str) -> str:
    """The text painted on a wheel segment (its tspans joined)."""
    segment = page.one("g", cls="paint")
    index = next(
        i
        for i, child in enumerate(segment.children)
        if isinstance(child, Node) and child.attrs.get(f"data-{kind}") == key
    )
    following = [c for c in segment.children[index + 1 :] if isinstance(c, Node)]
    assert following[0].tag == "text"
    return following[0].text()


def left(node: Node) -> float:
    match = re.search(r"left: ([\d.]+)%", node.attrs["style"])
    assert match is not None
    return float(match.group(1))


# --- what the page holds -------------------------------------------------------------------


def test_export_site_writes_index_html_with_lang_da_and_says_where(
    cli: Cli, tmp_path: Path
) -> None:
    result, page, html = export(cli, tmp_path / "out", "--as-of", AS_OF)
    assert result.out == ""
    assert f"Oversigtssiden er gemt i {tmp_path / 'out' / 'index.html'}" in result.err
    assert page.one("html").attrs["lang"] == "da"
    assert page.one("h1").text() == "Fælles om ledelse"
    assert "Status pr. torsdag den 1. november 2018." in words(html)
    # Purpose and strategic frame come from programme.yaml.
    purpose = page.one("section", id="formaal").text()
    assert "At styrke den øverste strategiske ledelses kompetencer" in purpose
    assert "Fortællingen om Aarhus : ‘En god by for alle’" in purpose
    assert "Vi rækker ud mod omverdenen gennem samskabelse" in purpose


def test_the_wheel_has_three_goals_and_nine_themes_with_their_titles_and_texts(
    cli: Cli, tmp_path: Path
) -> None:
    _, page, _ = export(cli, tmp_path / "out")
    goals = shipped().goals
    links = page.one("svg", cls="wheel").all("a", cls="goal")
    assert [a.attrs["data-goal"] for a in links] == [g.id for g in goals]
    for goal, link in zip(goals, links, strict=True):
        assert link.one("title").text() == f"{goal.number}. {goal.title}"
        assert link.one("desc").text() == words(goal.description)
        assert label_of(page, "goal", goal.id) == f"{goal.number}. {goal.title}"
    themes = [theme for goal in goals for theme in goal.themes]
    links = page.one("svg", cls="wheel").all("a", cls="theme")
    assert len(themes) == len(links) == 9
    for theme, link in zip(themes, links, strict=True):
        assert link.attrs["data-theme"] == theme.id
        assert link.attrs["href"] == f"#tema-{theme.id}"
        assert link.one("title").text() == theme.title
        assert link.one("desc").text() == words(theme.competency)
        assert label_of(page, "theme", theme.id) == theme.title
        # The same text under the wheel, for print and screen readers.
        assert page.one("li", id=f"tema-{theme.id}").text() == f"{theme.title}: " + words(
            theme.competency
        )


def test_one_mark_per_dated_activity_and_a_labelled_span_per_undated_one(
    cli: Cli, tmp_path: Path
) -> None:
    _, page, _ = export(cli, tmp_path / "out")
    every = occurrences(shipped())
    marks = page.all("span", cls="mark")
    dated = [m for m in marks if "data-activity" in m.attrs]
    assert sorted(m.attrs["data-activity"] for m in dated) == sorted(
        o.activity.id for o in every if o.fixed
    )
    assert {m.attrs["data-activity"]: m.attrs["data-when"] for m in dated if "seminar" in
            m.attrs["data-activity"]} == SEMINARS  # fmt: skip
    spans = [s for s in page.all("span", cls="span") if "data-activity" in s.attrs]
    assert sorted(s.attrs["data-activity"] for s in spans) == sorted(
        o.activity.id for o in every if not o.fixed
    )
    assert all(s.text() == "dato ikke fastlagt" for s in spans)
    # The seminars are named in their rows, with their day.
    rows = {r.all("span", cls="mark")[0].attrs["data-activity"]: r.text()
            for r in page.all("li", cls="entry") if r.all("span", cls="mark")}  # fmt: skip
    assert (
        "Fælles seminar: Grænsekrydsende samarbejde fre. 22. feb. 2019"
        in rows["seminar-graensekrydsende-samarbejde"]
    )
    # Marks stand in date order along the axis; a month span starts on its month's first day.
    seminar_lefts = [left(page.one("span", cls="mark", data_activity=key)) for key in SEMINARS]
    assert seminar_lefts == sorted(seminar_lefts)
    june = page.one("span", cls="span", data_activity="workshop-1")
    assert left(june) == 0.0


def test_phases_are_bands_from_june_2018_into_the_open_phase_from_2020(
    cli: Cli, tmp_path: Path
) -> None:
    _, page, _ = export(cli, tmp_path / "out")
    bands = page.all("li", cls="band")
    assert [b.attrs["data-phase"] for b in bands] == [p.meta.id for p in shipped().phases]
    assert "juni – november 2018" in bands[0].text()
    last = bands[-1]
    assert "fra 2020" in last.text()
    assert "open" in last.one("span", cls="phase-bar").classes()
    assert "Ingen aktiviteter lagt ind endnu." in last.text()
    years = [t.text() for t in page.all("span", cls="year")]
    assert years == ["2018", "2019", "2020"]


def test_the_page_needs_nothing_from_outside(cli: Cli, tmp_path: Path) -> None:
    _, page, html = export(cli, tmp_path / "out")
    outside = re.compile(r"^\s*(?:[a-z][a-z0-9+.-]*:|//)", re.IGNORECASE)
    for node in page.walk():
        assert node.tag not in ("script", "link", "iframe", "img", "object", "embed")
        for name, value in node.attrs.items():
            if name in ("src", "href", "xlink:href", "action", "poster", "data", "srcset"):
                assert not outside.match(value), (node.tag, name, value)
    for value in re.findall(r"url\(\s*['\"]?([^'\")]*)", html):
        assert not outside.match(value) or value.startswith("data:"), value
    assert "@import" not in html
    assert "http://" not in html.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert "https://" not in html


# --- drawn from the content ------------------------------------------------------------


def test_renaming_a_theme_changes_its_label_on_the_next_export(
    cli: Cli, content: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    _, before, _ = export(cli, out, "--content", content)
    assert label_of(before, "theme", "datainformeret-ledelse") == "Datainformeret ledelse"
    edit(
        content / "learning_goals.yaml", "title: Datainformeret ledelse", "title: Ledelse med data"
    )
    _, after, html = export(cli, out, "--content", content)
    assert label_of(after, "theme", "datainformeret-ledelse") == "Ledelse med data"
    assert "Datainformeret ledelse" not in html


def test_moving_a_seminar_moves_its_mark(cli: Cli, content: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    _, before, _ = export(cli, out, "--content", content)
    old = before.one("span", cls="mark", data_activity="seminar-samskabelse-af-velfaerd")
    edit(content / PHASE_4, 'when: "2019-08-30"', 'when: "2019-09-27"')
    _, after, html = export(cli, out, "--content", content)
    new = after.one("span", cls="mark", data_activity="seminar-samskabelse-af-velfaerd")
    assert new.attrs["data-when"] == "2019-09-27"
    axis = Axis(date(2018, 6, 1), date(2020, 12, 31))
    assert left(old) == axis.at(date(2019, 8, 30))
    assert left(new) == axis.at(date(2019, 9, 27))
    assert "fre. 27. sep. 2019" in words(html)


def test_two_goals_of_four_themes_draw_as_well(cli: Cli, content: Path, tmp_path: Path) -> None:
    goals = content / "learning_goals.yaml"
    text = goals.read_text(encoding="utf-8")
    third = text.index("  - id: samskabelse-af-velfaerd")
    extra = (
        "      - id: et-fjerde-tema\n"
        "        title: Et fjerde tema med en lang titel\n"
        "        competency: Noget nyt.\n"
    )
    goals.write_text(text[:third].rstrip("\n") + "\n" + extra, encoding="utf-8")
    for phase in (content / "phases").glob("04-*.md"):
        edit(phase, "goal: samskabelse-af-velfaerd\n", "")
    _, page, _ = export(cli, tmp_path / "out", "--content", content)
    wheel_svg = page.one("svg", cls="wheel")
    assert len(wheel_svg.all("a", cls="goal")) == 2
    assert len(wheel_svg.all("a", cls="theme")) == 7
    assert label_of(page, "theme", "et-fjerde-tema") == "Et fjerde tema med en lang titel"


# --- next activities and groups -------------------------------------------------------------


def test_the_next_activities_are_those_of_felles_next(cli: Cli, tmp_path: Path) -> None:
    _, page, _ = export(cli, tmp_path / "out", "--as-of", AS_OF)
    items = [li for li in page.one("ol", cls="upcoming").children if isinstance(li, Node)]
    listed = json.loads(cli("next", "--as-of", AS_OF, "--format", "json").out)
    assert [li.attrs["data-activity"] for li in items] == [
        item["id"] for item in listed["upcoming"]
    ]
    first = items[0]
    assert first.one("p", cls="when").text() == (
        "tors. 8. nov. 2018 kl. 12.00 – fre. 9. nov. kl. 12.00 · uge 45 · om 7 dage · seminar"
    )
    assert "Deltagere hele Strategisk Ledelsesforum" in first.text()
    # Then what still needs a date, one line each, in the order of felles next.
    undated = [li for li in page.one("ul", cls="needs-date").children if isinstance(li, Node)]
    assert [li.attrs["data-activity"] for li in undated] == [
        item["id"] for item in listed["needs_date"]
    ]
    assert undated[0].text() == (
        "juni – november 2018 · Workshop i fortrolige grupper · 0 af 12 grupper har dato · "
        "forberedes med: Individuel forberedelse"
    )


def test_after_the_end_the_page_says_honestly_that_nothing_is_ahead(
    cli: Cli, tmp_path: Path
) -> None:
    _, page, _ = export(cli, tmp_path / "out", "--as-of", "2026-03-02")
    assert page.all("ol", cls="upcoming") == []
    nothing = page.one("div", cls="nothing").text()
    assert "Forløbet har ingen aktiviteter fra man. 2. mar. 2026 og frem." in nothing
    assert (
        "Den sidste aktivitet med fast dato var »Fælles seminar: Samskabelse af velfærd«, "
        "fre. 30. aug. 2019 – for 7 år siden." in nothing
    )
    assert "felles next" not in nothing  # the command-line hint is for a terminal


def test_twelve_groups_with_members_and_draft_counts_but_no_draft_text(
    cli: Cli, content: Path, tmp_path: Path
) -> None:
    for name in ("Niels Højberg", "Søren Aakjær", "Kirsten Jørgensen"):
        assert cli("grundlag", "new", name, "--content", content).code == 0
    draft = content / "ledelsesgrundlag" / "soeren-aakjaer.md"
    edit(draft, "status: udkast", "status: udgivet")
    with draft.open("a", encoding="utf-8") as handle:
        handle.write("\nEn fortrolig sætning, som kun gruppen må læse.\n")
    _, page, html = export(cli, tmp_path / "out", "--content", content)
    cards = [c for c in page.one("ol", cls="groups").children if isinstance(c, Node)]
    assert [c.attrs["data-group"] for c in cards] == [str(n) for n in range(1, 13)]
    assert "Niels Højberg" in cards[0].text() and "Søren Aakjær" in cards[0].text()
    assert cards[0].one("p", cls="counts").text() == (
        "Ledelsesgrundlag: udkast 1 , udgivet 1 , mangler 1"
    )
    assert cards[1].one("p", cls="counts").text() == "Ledelsesgrundlag: udkast 1 , mangler 2"
    assert "38 ledere i 12 sparringsgrupper" in page.one("section", id="grupper").text()
    assert "1 af 38 udgivet" in page.one("section", id="grupper").text()
    assert "fortrolig sætning" not in html
    assert "Formål med mit ledelsesgrundlag" not in html


def test_a_broken_draft_counts_as_ugyldig_and_does_not_stop_the_page(
    cli: Cli, content: Path, tmp_path: Path
) -> None:
    assert cli("grundlag", "new", "Niels Højberg", "--content", content).code == 0
    edit(content / "ledelsesgrundlag" / "niels-hoejberg.md", "status: udkast", "status: færdig")
    result, page, _ = export(cli, tmp_path / "out", "--content", content)
    assert "fejl i ledernes ledelsesgrundlag" in result.err
    counts = page.one("li", data_group="1").one("p", cls="counts").text()
    assert "ugyldig 1" in counts


# --- writing the page, and bad input -----------------------------------------------------


def test_without_o_the_page_goes_to_site_in_the_working_folder(cli: Cli) -> None:
    result = cli("export", "site")
    assert result.code == 0, result.err
    assert Path("site", "index.html").is_file()
    assert "Oversigtssiden er gemt i site/index.html" in result.err


def test_regenerating_replaces_only_its_own_page(cli: Cli, content: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    export(cli, out, "--content", content)
    other = out / "logo.txt"
    other.write_text("ikke min", encoding="utf-8")
    edit(content / "programme.yaml", "name: Fælles om ledelse", "name: Fælles om god ledelse")
    _, page, _ = export(cli, out, "--content", content)
    assert page.one("h1").text() == "Fælles om god ledelse"
    assert other.read_text(encoding="utf-8") == "ikke min"
    assert sorted(p.name for p in out.iterdir()) == ["index.html", "logo.txt"]


def test_an_index_html_felles_did_not_write_is_left_alone(cli: Cli, tmp_path: Path) -> None:
    page = tmp_path / "intranet" / "index.html"
    page.parent.mkdir()
    page.write_text("<p>Vores egen forside</p>", encoding="utf-8")
    result = cli("export", "site", "-o", page.parent)
    assert result.code == 1
    assert result.err == (
        f"felles: {page} findes og er ikke lavet af felles; den overskrives ikke\n"
    )
    assert page.read_text(encoding="utf-8") == "<p>Vores egen forside</p>"


def test_o_ending_in_html_is_the_page_itself(cli: Cli, tmp_path: Path) -> None:
    result = cli("export", "site", "-o", tmp_path / "overblik.html")
    assert result.code == 0, result.err
    assert (tmp_path / "overblik.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


@pytest.mark.parametrize(
    ("make", "target", "reason"),
    [
        ("file", "en-fil/site", "en del af stien er en fil, ikke en mappe"),
        ("file", "en-fil", "det er en fil, ikke en mappe"),
        ("folder", "mappe.html", "det er en mappe"),
    ],
)
def test_an_odd_o_is_one_danish_line_and_exit_2(
    cli: Cli, tmp_path: Path, make: str, target: str, reason: str
) -> None:
    if make == "file":
        (tmp_path / "en-fil").write_text("x", encoding="utf-8")
    else:
        (tmp_path / "mappe.html").mkdir()
    result = cli("export", "site", "-o", tmp_path / target)
    assert result.code == 2
    assert result.err.startswith("felles: kan ikke skrive oversigtssiden ")
    assert result.err.endswith(f": {reason}\n")
    assert result.err.count("\n") == 1
    assert "Traceback" not in result.output


def test_the_page_is_not_written_into_the_content(cli: Cli, content: Path) -> None:
    result = cli("export", "site", "--content", content, "-o", content / "site")
    assert result.code == 2
    assert "ligger i indholdsmappen" in result.err
    assert not (content / "site").exists()


def test_a_bad_as_of_exits_2_in_danish(cli: Cli, tmp_path: Path) -> None:
    result = cli("export", "site", "-o", tmp_path / "out", "--as-of", "31.02.2019")
    assert result.code == 2
    assert result.err == (
        "felles: »31.02.2019« er ikke en dato; skriv fx 2018-11-01, 1.11.2018, 2018-W45 eller "
        "»uge 45«\n"
    )
    assert not (tmp_path / "out").exists()


def test_content_with_errors_is_not_exported(cli: Cli, content: Path, tmp_path: Path) -> None:
    edit(content / PHASE_4, 'when: "2019-08-30"', 'when: "2019-08-32"')
    result = cli("export", "site", "--content", content, "-o", tmp_path / "out")
    assert result.code == 1
    assert "der eksporteres ikke" in result.err
    assert not (tmp_path / "out").exists()


def test_a_template_beside_the_content_is_used_and_a_broken_one_named(
    cli: Cli, content: Path, tmp_path: Path
) -> None:
    own = content.parent / "templates" / "site.html.j2"
    own.parent.mkdir()
    own.write_text("<p>{{ programme.name }} – {{ wheel.goals | length }} mål</p>\n", "utf-8")
    result, _, html = export(cli, tmp_path / "out", "--content", content)
    assert html.startswith("<p>Fælles om ledelse – 3 mål</p>")
    assert "egen skabelon" in result.err
    own.write_text("<p>\n{{ programme.navn }</p>\n", encoding="utf-8")
    broken = cli("export", "site", "--content", content, "-o", tmp_path / "out")
    assert broken.code == 1
    assert broken.err.splitlines()[-1].startswith(f"felles: {own}:2:1: skabelonen kan ikke bruges")


# --- contrast (the palette's grey print is in unit/render/test_wheel.py) ---------------------


def test_wheel_text_on_every_segment_fill_reaches_wcag_aa(cli: Cli, tmp_path: Path) -> None:
    _, page, html = export(cli, tmp_path / "out")
    paint = [c for c in page.one("g", cls="paint").children if isinstance(c, Node)]
    pairs = [
        (shape.attrs["fill"], text.attrs["fill"])
        for shape, text in itertools.pairwise(paint)
        if shape.tag in ("path", "circle") and text.tag == "text"
    ]
    assert len(pairs) == 3 + 9 + 1  # goals, themes, the hub
    for fill, ink in pairs:
        assert contrast(fill, ink) >= 4.5, (fill, ink)
    # Text colours of the page itself, on white.
    for ink in re.findall(r"--(?:ink|muted|accent): (#[0-9a-f]{6})", html):
        assert contrast(ink, "#ffffff") >= 4.5, ink
