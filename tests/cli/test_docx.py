"""`felles grundlag docx` and `felles grundlag import`: a draft to Word and back, through the
real CLI, the Word side edited with python-docx as a leader would in Word."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from felles.cli.clock import today
from tests.helpers.content import edit
from tests.helpers.drafts import draft_path, write_draft
from tests.helpers.run import Cli

SOEREN = "Søren Aakjær"
OWN = "Jeg leder med tydelighed og tillid – også når det blæser på Ærø."
NEW_PARAGRAPH = "Et nyt afsnit skrevet i Word: æblegrød, øresundsbro og Århus Å."
BULLETS = ("Første punkt om tillid", "Andet punkt – på tværs af ÆØÅ")


@pytest.fixture
def soeren(cli: Cli, content: Path) -> Path:
    return write_draft(cli, content, SOEREN, "kvalificeret", OWN)


def to_word(cli: Cli, content: Path, target: Path, leader: str = SOEREN) -> Path:
    result = cli("grundlag", "docx", leader, "--content", content, "-o", target)
    assert result.code == 0, result.output
    assert f'felles grundlag import "{leader}" {target}' in result.err
    return target


def import_word(cli: Cli, content: Path, source: Path, *args: str) -> tuple[int, str, str]:
    result = cli("grundlag", "import", SOEREN, source, "--content", content, *args)
    return result.code, result.out, result.err


def front_matter(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").split("---\n")[1].splitlines()


def body(path: Path) -> str:
    return path.read_text(encoding="utf-8").split("---\n", 2)[2]


def backups(content: Path) -> list[Path]:
    return sorted((content / "ledelsesgrundlag").glob("*.foer-import-*"))


# --- must show ---------------------------------------------------------------------------


def test_edited_in_word_and_imported_the_body_has_the_new_text_and_validate_passes(
    cli: Cli, content: Path, soeren: Path, tmp_path: Path
) -> None:
    before_front = front_matter(soeren)
    before_body = body(soeren)
    word = to_word(cli, content, tmp_path / "s.docx")
    document = docx.Document(str(word))
    document.add_paragraph(NEW_PARAGRAPH)
    for text in BULLETS:
        document.add_paragraph(text, style="List Bullet")
    document.save(str(word))

    code, out, err = import_word(cli, content, word)
    assert code == 0, err
    after = body(soeren)
    assert f"\n{NEW_PARAGRAPH}\n\n- {BULLETS[0]}\n- {BULLETS[1]}\n" in after
    assert after.startswith(before_body.rstrip("\n"))  # nothing of the old text changed
    changed = [
        (old, new)
        for old, new in zip(before_front, front_matter(soeren), strict=True)
        if old != new
    ]
    # The date keeps its quotes (drafts quote their dates for YAML 1.1 readers).
    assert changed == [('updated: "2018-06-08"', f'updated: "{today().isoformat()}"')]
    # What changed is shown, as a diff, and where the previous text is.
    assert f"+{NEW_PARAGRAPH}" in out and f"+- {BULLETS[0]}" in out
    assert "0 afsnit ændret, 3 tilføjet, 0 fjernet." in err
    assert "Den tidligere tekst er gemt i" in err
    validate = cli("validate", "--content", content)
    assert validate.code == 0, validate.output


def test_the_word_document_has_headings_and_the_questions_as_a_hint_style(
    cli: Cli, content: Path, soeren: Path, tmp_path: Path
) -> None:
    document = docx.Document(str(to_word(cli, content, tmp_path / "s.docx")))
    styled = [(p.style.name, p.text) for p in document.paragraphs]
    assert ("Heading 1", f"Personligt ledelsesgrundlag – {SOEREN}") in styled
    assert ("Heading 2", "1. Formål med mit ledelsesgrundlag") in styled
    assert ("Normal", OWN) in styled
    questions = [text for style, text in styled if style == "Spørgsmål fra skabelonen"]
    assert any(text.startswith("Hvorfor skriver jeg mit ledelsesgrundlag") for text in questions)
    hint = document.styles["Spørgsmål fra skabelonen"]
    assert hint.font.italic and str(hint.font.color.rgb) == "595959"
    assert document.core_properties.title == f"Personligt ledelsesgrundlag – {SOEREN}"
    header = document.sections[0].header.paragraphs[0].text
    assert header.startswith(f"{SOEREN} · sparringsgruppe 1 · status: kvalificeret")
    assert all("<!--" not in text for _, text in styled)  # notes show without the markers


def test_an_unchanged_document_changes_nothing(
    cli: Cli, content: Path, soeren: Path, tmp_path: Path
) -> None:
    before = soeren.read_bytes()
    word = to_word(cli, content, tmp_path / "s.docx")
    code, out, err = import_word(cli, content, word)
    assert code == 0
    assert "Ingen ændringer" in err and out == ""
    assert soeren.read_bytes() == before
    assert backups(content) == []


def test_bold_italic_a_numbered_list_and_a_changed_paragraph(
    cli: Cli, content: Path, soeren: Path, tmp_path: Path
) -> None:
    word = to_word(cli, content, tmp_path / "s.docx")
    document = docx.Document(str(word))
    own = next(p for p in document.paragraphs if p.text == OWN)
    own.text = ""
    own.add_run("Jeg leder med ")
    own.add_run("tydelighed").bold = True
    own.add_run(" og ")
    own.add_run("tillid").italic = True
    own.add_run(" – også på Ærø.")
    for text in ("Lyt", "Beslut", "Følg op"):
        document.add_paragraph(text, style="List Number")
    document.save(str(word))
    code, out, err = import_word(cli, content, word)
    assert code == 0, err
    after = body(soeren)
    assert "Jeg leder med **tydelighed** og *tillid* – også på Ærø." in after
    assert OWN not in after
    assert "1. Lyt\n2. Beslut\n3. Følg op\n" in after
    assert "1 afsnit ændret, 3 tilføjet, 0 fjernet." in err
    assert f"-{OWN}" in out


def test_a_list_made_with_words_own_buttons_is_a_list(
    cli: Cli, content: Path, soeren: Path, tmp_path: Path
) -> None:
    """Word's list buttons number a 'List Paragraph' with a numbering of its own."""
    word = to_word(cli, content, tmp_path / "s.docx")
    document = docx.Document(str(word))
    numbering = document.part.numbering_part.element
    numbering.append(
        parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90"><w:lvl w:ilvl="0">'
            '<w:start w:val="1"/><w:numFmt w:val="decimal"/></w:lvl><w:lvl w:ilvl="1">'
            '<w:numFmt w:val="bullet"/></w:lvl></w:abstractNum>'
        )
    )
    numbering.append(
        parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>')
    )
    for text, level in (("Øverst", 0), ("Under det", 1), ("Næste", 0)):
        paragraph = document.add_paragraph(text, style="List Paragraph")
        props = paragraph._p.get_or_add_pPr().get_or_add_numPr()
        props.get_or_add_ilvl().val = level
        props.get_or_add_numId().val = 90
    document.save(str(word))
    assert import_word(cli, content, word)[0] == 0
    assert "1. Øverst\n   - Under det\n2. Næste\n" in body(soeren)


