"""Links from drafts and content: only http, https and mailto stay links, in every output.

The Markdown outputs are rendered by Python-Markdown (MkDocs' renderer) and by a
CommonMark renderer that, like marked or pandoc, turns any address into a link
(markdown-it with its own link filter switched off); the HTML outputs are read for
every `href`/`src`; the Word document for its hyperlinks; the calendar and JSON for
any address at all. An address is read as a browser reads it: entities decoded,
whitespace and control characters dropped, case folded.
"""

from __future__ import annotations

import html
import json
import re
import zipfile
from html.parser import HTMLParser
from pathlib import Path

import markdown
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from tests.cli.test_markdown_agenda import with_values
from tests.helpers.content import edit
from tests.helpers.drafts import FIRST_SECTION, write_draft
from tests.helpers.run import Cli

LEADER = "Søren Aakjær"
ALLOWED = ("http://", "https://", "mailto:")
DANGEROUS = [
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "java\tscript:alert(1)",
    "&#106;avascript:alert(1)",
    "&#x6A;avascript&colon;alert(1)",
    " javascript:alert(1)",
    "javascript\\:alert(1)",
    "vbscript:msgbox(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "file:///etc/passwd",
]
SAFE = ["https://www.ledelseskommissionen.dk", "mailto:hr@example.dk"]
FORMS = [
    "[klik]({0})",
    "[klik]( {0} 'titel')",
    "[klik](<{0}>)",
    "![billede]({0})",
    "<{0}>",
    "[klik][r]\n\n[r]: {0}",
    "[klik]\n\n[klik]: {0}",
    "[klik][r]\n\n  [r]:\n  {0}",
    "> [citat]({0})",
    "- [punkt]({0})",
    "| a | [b]({0}) |\n|---|---|\n| c | d |",
]


def normalized(address: str) -> str:
    """The address as a browser reads it."""
    text = html.unescape(html.unescape(address))
    return re.sub(r"[\x00-\x20\x7f]", "", text).casefold()


def bad(addresses: list[str]) -> list[str]:
    return [a for a in addresses if not normalized(a).startswith(ALLOWED) and not a.startswith("#")]


