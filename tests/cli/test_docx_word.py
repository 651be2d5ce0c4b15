"""`grundlag docx`/`import` against what really happens between export and import: the draft
changes meanwhile, git is told not to look (`core.ignoreStat`), a document is a zip bomb,
Word wraps text in fields and content controls, and the coordinator takes all 38 leaders
out to Word and back in one go."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pytest

from felles.names import slug
from tests.cli.test_docx import NEW_PARAGRAPH, OWN, SOEREN, backups, body, git, to_word
from tests.helpers.content import edit
from tests.helpers.drafts import draft_path, write_draft
from tests.helpers.run import Cli, Process
from tests.helpers.word import after, deleted, edit_part, inserted, paragraph, run

SECTION_3 = "## 3. Min ledelsesopgave og den værdi jeg vil skabe for borgerne"
IN_DRAFT = "Skrevet i Markdown, efter at Word-dokumentet blev lavet."
needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")


@pytest.fixture
def soeren(cli: Cli, content: Path) -> Path:
    return write_draft(cli, content, SOEREN, "kvalificeret", OWN)


def _add_after(word: Path, anchor: str, text: str) -> None:
    """A paragraph typed in Word right after the paragraph that starts with `anchor`."""
    document = docx.Document(str(word))
    paragraphs = document.paragraphs
    at = next(n for n, p in enumerate(paragraphs) if p.text.startswith(anchor))
    paragraphs[at + 1].insert_paragraph_before(text)
    document.save(str(word))


def _import(cli: Cli, content: Path, *args: str | Path) -> tuple[int, str]:
    result = cli("grundlag", "import", *args, "--content", content)
    return result.code, result.output


# --- never over newer text ------------------------------------------------------------------


@needs_git
def test_the_draft_changed_and_committed_since_export_both_edits_survive(
    cli: Cli, content: Path, soeren: Path, tmp_path: Path
) -> None:
    git(content, "init", "-q")
    git(content, "add", ".")
    git(content, "commit", "-qm", "udkast")
    word = to_word(cli, content, tmp_path / "s.docx")
    edit(soeren, SECTION_3 + "\n", f"{SECTION_3}\n\n{IN_DRAFT}\n")
    git(content, "commit", "-qam", "nyt afsnit")
    _add_after(word, OWN, NEW_PARAGRAPH)
    code, output = _import(cli, content, SOEREN, word)
    assert code == 0, output
    text = body(soeren)
    assert IN_DRAFT in text and NEW_PARAGRAPH in text and OWN in text
    assert text.index(OWN) < text.index(NEW_PARAGRAPH) < text.index(IN_DRAFT)
    assert "fjernet" in output and "0 fjernet" in output


def test_the_same_paragraph_changed_in_both_places_keeps_both_and_names_the_section(
    cli: Cli, content: Path, soeren: Path, tmp_path: Path
) -> None:
    word = to_word(cli, content, tmp_path / "s.docx")
    edit(soeren, OWN, "Rettet i Markdown.")
    document = docx.Document(str(word))
    next(p for p in document.paragraphs if p.text == OWN).text = "Rettet i Word."
    document.save(str(word))
    code, output = _import(cli, content, SOEREN, word)
    assert code == 0, output
    text = body(soeren)
    assert text.index("Rettet i Markdown.") < text.index("Rettet i Word.")
    assert "W410 afsnittet »1. Formål med mit ledelsesgrundlag« er ændret både i" in output
    assert "begge udgaver er bevaret, ret det i hånden" in output


def test_importing_the_same_document_twice_changes_nothing_the_second_time(
    cli: Cli, content: Path, soeren: Path, tmp_path: Path
) -> None:
    word = to_word(cli, content, tmp_path / "s.docx")
    _add_after(word, OWN, NEW_PARAGRAPH)
    assert _import(cli, content, SOEREN, word)[0] == 0
    once = soeren.read_bytes()
    code, output = _import(cli, content, SOEREN, word)
    assert code == 0 and "Ingen ændringer" in output
    assert soeren.read_bytes() == once


# --- git: know, don't trust --------------------------------------------------------------


@needs_git
def test_with_ignore_stat_an_uncommitted_change_is_kept_beside_the_draft(
    cli: Cli, content: Path, soeren: Path, tmp_path: Path
) -> None:
    git(content, "init", "-q")
    git(content, "config", "core.ignoreStat", "true")  # files added from now on: unchanged
    git(content, "add", ".")
    git(content, "commit", "-qm", "udkast")
    edit(soeren, OWN, OWN + " Rettet, men ikke committet.")
    uncommitted = soeren.read_bytes()
    status = subprocess.run(
        ["git", "-C", str(content), "status", "--porcelain"], capture_output=True, text=True
    )
    assert status.stdout == ""  # git status says clean: the trap
    word = to_word(cli, content, tmp_path / "s.docx")
    _add_after(word, OWN, NEW_PARAGRAPH)
    code, output = _import(cli, content, SOEREN, word)
    assert code == 0, output
    [kept] = backups(content)
    assert kept.read_bytes() == uncommitted
    assert "Den tidligere tekst er gemt i" in output and "ligger i git" not in output


def test_front_matter_without_a_final_line_feed_gets_the_body_on_its_own_line(
    cli: Cli, content: Path, soeren: Path, tmp_path: Path
) -> None:
    text = soeren.read_text(encoding="utf-8")
    head = text[: text.index("\n---\n") + 4]  # the front matter, its closing '---' last
    soeren.write_text(head, encoding="utf-8")
    word = to_word(cli, content, tmp_path / "s.docx")
    document = docx.Document(str(word))
    document.add_paragraph("# Ikke en overskrift")
    document.save(str(word))
    code, output = _import(cli, content, SOEREN, word)
    assert code == 0, output
    assert soeren.read_text(encoding="utf-8").endswith("\n---\n\\# Ikke en overskrift\n")
    assert cli("grundlag", "check", "--content", content).code == 0


# --- what Word writes --------------------------------------------------------------------


def test_fields_content_controls_smart_tags_and_moves_read_as_word_shows_them(
    cli: Cli, content: Path, soeren: Path, tmp_path: Path
) -> None:
    word = to_word(cli, content, tmp_path / "s.docx")
    field = (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> DATE </w:instrText>'
        '</w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' + run("1. september")
        + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )  # fmt: skip
    typed = (
        paragraph(run("Felt: ") + field)
        + paragraph(f'<w:fldSimple w:instr=" AUTHOR ">{run("Søren")}</w:fldSimple>')
        + "<w:sdt><w:sdtPr/><w:sdtContent>"
        + paragraph(f"<w:sdt><w:sdtContent>{run('I en kontrol.')}</w:sdtContent></w:sdt>")
        + "</w:sdtContent></w:sdt>"
        + paragraph(f"<w:smartTag w:element='x'>{run('Smart')}</w:smartTag>{run(' tag.')}")
        + paragraph(f"<w:customXml w:element='y'>{run('Egen XML.')}</w:customXml>")
        + paragraph(f"<w:moveTo w:id='7' w:author='a'>{run('Flyttet hertil.')}</w:moveTo>")
        + paragraph(f"<w:moveFrom w:id='8' w:author='a'>{run('Flyttet herfra.')}</w:moveFrom>")
        + paragraph(inserted("Ny.") + deleted("Gammel."))
    )
    edit_part(word, after(OWN, typed))
    code, output = _import(cli, content, SOEREN, word)
    assert code == 0, output
    text = body(soeren)
    for shown in ("Felt: 1. september", "Søren", "I en kontrol.", "Smart tag.", "Egen XML."):
        assert f"\n{shown}\n" in text
    assert "\nFlyttet hertil.\n" in text and "\nNy.\n" in text
    assert "DATE" not in text and "Flyttet herfra." not in text and "Gammel." not in text
    assert "4 registrerede ændringer" in output


def test_the_document_is_a4_with_danish_margins_and_a_note_in_words_for_word(
    cli: Cli, content: Path, soeren: Path, tmp_path: Path
) -> None:
    document = docx.Document(str(to_word(cli, content, tmp_path / "s.docx")))
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    assert round(section.left_margin.cm, 1) == round(section.right_margin.cm, 1) == 2.0
    assert round(section.top_margin.cm, 1) == round(section.bottom_margin.cm, 1) == 2.5
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Skriv dit svar under hvert spørgsmål; slet ikke overskrifterne" in text
    for markdown_word in ("linjerne med >", "updated", "front matter", "<!--", "-->"):
        assert markdown_word not in text
    question = document.styles["Spørgsmål fra skabelonen"]
    assert question.next_paragraph_style.name == "Normal"
    assert not any("markdown" in (style.name or "").lower() for style in document.styles)


# --- limits ------------------------------------------------------------------------------


def test_a_zip_bomb_is_refused_in_danish_under_300_mb(
    content: Path, soeren: Path, tmp_path: Path, felles_process: Process
) -> None:
    bomb = tmp_path / "bombe.docx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as part:
            chunk = b"<" + b"a" * (1 << 20)
            for _ in range(1500):  # 1.5 GB inflated
                part.write(chunk)
    assert bomb.stat().st_size < 8 * 1024 * 1024
    probe = (
        "import resource, subprocess, sys\n"
        "done = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
        "print(done.returncode)\n"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
        "print(done.stderr + done.stdout)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe, sys.executable, "-m", "felles", "grundlag", "import",
         SOEREN, str(bomb), "--content", str(content)],
        capture_output=True, text=True, timeout=120, check=False,
        env={k: v for k, v in os.environ.items() if k != "FELLES_CONTENT"},
    )  # fmt: skip
    code, peak_kb, output = done.stdout.split("\n", 2)
    assert code == "1", output
    assert int(peak_kb) < 300 * 1024
    [line] = output.strip().splitlines()
    assert "bombe.docx læses ikke: delen word/document.xml fylder" in line
    assert "intet er ændret" in line and "Traceback" not in output


# --- the coordinator's round trip ----------------------------------------------------------


def test_all_leaders_out_to_word_and_back_one_line_each(
    cli: Cli, content: Path, tmp_path: Path
) -> None:
    assert cli("grundlag", "new", "--all", "--content", content, "--as-of", "2018-06-08").code == 0
    folder = tmp_path / "word"
    out = cli("grundlag", "docx", "--all", "-o", folder, "--content", content)
    assert out.code == 0, out.output
    documents = sorted(folder.glob("*.docx"))
    assert len(documents) == 38
    drafts = {p.name: p.read_bytes() for p in (content / "ledelsesgrundlag").glob("*.md")}
    # One leader writes in Word; another has left the programme since.
    soeren = folder / f"{slug(SOEREN)}.docx"
    _add_after(soeren, "Hvorfor skriver jeg mit ledelsesgrundlag", NEW_PARAGRAPH)
    soeren.rename(folder / "fra-soeren.docx")  # the file's name does not matter
    groups = content / "groups.yaml"
    edit(groups, "      - name: Henrik Seiding\n", "")
    result = cli("grundlag", "import", folder, "--content", content)
    assert result.code == 1, result.output
    lines = result.err.strip().splitlines()
    assert len(lines) == 39  # one per document, and the tally
    [changed] = [line for line in lines if line.startswith(str(folder / "fra-soeren.docx"))]
    assert "0 afsnit ændret, 1 tilføjet, 0 fjernet" in changed
    [refused] = [line for line in lines if ": afvist" in line]
    assert "henrik-seiding.docx: afvist" in refused and "findes ikke i groups.yaml" in refused
    assert sum("ingen ændringer" in line for line in lines) == 36
    assert lines[-1] == "38 dokumenter: 1 ændret, 36 uændret, 1 afvist."
    assert NEW_PARAGRAPH in draft_path(content, SOEREN).read_text(encoding="utf-8")
    for name, before in drafts.items():
        if name != f"{slug(SOEREN)}.md":
            assert (content / "ledelsesgrundlag" / name).read_bytes() == before


def test_docx_for_one_group(cli: Cli, content: Path, tmp_path: Path) -> None:
    assert cli("grundlag", "new", "--all", "--content", content, "--as-of", "2018-06-08").code == 0
    result = cli("grundlag", "docx", "--group", "1", "-o", tmp_path / "g1", "--content", content)
    assert result.code == 0, result.output
    assert sorted(p.name for p in (tmp_path / "g1").iterdir()) == [
        "henrik-seiding.docx", "niels-hoejberg.docx", "soeren-aakjaer.docx"
    ]  # fmt: skip
    saved = tmp_path / "g1" / "niels-hoejberg.docx"
    saved.write_bytes(b"gemt af Niels i Word")  # not felles' own unchanged document
    again = cli("grundlag", "docx", "--group", "1", "-o", tmp_path / "g1", "--content", content)
    assert again.code == 1
    assert "niels-hoejberg.docx findes og er ikke et uændret dokument fra felles" in again.err
    assert "2 Word-dokumenter er gemt i" in again.err
    assert saved.read_bytes() == b"gemt af Niels i Word"
    both = cli("grundlag", "docx", SOEREN, "--all", "--content", content)
    assert both.code == 2 and "angiv enten et navn, --all eller --group N" in both.err


def test_text_nested_too_deep_is_refused_in_one_danish_line(
    cli: Cli, content: Path, soeren: Path, tmp_path: Path
) -> None:
    word = to_word(cli, content, tmp_path / "s.docx")
    nested = "<w:sdt><w:sdtContent>" * 60 + paragraph(run("Dybt.")) + "</w:sdtContent></w:sdt>" * 60
    edit_part(word, after(OWN, nested))
    before = soeren.read_bytes()
    code, output = _import(cli, content, SOEREN, word)
    assert code == 1
    [line] = output.strip().splitlines()
    assert line.endswith("s.docx læses ikke: teksten er lagt i over 100 niveauer; intet er ændret")
    assert soeren.read_bytes() == before


def test_a_zip_that_understates_a_parts_size_is_refused_without_inflating_it(
    cli: Cli, content: Path, soeren: Path, tmp_path: Path, felles_process: Process
) -> None:
    """zipfile trusts the directory's size and inflates a part read whole in one go."""
    import struct

    liar = tmp_path / "loegn.docx"
    with zipfile.ZipFile(to_word(cli, content, tmp_path / "s.docx")) as source:
        parts = {i.filename: source.read(i) for i in source.infolist()}
    parts["word/document.xml"] = b"<" + b"a" * (200 << 20)
    with zipfile.ZipFile(liar, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    data = bytearray(liar.read_bytes())
    name = b"word/document.xml"
    at = data.find(name)
    while at >= 0:  # the local header and the directory both say 1,000 bytes
        if data[at - 30 : at - 26] == b"PK\x03\x04":
            struct.pack_into("<I", data, at - 30 + 22, 1000)
        if data[at - 46 : at - 42] == b"PK\x01\x02":
            struct.pack_into("<I", data, at - 46 + 24, 1000)
        at = data.find(name, at + 1)
    liar.write_bytes(bytes(data))
    done = felles_process("grundlag", "import", SOEREN, liar, "--content", content)
    assert done.returncode == 1
    assert done.stderr.strip().endswith(
        "loegn.docx læses ikke: delen word/document.xml er større end angivet i arkivet eller "
        "ødelagt; intet er ændret"
    )