# --- never losing the previous text ------------------------------------------------------


def git(folder: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@t", "-C", str(folder), *args],
        check=True,
        capture_output=True,
    )


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_a_committed_draft_is_replaced_and_git_holds_the_previous_text(
    cli: Cli, content: Path, soeren: Path, tmp_path: Path
) -> None:
    git(content, "init", "-q")
    git(content, "add", ".")
    git(content, "commit", "-qm", "udkast")
    word = to_word(cli, content, tmp_path / "s.docx")
    document = docx.Document(str(word))
    document.add_paragraph(NEW_PARAGRAPH)
    document.save(str(word))
    code, _, err = import_word(cli, content, word)
    assert code == 0, err
    assert (
        "Den tidligere tekst ligger i git: git show HEAD:ledelsesgrundlag/soeren-aakjaer.md" in err
    )
    assert backups(content) == []
    assert NEW_PARAGRAPH in body(soeren)


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_uncommitted_changes_are_kept_beside_the_draft(
    cli: Cli, content: Path, soeren: Path, tmp_path: Path
) -> None:
    git(content, "init", "-q")
    git(content, "add", ".")
    git(content, "commit", "-qm", "udkast")
    edit(soeren, OWN, OWN + " Rettet, men ikke committet.")
    uncommitted = soeren.read_bytes()
    word = to_word(cli, content, tmp_path / "s.docx")
    document = docx.Document(str(word))
    document.add_paragraph(NEW_PARAGRAPH)
    document.save(str(word))
    code, _, err = import_word(cli, content, word)
    assert code == 0, err
    [kept] = backups(content)
    assert kept.read_bytes() == uncommitted
    assert kept.name.startswith("soeren-aakjaer.md.foer-import-")
    assert "Den tidligere tekst er gemt i" in err and kept.name in err
    # The copy is never read as a draft: validate counts one ledelsesgrundlag.
    validate = cli("validate", "--content", content)
    assert validate.code == 0 and "1 ledelsesgrundlag" in validate.out


