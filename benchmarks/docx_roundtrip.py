"""Which Word library: round-trip fidelity of Markdown → .docx → Markdown, measured.

Three ways of taking a ledelsesgrundlag to Word and back:

- python-docx: felles' own writer and reader (felles/render/docx_write.py, content/docx_read.py);
- mammoth: reads .docx only, so felles' python-docx writer out, mammoth's HTML back in
  (with a style map for the question style), the HTML turned into blocks here;
- pandoc (the pypandoc-binary wheel ships it): `commonmark → docx → commonmark`.

A third corpus ("redigeret") makes the must-show's edit in between: python-docx adds a
paragraph with æøå and a bullet list (style "List Bullet") to the written document,
and what comes back is compared with the body plus that text.

Each runs over the same corpus: random bodies (seeded) of headings, paragraphs, bullet
and numbered lists (nested), guiding questions (quotes), bold and italic, with æøå; and
the real template draft, filled in, with its comments. A body is compared as blocks
(`content.markdown_blocks.parse`: kind, level, numbered or not, text with bold/italic/links),
so line wrapping does not count. Measured per tool: documents that come back whole,
blocks that come back (by difflib matching), emphasis kept, æøå kept, and whether an
unchanged document gives the very same Markdown text back; plus seconds per round
trip. A tool that is not installed is skipped.

    python benchmarks/docx_roundtrip.py [--bodies 200] [--seed 17]
"""

from __future__ import annotations

import argparse
import difflib
import io
import random
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from felles.content.blocks import Block, Span  # noqa: E402
from felles.content.inline_spans import normalised  # noqa: E402
from felles.content.markdown_blocks import parse  # noqa: E402
from felles.render import markdown_merge, markdown_out  # noqa: E402

WORDS = [
    "ledelse",
    "tillid",
    "på",
    "tværs",
    "borgerne",
    "værdi",
    "æblegrød",
    "øresund",
    "Århus",
    "samarbejde",
    "ÆØÅ",
    "sparring",
    "feedback",
    "retning",
    "mål",
    "følge",
    "op",
    "dialog",
    "kolleger",
    "byrådet",
    "helhed",
    "effekt",
]


def random_body(rnd: random.Random) -> str:
    blocks: list[Block] = []
    depth = 0
    for _ in range(rnd.randint(3, 14)):
        kind = rnd.choice(["heading", "paragraph", "paragraph", "item", "item", "quote"])
        spans: list[Span] = []
        for _ in range(rnd.randint(2, 12)):
            mark = rnd.choice(["", "", "", "", "b", "i", "bi"])
            spans.append(Span(rnd.choice(WORDS), bold="b" in mark, italic="i" in mark))
            spans.append(Span(" "))
        text = normalised(spans)
        if kind == "item":
            depth = rnd.randint(1, min(depth + 1, 2))
            blocks.append(Block("item", text, depth, rnd.random() < 0.4, start=1))
        else:
            depth = 0
            level = rnd.randint(1, 3) if kind == "heading" else 0
            blocks.append(Block(kind, text, level))  # type: ignore[arg-type]
    return markdown_out.write(blocks)


def template_draft() -> str:
    """The shipped template, filled for a leader, with an answer under every section."""
    from felles.content.load import load
    from felles.content.locate import ContentDir
    from felles.content.reader import split_front_matter
    from felles.render.scaffold import scaffold, template

    content = load(ContentDir(REPO / "content", "option"), REPO)
    text = scaffold(content, "Søren Aakjær", date(2018, 6, 8), template(REPO / "content"))
    _, body, _ = split_front_matter(text)
    answer = "\n\nJeg leder med **tydelighed** og *tillid* – også når det blæser på Ærø.\n"
    return body.replace("\n## ", answer + "\n## ") + answer


# --- the three ways: each writes a .docx and reads one back -----------------------------


def felles_docx(markdown: str) -> bytes:
    from felles.render import docx_write

    return docx_write.build(
        parse(markdown), leader="Søren Aakjær", slug="soeren-aakjaer", header=""
    )


def felles_read(data: bytes, markdown: str) -> str:
    from felles.content.docx_read import read

    return markdown_merge.merge(markdown, parse(markdown), read(data, "x.docx").blocks)


def mammoth_read(data: bytes, markdown: str) -> str:
    import mammoth

    style_map = "p[style-name='Spørgsmål fra skabelonen'] => blockquote > p:fresh"
    html = mammoth.convert_to_html(io.BytesIO(data), style_map=style_map).value
    reader = _Html()
    reader.feed(html)
    reader.flush()
    return markdown_out.write(reader.blocks)


def pandoc_docx(markdown: str) -> bytes:
    import pypandoc

    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "x.docx"
        pypandoc.convert_text(markdown, "docx", format="commonmark", outputfile=str(target))
        return target.read_bytes()


def pandoc_read(data: bytes, markdown: str) -> str:
    import pypandoc

    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "x.docx"
        source.write_bytes(data)
        return str(pypandoc.convert_file(str(source), "commonmark"))


ADDED = "Et nyt afsnit skrevet i Word: æblegrød og Århus."
ADDED_ITEMS = ("Første punkt", "Andet punkt med ÆØÅ")


def edited(data: bytes) -> bytes:
    """What the must-show does in Word: a paragraph and a bullet list added at the end."""
    import docx

    document = docx.Document(io.BytesIO(data))
    document.add_paragraph(ADDED)
    for text in ADDED_ITEMS:
        document.add_paragraph(text, style="List Bullet")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def expected_after_edit(markdown: str) -> str:
    return markdown.rstrip("\n") + f"\n\n{ADDED}\n\n- {ADDED_ITEMS[0]}\n- {ADDED_ITEMS[1]}\n"


