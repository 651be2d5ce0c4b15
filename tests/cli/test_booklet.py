"""`felles export grundlag`: the booklet of published ledelsesgrundlag, through the real CLI.

The browser's view of the booklet (page breaks in print, phone width) is in
test_browser_booklet.py.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.helpers.content import edit
from tests.helpers.drafts import draft_path, write_draft
from tests.helpers.pagetree import Node, parse
from tests.helpers.run import Cli

SOEREN, NIELS, KIRSTEN = "Søren Aakjær", "Niels Højberg", "Kirsten Jørgensen"
TEXTS = {
    SOEREN: "Jeg leder med tydelighed og tillid – også når det blæser på Ærø.",
    NIELS: "Jeg lytter først og beslutter så; det kan mine medarbejdere regne med.",
    KIRSTEN: "Kirstens udkast, som endnu ikke er udgivet.",
}
QUESTION = "Hvorfor skriver jeg mit ledelsesgrundlag"  # a guiding question of the template
NOTE = "Skabelonen er inspireret af Ledelseskommissionens anbefaling"  # its comment
LEADERS = 38


@pytest.fixture
def three(cli: Cli, content: Path) -> Path:
    """Three drafts: Søren and Niels published with text of their own, Kirsten's not."""
    write_draft(cli, content, SOEREN, "udgivet", TEXTS[SOEREN])
    write_draft(cli, content, NIELS, "udgivet", TEXTS[NIELS])
    write_draft(cli, content, KIRSTEN, "trænet", TEXTS[KIRSTEN])
    return content


def booklet(cli: Cli, content: Path, out: Path, *args: str | Path) -> tuple[str, str]:
    result = cli("export", "grundlag", "--content", content, "-o", out, *args)
    assert result.code == 0, result.output
    return out.read_text(encoding="utf-8"), result.err


def words(node: Node) -> str:
    return " ".join(node.text().replace("\xa0", " ").split())


# --- must show ---------------------------------------------------------------------------


def test_the_booklet_holds_the_published_texts_and_not_the_others(
    cli: Cli, three: Path, tmp_path: Path
) -> None:
    html, err = booklet(cli, three, tmp_path / "bog.html")
    assert TEXTS[SOEREN] in html and TEXTS[NIELS] in html
    assert TEXTS[KIRSTEN] not in html and KIRSTEN not in html
    # Says how many were left out, and why.
    assert "Ikke med i bogen (kun status udgivet kommer med)" in err
    assert "1 med status trænet" in err
    assert f"{LEADERS - 3} uden et ledelsesgrundlag endnu" in err
    assert f"Bogen med 2 ledelsesgrundlag (status udgivet) er gemt i {tmp_path / 'bog.html'}" in err


def test_the_booklet_is_standalone(cli: Cli, three: Path, tmp_path: Path) -> None:
    html, _ = booklet(cli, three, tmp_path / "bog.html")
    assert set(re.findall(r"[a-z]+://[^\s\"'<>)]*", html)) <= {"http://www.w3.org/2000/svg"}
    for needle in ("<script", "<link", "<img", "src=", "url(", "@import", "@font-face"):
        assert needle not in html.lower(), needle
    assert html.startswith('<!DOCTYPE html>\n<html lang="da">')
    assert html.rstrip().endswith(
        "<!-- felles export grundlag: genereret fil, erstattes ved næste eksport -->"
    )


def test_a_cover_a_table_of_contents_by_group_and_a_part_per_leader(
    cli: Cli, three: Path, tmp_path: Path
) -> None:
    html, _ = booklet(cli, three, tmp_path / "bog.html")
    page = parse(html)
    cover = page.one("header", cls="cover")
    assert "Personlige ledelsesgrundlag" in words(cover)
    assert "Fælles om ledelse" in words(cover)
    assert "Aarhus Kommune · Strategisk Ledelsesforum" in words(cover)
    assert "2 ledelsesgrundlag" in words(cover)
    toc = page.one("nav", cls="toc")
    # Group 1 only (Kirsten's group 2 has nothing published), leaders in groups.yaml order.
    assert words(toc) == "Indhold Sparringsgruppe 1 Niels Højberg Søren Aakjær"
    parts = page.all("section", cls="leader")
    assert [p.attrs["id"] for p in parts] == ["leder-niels-hoejberg", "leder-soeren-aakjaer"]
    links = [a.attrs["href"] for a in toc.all("a")]
    assert links == ["#leder-niels-hoejberg", "#leder-soeren-aakjaer"]
    soeren = parts[1]
    assert soeren.one("h2").text() == f"Personligt ledelsesgrundlag – {SOEREN}"
    assert words(soeren.one("p", cls="details")) == (
        "Sparringsgruppe 1 · opdateret 8. juni 2018 · version 1"
    )
    assert [h.text() for h in soeren.all("h3")] == ["1. Formål med mit ledelsesgrundlag"]


