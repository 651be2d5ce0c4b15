"""Spans (`content.blocks.Span`) written as one line of Markdown: `**bold**`, `*italic*`,
`` `code` ``, `[text](address)`, a hard line break as a backslash and a newline. Text is
escaped so that it reads back as the same text: it never becomes a heading, a list,
emphasis or HTML by accident."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from felles.content.blocks import Span

_ESCAPE: Final = re.compile(r"([\\`*_\[\]<>~|])")
_ENTITY: Final = re.compile(r"&(?=#?[A-Za-z0-9]+;)")
_LINE_START: Final = re.compile(r"^( *)(?:([#>+=-])|\d+([.)]))")


def spans_markdown(spans: Sequence[Span], *, line: bool = True) -> str:
    """The spans as one line of Markdown (a hard line break as a backslash and a newline).

    `line`: the text starts a line, where '# x', '- x' or '1. x' would make a heading or
    a list; not for a heading's own text."""
    out: list[str] = []
    index = 0
    while index < len(spans):
        link = spans[index].link
        end = index
        while end < len(spans) and spans[end].link == link:
            end += 1
        text = _emphasis(spans[index:end])
        out.append(f"[{text}]({_address(link)})" if link is not None else text)
        index = end
    text = "".join(out)
    if not line:  # a heading's text: a '#' run at its end would close the heading
        closing = re.search(r"(?:^| )(#+) *$", text)
        if closing:
            text = text[: closing.start(1)] + "\\" + text[closing.start(1) :]
    starts = text.split("\n")  # every line of a hard line break starts a line too
    return "\\\n".join(_line_start(part) if line or n else part for n, part in enumerate(starts))


def _line_start(text: str) -> str:
    """'# x' → '\\# x', '1. x' → '1\\. x': a character that would start a block, escaped."""
    match = _LINE_START.match(text)
    if match is None:
        return text
    at = match.start(2) if match.group(2) else match.start(3)
    return text[:at] + "\\" + text[at:]


def _emphasis(spans: Sequence[Span]) -> str:
    """Bold runs outermost, italic runs inside them."""
    out: list[str] = []
    index = 0
    while index < len(spans):
        bold = spans[index].bold and not spans[index].code
        end = index
        while end < len(spans) and (spans[end].bold and not spans[end].code) == bold:
            end += 1
        inner = _italic(spans[index:end])
        out.append(f"**{inner}**" if bold else inner)
        index = end
    return "".join(out)


def _italic(spans: Sequence[Span]) -> str:
    out: list[str] = []
    index = 0
    while index < len(spans):
        italic = spans[index].italic and not spans[index].code
        end = index
        while end < len(spans) and (spans[end].italic and not spans[end].code) == italic:
            end += 1
        text = "".join(_plain(span) for span in spans[index:end])
        out.append(f"*{text}*" if italic else text)
        index = end
    return "".join(out)


def _plain(span: Span) -> str:
    if span.raw:
        return span.text
    if span.code:
        fence = "`" * (max((len(m) for m in re.findall(r"`+", span.text)), default=0) + 1)
        pad = " " if span.text.startswith(("`", " ")) or span.text.endswith(("`", " ")) else ""
        return f"{fence}{pad}{span.text}{pad}{fence}"
    return _ENTITY.sub("\\&", _ESCAPE.sub(r"\\\1", span.text))


def _address(link: str | None) -> str:
    link = link or ""
    if re.search(r"[\s()<>]", link):
        return "<" + link.replace("<", "%3C").replace(">", "%3E") + ">"
    return link
