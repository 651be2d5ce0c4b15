"""`grundlag docx` → edited as Word writes it → saved by LibreOffice → `grundlag import`.

The documents are edited in their XML the way Word stores an edit (Track Changes, a
paragraph typed after Enter under a question, a table, a list, a comment), then every
one of them is opened and saved by LibreOffice headless in one run (start-up takes
seconds), and each test imports one into a fresh copy of the content. Without
LibreOffice (Debian's libreoffice-writer-nogui) the tests skip, naming the package; with
the variable CI set they fail.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import docx
import pytest

from felles.cli import main
from tests.helpers.content import copy_shipped, edit
from tests.helpers.drafts import FIRST_SECTION, draft_path
from tests.helpers.run import Cli
from tests.helpers.word import (
    QUESTION_STYLE,
    after,
    deleted,
    edit_part,
    inserted,
    paragraph,
    resave,
    run,
)

SOEREN, NIELS = "Søren Aakjær", "Niels Højberg"
OWN = "Jeg leder med tydelighed og tillid."
Q1 = "Hvorfor skriver jeg mit ledelsesgrundlag"
Q3 = "Hvad er min ledelsesopgave?"
Q4 = "Hvilke 3–4 værdier er mine"
Q5 = "Hvordan ser mine værdier ud i det"
SECTION3 = "3. Min ledelsesopgave og den værdi jeg vil skabe for borgerne"
INSERTED = "Indsat med registrerede ændringer."
ANSWER = "Mit svar, skrevet efter Enter under spørgsmålet."
LITERAL = "Se <!-- her"
LAST = "10. Dialog og feedback"
LAST_QUESTION = "Hvad ændrede jeg efter deres feedback?\n"
LAST_OWN = "Jeg drøfter det med min chef hvert halve år."


def _main(*args: str | Path) -> None:
    assert main([str(arg) for arg in args]) == 0


def _variants(word: Path) -> dict[str, Path]:
    """The exported document, and copies of it edited as Word would store each edit."""
    edits = {
        "tracked": after(
            Q1,
            paragraph(inserted(INSERTED))
            + paragraph(run("Behold ") + deleted("slettet ") + run("dette.")),
        ),
        "enter": after(Q3, paragraph(run(ANSWER), style=QUESTION_STYLE)),
        "table": after(
            Q4,
            "<w:tbl><w:tblPr/><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>"
            + "".join(
                "<w:tr>" + "".join(f"<w:tc>{paragraph(run(c))}</w:tc>" for c in row) + "</w:tr>"
                for row in (("Værdi", "Betyder"), ("Tillid", "Jeg lytter først"))
            )
            + "</w:tbl>",
        ),
        "list": after(
            Q5,
            paragraph(run("Første punkt"), style="ListBullet")
            + paragraph(run("Andet punkt"), style="ListBullet"),
        ),
        "literal": after(Q1, paragraph(run(LITERAL))),
        "plain": lambda xml: xml,
    }
    out = {}
    for name, change in edits.items():
        target = word.with_name(f"{name}.docx")
        shutil.copy(word, target)
        edit_part(target, change)
        out[name] = target
    commented = word.with_name("comment.docx")
    document = docx.Document(str(word))
    own = next(p for p in document.paragraphs if p.text == OWN)
    document.add_comment(own.runs, text="Godt skrevet!", author="Chef")
    document.save(str(commented))
    out["comment"] = commented
    return out


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Path]]:
    """(the content with Søren's and Niels' drafts, {edit: the document LibreOffice saved})."""
    root = tmp_path_factory.mktemp("office")
    content = copy_shipped(root / "content")
    for leader in (SOEREN, NIELS):
        _main("grundlag", "new", leader, "--content", content, "--as-of", "2018-06-08")
    soeren = draft_path(content, SOEREN)
    edit(soeren, "status: udkast", "status: kvalificeret")
    edit(soeren, FIRST_SECTION, f"{FIRST_SECTION}\n{OWN}\n")
    edit(soeren, LAST_QUESTION, f"{LAST_QUESTION}\n{LAST_OWN}\n")
    word = root / "word" / "soeren.docx"
    word.parent.mkdir()
    _main("grundlag", "docx", SOEREN, "--content", content, "-o", word)
    documents = _variants(word)
    saved = resave(list(documents.values()), root / "saved", root / "profile")
    return content, {name: saved[path.name] for name, path in documents.items()} | {
        f"{name}.xml": path for name, path in documents.items()
    }


@pytest.fixture
def setup(office: tuple[Path, dict[str, Path]], tmp_path: Path) -> tuple[Path, dict[str, Path]]:
    content = tmp_path / "content"
    shutil.copytree(office[0], content)
    return content, office[1]


def _import(cli: Cli, content: Path, document: Path, leader: str = SOEREN) -> tuple[int, str]:
    result = cli("grundlag", "import", leader, document, "--content", content)
    return result.code, result.output


@pytest.mark.parametrize("saved_by", ["word-xml", "libreoffice"])
def test_text_typed_with_track_changes_is_imported_and_the_changes_are_named(
    cli: Cli, setup: tuple[Path, dict[str, Path]], saved_by: str
) -> None:
    content, documents = setup
    document = documents["tracked.xml" if saved_by == "word-xml" else "tracked"]
    code, output = _import(cli, content, document)
    assert code == 0, output
    text = draft_path(content, SOEREN).read_text(encoding="utf-8")
    assert INSERTED in text and "Behold dette." in text
    assert "slettet" not in text
    assert "registrerede ændringer i" in output and "er læst som accepteret" in output


def test_an_answer_typed_after_enter_under_a_question_is_an_answer(
    cli: Cli, setup: tuple[Path, dict[str, Path]]
) -> None:
    content, documents = setup
    code, output = _import(cli, content, documents["enter"])
    assert code == 0, output
    text = draft_path(content, SOEREN).read_text(encoding="utf-8")
    assert f"\n{ANSWER}\n" in text and f"> {ANSWER}" not in text
    check = cli("grundlag", "check", "--content", content)
    assert f"W401 afsnittet »{SECTION3}«" not in check.output
    assert "W401 afsnittet »4." in check.output  # the rule still runs for the others
    booklet = cli("export", "grundlag", "--status", "kvalificeret", "--content", content)
    assert ANSWER in booklet.out


def test_a_table_and_a_list_come_back_as_markdown(
    cli: Cli, setup: tuple[Path, dict[str, Path]]
) -> None:
    content, documents = setup
    for name in ("table", "list"):
        code, output = _import(cli, content, documents[name])
        assert code == 0, output
    text = draft_path(content, SOEREN).read_text(encoding="utf-8")
    assert "| Værdi | Betyder |\n| --- | --- |\n| Tillid | Jeg lytter først |" in text
    assert "- Første punkt\n- Andet punkt" in text


def test_a_comment_is_named_and_changes_nothing(
    cli: Cli, setup: tuple[Path, dict[str, Path]]
) -> None:
    content, documents = setup
    before = draft_path(content, SOEREN).read_bytes()
    code, output = _import(cli, content, documents["comment"])
    assert code == 0, output
    assert "1 kommentar i Word er ikke taget med" in output
    assert "Ingen ændringer" in output
    assert draft_path(content, SOEREN).read_bytes() == before


def test_a_document_saved_again_without_edits_changes_nothing(
    cli: Cli, setup: tuple[Path, dict[str, Path]]
) -> None:
    content, documents = setup
    before = draft_path(content, SOEREN).read_bytes()
    code, output = _import(cli, content, documents["plain"])
    assert code == 0, output
    assert "Ingen ændringer" in output
    assert draft_path(content, SOEREN).read_bytes() == before
    assert not list((content / "ledelsesgrundlag").glob("*.foer-import-*"))


def test_a_saved_document_is_refused_for_another_leader(
    cli: Cli, setup: tuple[Path, dict[str, Path]]
) -> None:
    content, documents = setup
    niels = draft_path(content, NIELS)
    before = niels.read_bytes()
    code, output = _import(cli, content, documents["tracked"], NIELS)
    assert code == 1
    assert f"lavet til {SOEREN}s ledelsesgrundlag, ikke til {NIELS}s" in output
    assert niels.read_bytes() == before
    assert "Traceback" not in output


def test_a_literal_comment_opener_typed_in_word_hides_nothing(
    cli: Cli, setup: tuple[Path, dict[str, Path]]
) -> None:
    content, documents = setup
    code, output = _import(cli, content, documents["literal"])
    assert code == 0, output
    html = cli("export", "grundlag", "--status", "kvalificeret", "--content", content)
    markdown = cli(
        "export", "grundlag", "--status", "kvalificeret", "--format", "md", "--content", content
    )
    for booklet in (html.out, markdown.out):
        assert LAST in booklet and LAST_OWN in booklet
    assert "Se &lt;!-- her" in html.out
    check = cli("grundlag", "check", "--content", content)
    assert "W403" not in check.output  # no section is missing
    assert f"W401 afsnittet »{LAST}«" not in check.output  # its text is counted
    assert "W401 afsnittet »9." in check.output  # and the section before it is seen