def test_the_guiding_questions_comments_and_empty_sections_are_left_out(
    cli: Cli, three: Path, tmp_path: Path
) -> None:
    html, _ = booklet(cli, three, tmp_path / "bog.html")
    assert QUESTION not in html
    assert NOTE not in html
    assert "<blockquote>" not in html
    assert "sammen med" not in html  # the template's opening quote naming the group
    assert "Det kan du forvente af mig" not in html  # a section the leaders left empty
    markdown, _ = booklet(cli, three, tmp_path / "bog.md")
    assert QUESTION not in markdown and NOTE not in markdown
    assert "Det kan du forvente af mig" not in markdown


def test_a_markdown_booklet_too(cli: Cli, three: Path, tmp_path: Path) -> None:
    markdown, err = booklet(cli, three, tmp_path / "bog.md")
    lines = markdown.splitlines()
    assert lines[0] == "# Personlige ledelsesgrundlag"
    assert [line for line in lines if line.startswith("# ")] == [lines[0]]
    assert "- Sparringsgruppe 1: Niels Højberg, Søren Aakjær" in lines
    assert f"## Personligt ledelsesgrundlag – {SOEREN}" in lines
    assert "### 1. Formål med mit ledelsesgrundlag" in lines
    assert TEXTS[SOEREN] in lines and TEXTS[NIELS] in lines
    assert TEXTS[KIRSTEN] not in markdown
    assert "status udgivet" in err
    same = cli("export", "grundlag", "--content", three, "--format", "md")
    assert same.code == 0 and same.out == markdown  # without -o: to the screen


def test_a_folder_gets_ledelsesgrundlag_html_and_is_made_when_missing(
    cli: Cli, three: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "ud" / "bog"
    result = cli("export", "grundlag", "--content", three, "-o", folder)
    assert result.code == 0, result.output
    assert (folder / "ledelsesgrundlag.html").read_text(encoding="utf-8").startswith("<!DOCTYPE")
    result = cli("export", "grundlag", "--content", three, "-o", folder, "--format", "md")
    assert result.code == 0, result.output
    assert (folder / "ledelsesgrundlag.md").read_text(encoding="utf-8").startswith("# ")


# --- choosing ----------------------------------------------------------------------------


def test_status_makes_a_booklet_for_review_that_says_so(
    cli: Cli, three: Path, tmp_path: Path
) -> None:
    html, err = booklet(cli, three, tmp_path / "bog.html", "--status", "trænet,udgivet")
    assert TEXTS[KIRSTEN] in html and TEXTS[SOEREN] in html
    review = parse(html).one("p", cls="review")
    assert words(review) == (
        "Til gennemsyn – ikke udgivet: bogen har ledelsesgrundlag med status trænet og udgivet."
    )
    assert "status: trænet" in html  # Kirsten's part says where she stands
    assert "Bogen med 3 ledelsesgrundlag (status trænet og udgivet) er gemt i" in err
    repeated, _ = booklet(
        cli, three, tmp_path / "b2.html", "--status", "Trænet", "--status", "udgivet"
    )
    assert repeated == html
    only, _ = booklet(cli, three, tmp_path / "b3.html", "--status", "trænet")
    assert TEXTS[KIRSTEN] in only and TEXTS[SOEREN] not in only
    assert "udgivet" not in parse(only).one("nav", cls="toc").text()


def test_group_keeps_one_sparring_group(cli: Cli, three: Path, tmp_path: Path) -> None:
    html, err = booklet(cli, three, tmp_path / "bog.html", "--group", "1")
    assert TEXTS[SOEREN] in html and TEXTS[NIELS] in html
    assert "Sparringsgruppe 1 · 2 ledelsesgrundlag" in words(parse(html).one("header"))
    assert "1 uden et ledelsesgrundlag endnu" in err  # Henrik Seiding, the third in group 1
    assert "trænet" not in err  # Kirsten is in group 2


def test_nothing_to_publish_is_said_and_writes_nothing(
    cli: Cli, three: Path, tmp_path: Path
) -> None:
    out = tmp_path / "bog.html"
    result = cli("export", "grundlag", "--content", three, "-o", out, "--group", "2")
    assert result.code == 1
    assert "ingen ledelsesgrundlag har status udgivet i sparringsgruppe 2" in result.err
    assert "1 med status trænet" in result.err
    assert not out.exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--status", "færdig"], "»færdig« er ikke en status; vælg blandt udkast, drøftet"),
        (["--group", "13"], "der er ingen sparringsgruppe 13"),
    ],
)
def test_wrong_use_is_exit_2(
    cli: Cli, three: Path, tmp_path: Path, args: list[str], message: str
) -> None:
    result = cli("export", "grundlag", "--content", three, "-o", tmp_path / "b.html", *args)
    assert result.code == 2
    assert message in result.err
    assert not (tmp_path / "b.html").exists()


