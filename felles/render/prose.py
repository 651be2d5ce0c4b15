"""Markdown prose from the content (phase texts, ledelsesgrundlag) made fit for a reader.

Every Markdown body an output shows passes through here, as HTML (`to_html`) or as
Markdown again (`to_markdown`), so nothing in the content can inject into an output:

- markdown-it-py parses CommonMark (with tables and strikethrough) with HTML
  *disabled*: `<script>` in a draft is text, and the renderer escapes it. The
  Markdown form escapes every `<` as `&lt;` outside code, so raw HTML stays text for
  whatever renders the Markdown later;
- HTML comments (notes to the author) are left out;
- nothing loads or links anywhere: a link is its text with its address after it in
  parentheses, an image its description in brackets (outputs are standalone, and on
  paper an address is what a reader can use). The Markdown form keeps the author's
  links to http, https and mailto and makes every other one plain text (`links.py`);
- `guidance=False` leaves out the template's guiding questions (quotes, `> …`: the
  same text `content.markdown` does not count as the leader's own) and any heading
  with nothing of the leader's under it;
- `shift` moves every heading down (a `#` in a leader's text is a level-2 heading in
  the booklet), and `title` leaves out a first heading that only repeats a title the
  output already shows.

markdown-it-py comes with Rich; it is imported only when a text is rendered.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Any, Final

from felles.content.markdown import without_comments
from felles.names import match_key
from felles.render.links import unlinked

IMAGE: Final = "[Billede: {alt}]"
_CODE_SPAN = re.compile(r"(`+)(?:.*?[^`])?\1(?!`)")


@functools.cache
def _parser() -> Any:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": False}).enable(["table", "strikethrough"])


def _parse(text: str) -> list[Any]:
    tokens: list[Any] = _parser().parse(without_comments(text))
    return tokens


def _chosen(tokens: list[Any], *, guidance: bool, title: str | None) -> list[Any]:
    if not guidance:
        tokens = _without_empty_sections(_without_quotes(tokens))
    if title is not None:
        tokens = _without_title(tokens, title)
    return tokens


def to_html(text: str, *, shift: int = 0, guidance: bool = True, title: str | None = None) -> str:
    """The Markdown `text` as HTML, escaped, unlinked and with headings moved `shift` down."""
    parser = _parser()
    tokens = _chosen(_parse(text), guidance=guidance, title=title)
    for token in tokens:
        if token.type in ("heading_open", "heading_close"):
            token.tag = f"h{_level(token, shift)}"
        if token.type == "inline" and token.children:
            token.children = _unlinked(token.children)
    return str(parser.renderer.render(tokens, parser.options, {}))


def to_markdown(
    text: str, *, shift: int = 0, guidance: bool = True, title: str | None = None
) -> str:
    """The Markdown `text` for another Markdown document: comments (and, without
    `guidance`, the questions and empty sections) cut out, headings moved `shift` down,
    `<` escaped outside code. Everything else is the author's own lines."""
    lines = without_comments(text).split("\n")
    parsed = _parse(text)
    code = _lines_of(parsed, lambda token: token.type in ("fence", "code_block"))
    chosen = _chosen(parsed, guidance=guidance, title=title)
    keep, headings = _kept(chosen, len(lines), shift)
    # A quote inside a list item: cut out of the list's lines.
    inside = set() if guidance else _lines_of(parsed, _nested_quote)
    out: list[str] = []
    for index, line in enumerate(lines):
        if index in inside:
            continue
        if not keep[index]:
            if out and out[-1] != "":
                out.append("")
            continue
        line = headings.get(index, line)
        out.append(line if index in code else escape_html(line))
    return "\n".join(out).strip("\n") + "\n" if any(keep) else ""


def _lines_of(tokens: list[Any], wanted: Callable[[Any], bool]) -> set[int]:
    """The source lines of the `wanted` tokens."""
    found: set[int] = set()
    for token in tokens:
        if token.map is not None and wanted(token):
            found.update(range(*token.map))
    return found


def _nested_quote(token: Any) -> bool:
    return bool(token.type == "blockquote_open" and token.level)