def test_dry_run_shows_the_changes_and_writes_nothing(
    cli: Cli, content: Path, soeren: Path, tmp_path: Path
) -> None:
    before = soeren.read_bytes()
    word = to_word(cli, content, tmp_path / "s.docx")
    document = docx.Document(str(word))
    document.add_paragraph(NEW_PARAGRAPH)
    document.save(str(word))
    code, out, err = import_word(cli, content, word, "--dry-run")
    assert code == 0
    assert f"+{NEW_PARAGRAPH}" in out
    assert "Prøvekørsel: ledelsesgrundlaget ville blive opdateret" in err
    assert soeren.read_bytes() == before and backups(content) == []


def test_windows_line_endings_stay(cli: Cli, content: Path, soeren: Path, tmp_path: Path) -> None:
    soeren.write_bytes(soeren.read_bytes().replace(b"\n", b"\r\n"))
    word = to_word(cli, content, tmp_path / "s.docx")
    document = docx.Document(str(word))
    document.add_paragraph(NEW_PARAGRAPH)
    document.save(str(word))
    assert import_word(cli, content, word)[0] == 0
    raw = soeren.read_bytes()
    assert raw.count(b"\n") == raw.count(b"\r\n") and NEW_PARAGRAPH.encode() in raw


# --- refusals ----------------------------------------------------------------------------


def test_a_document_of_another_leader_is_refused(
    cli: Cli, content: Path, soeren: Path, tmp_path: Path
) -> None:
    write_draft(cli, content, "Niels Højberg", text="Niels' tekst.")
    niels = to_word(cli, content, tmp_path / "n.docx", "Niels Højberg")
    before = soeren.read_bytes()
    code, _, err = import_word(cli, content, niels)
    assert code == 1
    assert "er lavet til Niels Højbergs ledelsesgrundlag, ikke til Søren Aakjærs" in err
    assert soeren.read_bytes() == before


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda p: p.write_text("ikke et dokument", encoding="utf-8"), "ikke et Word-dokument"),
        (lambda p: zipfile.ZipFile(p, "w").close(), "ikke et Word-dokument"),
        (lambda p: p.mkdir(), "det er ikke en fil"),
        (lambda p: None, "findes ikke"),
    ],
)
def test_what_is_not_a_word_document_is_said_in_danish(
    cli: Cli, content: Path, soeren: Path, tmp_path: Path, make: object, reason: str
) -> None:
    target = tmp_path / "x.docx"
    make(target)  # type: ignore[operator]
    code, _, err = import_word(cli, content, target)
    assert code == 1
    assert err.startswith("felles: ") and reason in err and "Traceback" not in err


def test_an_empty_document_is_refused(
    cli: Cli, content: Path, soeren: Path, tmp_path: Path
) -> None:
    empty = tmp_path / "tom.docx"
    docx.Document().save(str(empty))
    code, _, err = import_word(cli, content, empty)
    assert code == 1 and "har ingen tekst; intet er ændret" in err


def test_no_draft_or_a_broken_one(cli: Cli, content: Path, tmp_path: Path) -> None:
    result = cli("grundlag", "docx", SOEREN, "--content", content, "-o", tmp_path / "s.docx")
    assert result.code == 1
    assert "Søren Aakjær har intet ledelsesgrundlag endnu; opret det med »felles grundlag new«" in (
        result.err
    )
    path = write_draft(cli, content, SOEREN)
    edit(path, "group: 1", "group: [1")
    result = cli("grundlag", "docx", SOEREN, "--content", content, "-o", tmp_path / "s.docx")
    assert result.code == 1 and "kan ikke læses som et ledelsesgrundlag" in result.err
    result = cli("grundlag", "docx", "Ukendt Person", "--content", content)
    assert result.code == 2 and "ingen leder hedder »Ukendt Person«" in result.err