def test_never_writes_into_the_content_folder(cli: Cli, three: Path) -> None:
    before = sorted(p.name for p in (three / "ledelsesgrundlag").iterdir())
    for target in (three / "ledelsesgrundlag", three / "bog.html"):
        result = cli("export", "grundlag", "--content", three, "-o", target, "--format", "md")
        assert result.code == 2, result.output
        assert "ligger i indholdsmappen" in result.err
    assert sorted(p.name for p in (three / "ledelsesgrundlag").iterdir()) == before
    assert not (three / "bog.html").exists()


# --- what a draft holds ------------------------------------------------------------------


def test_raw_html_in_a_draft_is_shown_as_text_and_links_load_nothing(
    cli: Cli, three: Path, tmp_path: Path
) -> None:
    edit(
        draft_path(three, SOEREN),
        TEXTS[SOEREN],
        '<script>alert("x")</script> <img src="https://evil.example/x.png"> '
        "[min blog](https://blog.example/soeren) ![portræt](https://foto.example/s.jpg) "
        "**fed** og *kursiv* `<kode>`",
    )
    html, _ = booklet(cli, three, tmp_path / "bog.html")
    assert "<script" not in html and "<img" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert "min blog (https://blog.example/soeren)" in html
    assert "[Billede: portræt]" in html and "foto.example" not in html
    assert "<strong>fed</strong> og <em>kursiv</em> <code>&lt;kode&gt;</code>" in html
    assert 'href="https' not in html
    markdown, _ = booklet(cli, three, tmp_path / "bog.md")
    assert "&lt;script>" in markdown and "<script" not in markdown
    assert "`<kode>`" in markdown  # code stays code
    assert "!\\[portræt]" in markdown  # an image is not loaded by a Markdown viewer either


def test_a_leaders_own_title_is_their_parts_heading(cli: Cli, three: Path, tmp_path: Path) -> None:
    edit(draft_path(three, NIELS), f"# Personligt ledelsesgrundlag – {NIELS}", "# Sådan leder jeg")
    html, _ = booklet(cli, three, tmp_path / "bog.html")
    part = parse(html).one("section", id="leder-niels-hoejberg")
    assert part.one("h2").text() == "Sådan leder jeg"
    assert part.all("h1") == []


def test_a_broken_draft_is_counted_and_does_not_stop_the_booklet(
    cli: Cli, three: Path, tmp_path: Path
) -> None:
    broken = write_draft(cli, three, "Henrik Seiding", "udgivet", "Henriks tekst")
    edit(broken, "group: 1", "group: [1")
    html, err = booklet(cli, three, tmp_path / "bog.html")
    assert "Henriks tekst" not in html and TEXTS[SOEREN] in html
    assert "1, der ikke kan læses (se »felles grundlag check«)" in err


def test_a_draft_of_someone_not_in_groups_yaml_is_counted(
    cli: Cli, three: Path, tmp_path: Path
) -> None:
    stray = draft_path(three, "Ukendt Leder")
    stray.write_text(
        draft_path(three, SOEREN).read_text(encoding="utf-8").replace(SOEREN, "Ukendt Leder"),
        encoding="utf-8",
    )
    html, err = booklet(cli, three, tmp_path / "bog.html")
    assert "Ukendt Leder" not in html
    assert "1 for ledere, der ikke står i groups.yaml" in err