def _kept(chosen: list[Any], count: int, shift: int) -> tuple[list[bool], dict[int, str]]:
    """Which of the `count` lines the `chosen` top-level blocks keep, and each kept
    heading's line rewritten with its new level."""
    keep = [False] * count
    headings: dict[int, str] = {}
    for index, token in enumerate(chosen):
        if token.map is None or token.level != 0:
            continue
        first, last = token.map
        if token.type == "heading_open":
            text_of = chosen[index + 1].content
            headings[first] = "#" * _level(token, shift) + " " + text_of
            keep[first] = True  # a setext heading's underline is not kept
        elif token.nesting >= 0:
            keep[first:last] = [True] * (last - first)
    return keep, headings


def escape_html(line: str) -> str:
    """Outside `code spans`: `<` of raw HTML written as an entity, and an image's `![`
    as `!\\[` (its address stays readable, and nothing is loaded)."""
    parts, last = [], 0
    for match in _CODE_SPAN.finditer(line):
        parts.append(_escaped(line[last : match.start()]))
        parts.append(match.group())
        last = match.end()
    parts.append(_escaped(line[last:]))
    return "".join(parts)


def _escaped(text: str) -> str:
    return unlinked(text.replace("<", "&lt;").replace("![", "!\\["))


def _level(token: Any, shift: int) -> int:
    return min(int(token.tag[1:]) + shift, 6)


def _unlinked(children: list[Any]) -> list[Any]:
    """Links become their text and '(address)', images their description."""
    from markdown_it.token import Token

    out: list[Any] = []
    links: list[tuple[str, int]] = []  # (address, where its text begins in out)
    for child in children:
        if child.type == "link_open":
            links.append((str(child.attrGet("href") or ""), len(out)))
        elif child.type == "link_close" and links:
            address, start = links.pop()
            shown = "".join(c.content for c in out[start:] if c.type in ("text", "code_inline"))
            if address and shown not in (address, address.removeprefix("mailto:")):
                out.append(Token("text", "", 0, content=f" ({address})"))
        elif child.type == "image":
            out.append(Token("text", "", 0, content=IMAGE.format(alt=child.content)))
        else:
            out.append(child)
    return out


def _without_quotes(tokens: list[Any]) -> list[Any]:
    out, depth = [], 0
    for token in tokens:
        if token.type == "blockquote_open":
            depth += 1
        elif token.type == "blockquote_close":
            depth -= 1
        elif depth == 0:
            out.append(token)
    return out


def _without_empty_sections(tokens: list[Any]) -> list[Any]:
    """Headings with nothing under them before the next heading as high, or the end.

    Read from the end, so a heading whose subsections are all empty goes too."""
    kept: list[Any] = []  # reversed
    index = len(tokens) - 1
    while index >= 0:
        token = tokens[index]
        if token.type == "heading_close" and index >= 2:
            opening = tokens[index - 2]
            following = kept[-1] if kept else None
            level = int(opening.tag[1:])
            if following is None or (
                following.type == "heading_open" and int(following.tag[1:]) <= level
            ):
                index -= 3  # the heading's open, inline and close
                continue
        kept.append(token)
        index -= 1
    return kept[::-1]


def _without_title(tokens: list[Any], title: str) -> list[Any]:
    """A first heading that says `title` again is left out."""
    opens = len(tokens) >= 3 and tokens[0].type == "heading_open"
    if opens and match_key(tokens[1].content) == match_key(title):
        return tokens[3:]
    return tokens


def inline_html(text: str) -> str:
    """One line of Markdown (a heading's text) as HTML: escaped and unlinked."""
    parser = _parser()
    tokens = parser.parseInline(text)
    for token in tokens:
        if token.children:
            token.children = _unlinked(token.children)
    return str(parser.renderer.render(tokens, parser.options, {}))


def first_heading(text: str) -> str | None:
    """The text of the level-1 heading the body opens with, if it opens with one."""
    tokens = _parse(text)
    if len(tokens) >= 2 and tokens[0].type == "heading_open" and tokens[0].tag == "h1":
        return str(tokens[1].content).strip() or None
    return None