class _Addresses(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in ("href", "src", "action", "formaction", "xlink:href") and value:
                self.found.append(value)


def html_addresses(page: str) -> list[str]:
    parser = _Addresses()
    parser.feed(page)
    return parser.found


def _any_link_renderer() -> MarkdownIt:
    renderer = MarkdownIt("commonmark").enable(["table"])
    renderer.validateLink = lambda url: True  # like marked and pandoc: every address
    return renderer


def markdown_addresses(text: str) -> list[str]:
    found = html_addresses(markdown.markdown(text, extensions=["tables"]))
    return found + html_addresses(_any_link_renderer().render(text))


def docx_addresses(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as docx:
        rels = docx.read("word/_rels/document.xml.rels").decode("utf-8")
    return [
        html.unescape(target)
        for target in re.findall(r'Target="([^"]*)"[^>]*TargetMode="External"', rels)
    ]


def publish(cli: Cli, content: Path, body: str) -> Path:
    path = write_draft(cli, content, LEADER, "udgivet")
    edit(path, FIRST_SECTION, f"{FIRST_SECTION}\n{body}\n")
    return path


def every_output(cli: Cli, content: Path, out: Path) -> dict[str, list[str]]:
    """Each output's addresses that would be links."""
    found: dict[str, list[str]] = {}
    out.mkdir(exist_ok=True)
    for form in ("md", "html"):
        booklet = out / f"booklet.{form}"
        made = cli("export", "grundlag", "-o", booklet, "--content", content)
        assert made.code == 0, made.err
        text = booklet.read_text(encoding="utf-8")
        found[f"booklet.{form}"] = (
            markdown_addresses(text) if form == "md" else html_addresses(text)
        )
        agenda = cli("export", "agenda", "2018-11-08", "--format", form, "--content", content)
        assert agenda.code == 0, agenda.err
        text = agenda.out
        found[f"agenda.{form}"] = markdown_addresses(text) if form == "md" else html_addresses(text)
    word = out / "grundlag.docx"
    made = cli("grundlag", "docx", LEADER, "-o", word, "--content", content)
    assert made.code == 0, made.err
    found["docx"] = docx_addresses(word)
    site = out / "site"
    assert cli("export", "site", "-o", site, "--content", content).code == 0
    found["site"] = [a for p in site.rglob("*.html") for a in html_addresses(p.read_text("utf-8"))]
    calendar = cli("export", "ics", "--content", content)
    assert calendar.code == 0
    found["ics"] = re.findall(r"^(?:URL|ATTACH)[;:].*$", calendar.out, re.MULTILINE)
    upcoming = cli("next", "20", "--as-of", "2018-11-01", "--format", "json", "--content", content)
    assert upcoming.code == 0
    json.loads(upcoming.out)
    return found


def test_a_javascript_link_in_a_draft_is_no_link_in_any_output(
    cli: Cli, content: Path, tmp_path: Path
) -> None:
    publish(cli, content, "Se [klik](javascript:alert(1)) og [kommissionen](https://ledelse.dk).")
    with_values(content, "Seminar [klik](javascript:alert(1))")
    found = every_output(cli, content, tmp_path / "out")
    assert {name: bad(addresses) for name, addresses in found.items() if bad(addresses)} == {}
    assert "https://ledelse.dk" in found["booklet.md"]  # a web address stays a link
    assert "https://ledelse.dk" in found["docx"]
    booklet = (tmp_path / "out" / "booklet.md").read_text(encoding="utf-8")
    assert "javascript:alert(1)" in booklet  # shown as text, not lost


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    form=st.sampled_from(FORMS),
    address=st.sampled_from(DANGEROUS + SAFE),
    prefix=st.sampled_from(["", "Tekst ", "`kode` ", "*fed* "]),
)
def test_link_like_text_becomes_a_link_only_to_the_web_or_mail(
    cli: Cli, content: Path, form: str, address: str, prefix: str
) -> None:
    text = prefix + form.format(address)
    draft = content / "ledelsesgrundlag"
    if draft.exists():
        for path in draft.iterdir():
            path.unlink()
    publish(cli, content, text)
    with_values(content, "Seminar " + form.format(address).replace("\n", " "))
    out = content.parent / "out"
    found = every_output(cli, content, out)
    assert {name: bad(addresses) for name, addresses in found.items() if bad(addresses)} == {}


def test_a_word_hyperlink_to_javascript_comes_back_as_plain_text(
    cli: Cli, content: Path, tmp_path: Path
) -> None:
    """A link Word holds (made in Word, or planted in the file) is judged like any other."""
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    path = write_draft(cli, content, LEADER, "udgivet", "Min egen tekst.")
    word = tmp_path / "s.docx"
    assert cli("grundlag", "docx", LEADER, "-o", word, "--content", content).code == 0
    document = docx.Document(str(word))
    paragraph = next(p for p in document.paragraphs if p.text == "Min egen tekst.")
    for address, text in (("javascript:alert(1)", "klik"), ("https://ledelse.dk", "web")):
        link = OxmlElement("w:hyperlink")
        link.set(qn("r:id"), paragraph.part.relate_to(address, RELATIONSHIP_TYPE.HYPERLINK, True))
        run = OxmlElement("w:r")
        piece = OxmlElement("w:t")
        piece.text = f" {text}"
        run.append(piece)
        link.append(run)
        paragraph._p.append(link)
    document.save(str(word))
    result = cli("grundlag", "import", LEADER, word, "--content", content)
    assert result.code == 0, result.err
    text = path.read_text(encoding="utf-8")
    assert "Min egen tekst. klik[ web](https://ledelse.dk)" in text
    assert "javascript" not in text