class _Html(HTMLParser):
    """mammoth's HTML as blocks: h1-h6, p, ul/ol/li, blockquote, strong, em, a."""

    def __init__(self) -> None:
        super().__init__()
        self.blocks: list[Block] = []
        self.lists: list[bool] = []
        self.quote = False
        self.kind: str | None = None
        self.level = 0
        self.spans: list[Span] = []
        self.bold = self.italic = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("ul", "ol"):
            self.flush()
            self.lists.append(tag == "ol")
        elif tag == "li":
            self.flush()
            self.kind, self.level = "item", len(self.lists)
        elif tag == "blockquote":
            self.quote = True
        elif tag in ("p",) or (len(tag) == 2 and tag[0] == "h" and tag[1].isdigit()):
            self.flush()
            self.kind = "heading" if tag != "p" else ("quote" if self.quote else "paragraph")
            self.level = int(tag[1]) if tag != "p" else 0
        elif tag == "strong":
            self.bold += 1
        elif tag == "em":
            self.italic += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("ul", "ol"):
            self.flush()
            self.lists.pop()
        elif tag == "blockquote":
            self.flush()
            self.quote = False
        elif tag == "strong":
            self.bold -= 1
        elif tag == "em":
            self.italic -= 1
        elif tag in ("p", "li") or (len(tag) == 2 and tag[0] == "h"):
            self.flush()

    def handle_data(self, data: str) -> None:
        self.spans.append(Span(data, bold=self.bold > 0, italic=self.italic > 0))

    def flush(self) -> None:
        spans = normalised(self.spans)
        if self.kind and spans:
            ordered = self.kind == "item" and self.lists and self.lists[-1]
            self.blocks.append(Block(self.kind, spans, self.level, bool(ordered)))  # type: ignore[arg-type]
        self.kind, self.spans = None, []


# --- measuring ------------------------------------------------------------------------


@dataclass
class Score:
    documents: int = 0
    whole: int = 0
    blocks: int = 0
    kept: int = 0
    marks: int = 0
    marks_kept: int = 0
    letters_ok: int = 0
    same_text: int = 0
    seconds: list[float] = field(default_factory=list)
    failed: int = 0

    def add(self, original: str, back: str, seconds: float) -> None:
        before, after = parse(original), parse(back)
        self.documents += 1
        self.whole += before == after
        self.blocks += len(before)
        matcher = difflib.SequenceMatcher(a=before, b=after, autojunk=False)
        self.kept += sum(block.size for block in matcher.get_matching_blocks())
        marked = [s for b in before for s in b.spans if s.bold or s.italic]
        kept = {(s.text, s.bold, s.italic) for b in after for s in b.spans}
        self.marks += len(marked)
        self.marks_kept += sum((s.text, s.bold, s.italic) in kept for s in marked)
        self.letters_ok += sum(map(original.count, "æøåÆØÅ")) == sum(map(back.count, "æøåÆØÅ"))
        self.same_text += original == back
        self.seconds.append(seconds)


Way = tuple[Callable[[str], bytes], Callable[[bytes, str], str]]


def measure(way: Way, corpus: list[str], label: str, *, edit: bool = False) -> Score:
    """Round trips of every body (with `edit`: the must-show's edit made in between,
    compared with the body and the added text)."""
    score = Score()
    write, read = way
    for markdown in corpus:
        start = time.perf_counter()
        try:
            data = write(markdown)
            back = read(edited(data) if edit else data, markdown)
        except Exception as error:  # a tool that fails on a document: counted, not fatal
            score.failed += 1
            print(f"  {label}: {type(error).__name__}: {error}"[:200], file=sys.stderr)
            continue
        score.add(expected_after_edit(markdown) if edit else markdown, back,
                  time.perf_counter() - start)  # fmt: skip
    return score


def report(name: str, corpus_name: str, score: Score) -> str:
    def share(part: int, whole: int) -> str:
        return f"{100 * part / whole:5.1f} %" if whole else "    –"

    seconds = sorted(score.seconds)
    median = seconds[len(seconds) // 2] * 1000 if seconds else float("nan")
    return (
        f"{name:<12} {corpus_name:<9} {score.documents:>4} "
        f"{share(score.whole, score.documents)} {share(score.kept, score.blocks)} "
        f"{share(score.marks_kept, score.marks)} {share(score.letters_ok, score.documents)} "
        f"{share(score.same_text, score.documents)} {median:7.1f} {score.failed:>6}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bodies", type=int, default=200)
    parser.add_argument("--seed", type=int, default=17)
    args = parser.parse_args()
    rnd = random.Random(args.seed)
    corpora = {
        "tilfældig": [random_body(rnd) for _ in range(args.bodies)],
        "skabelon": [template_draft()],
    }
    ways: dict[str, Way] = {"python-docx": (felles_docx, felles_read)}
    candidates = (
        ("mammoth", "mammoth", (felles_docx, mammoth_read)),
        ("pypandoc", "pandoc", (pandoc_docx, pandoc_read)),
    )
    for module, name, way in candidates:
        try:
            __import__(module)
            ways[name] = way
        except ImportError:
            print(f"({name} is not installed: skipped)", file=sys.stderr)
    print(
        f"{'tool':<12} {'corpus':<9} {'docs':>4} {'whole':>7} {'blocks':>7} {'marks':>7} "
        f"{'æøå':>7} {'same':>7} {'ms/doc':>7} {'failed':>6}"
    )
    for name, way in ways.items():
        for corpus_name, corpus in corpora.items():
            print(report(name, corpus_name, measure(way, corpus, name)))
        edited_corpus = corpora["tilfældig"][: max(1, len(corpora["tilfældig"]) // 4)]
        print(report(name, "redigeret", measure(way, edited_corpus, name, edit=True)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