def test_docx_never_overwrites_a_document_someone_saved(
    cli: Cli, content: Path, soeren: Path, tmp_path: Path
) -> None:
    target = to_word(cli, content, tmp_path / "s.docx")
    again = cli("grundlag", "docx", SOEREN, "--content", content, "-o", target)
    assert again.code == 0  # felles' own, untouched: replaced
    document = docx.Document(str(target))
    document.add_paragraph("Lederens tekst, gemt i Word.")
    document.save(str(target))
    with zipfile.ZipFile(target) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    parts["docProps/app.xml"] = parts["docProps/app.xml"].replace(
        b"<Application>felles</Application>", b"<Application>Microsoft Office Word</Application>"
    )
    with zipfile.ZipFile(target, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    saved = target.read_bytes()
    refused = cli("grundlag", "docx", SOEREN, "--content", content, "-o", target)
    assert refused.code == 1
    assert "findes og er ikke et uændret dokument fra felles; det overskrives ikke" in refused.err
    assert target.read_bytes() == saved
    other = tmp_path / "noter.docx"
    other.write_text("mine noter", encoding="utf-8")
    assert cli("grundlag", "docx", SOEREN, "--content", content, "-o", other).code == 1
    assert other.read_text(encoding="utf-8") == "mine noter"


def test_never_into_the_content_folder(cli: Cli, content: Path, soeren: Path) -> None:
    target = content / "ledelsesgrundlag" / "s.docx"
    result = cli("grundlag", "docx", SOEREN, "--content", content, "-o", target)
    assert result.code == 2 and "ligger i indholdsmappen" in result.err
    assert not target.exists()


def test_without_o_the_document_is_named_after_the_leader(
    cli: Cli, content: Path, soeren: Path
) -> None:
    result = cli("grundlag", "docx", "soren aakjaer", "--content", content)
    assert result.code == 0, result.output
    assert (Path.cwd() / "soeren-aakjaer.docx").is_file()
    assert draft_path(content, SOEREN).is_file()


# --- import writes the draft's own file and nothing else -----------------------------------


def edited_in_word(cli: Cli, content: Path, target: Path) -> Path:
    word = to_word(cli, content, target)
    document = docx.Document(str(word))
    document.add_paragraph(NEW_PARAGRAPH)
    document.save(str(word))
    return word


@pytest.mark.skipif(sys.platform == "win32", reason="symlinks")
@pytest.mark.parametrize("where", ["outside", "inside"])
def test_import_never_writes_through_a_symlinked_draft(
    cli: Cli, content: Path, soeren: Path, tmp_path: Path, where: str
) -> None:
    word = edited_in_word(cli, content, tmp_path / "s.docx")
    folder = tmp_path / "andet-repo" if where == "outside" else content / "arkiv"
    elsewhere = folder / "soeren-aakjaer.md"
    folder.mkdir()
    shutil.move(soeren, elsewhere)
    soeren.symlink_to(elsewhere)
    before = elsewhere.read_bytes()
    # Outside the content the reader never follows the link; inside, import refuses it.
    said = "felles følger det ikke" if where == "outside" else "det er et symbolsk link"
    for args in ((), ("--dry-run",)):
        code, _, err = import_word(cli, content, word, *args)
        assert code == 1, err
        assert said in err and "Traceback" not in err
    assert soeren.is_symlink() and soeren.readlink() == elsewhere
    assert elsewhere.read_bytes() == before
    assert backups(content) == [] and sorted(p.name for p in folder.iterdir()) == [elsewhere.name]


def test_import_never_writes_into_the_programme_packaged_with_felles(
    cli: Cli, content: Path, soeren: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from felles.content import locate

    word = edited_in_word(cli, content, tmp_path / "s.docx")
    before = soeren.read_bytes()
    real = locate.packaged
    # The content in use stands where the packaged programme is (a source checkout).
    monkeypatch.setattr(
        locate, "packaged", lambda name: content if name == "content" else real(name)
    )
    code, _, err = import_word(cli, content, word)
    assert code == 2, err
    assert "felles init" in err
    assert soeren.read_bytes() == before
    assert backups(content) == []
    code, out, _ = import_word(cli, content, word, "--dry-run")  # looking is fine
    assert code == 0 and f"+{NEW_PARAGRAPH}" in out
