"""A block's text as spans (plain, bold, italic, code, a link), as a reader sees them: runs
of white space one space, none at the ends, neighbours with the same marks joined; and
markdown-it's inline tokens taken into spans.
"""

from __future__ import annotations

import re
from typing import Any, Final

from felles.content.blocks import Span

_SPACE: Final = re.compile(r"[ \t\r\n]+")


def normalised(spans: list[Span]) -> tuple[Span, ...]:
    """Spans as a reader sees them: runs of white space one space, none at the ends,
    neighbours with the same marks joined, white space outside emphasis, no empty span."""
    out: list[Span] = []
    for span in spans:
        text = span.text if span.code or span.raw else _spaces(span.text)
        if not text:
            continue
        if not (span.code or span.raw) and (span.bold or span.italic) and text.strip() != text:
            lead, core, trail = _split_space(text)
            for piece in (Span(lead), _with(span, core), Span(trail)):
                _append(out, piece)
            continue
        _append(out, _with(span, text))
    return _trimmed(out)


def _spaces(text: str) -> str:
    lines = text.split("\n")  # a hard line break stays one
    return "\n".join(_SPACE.sub(" ", line) for line in lines)


def _split_space(text: str) -> tuple[str, str, str]:
    core = text.strip(" ")
    start = text.index(core) if core else len(text)
    return text[:start], core, text[start + len(core) :]


def _with(span: Span, text: str) -> Span:
    return Span(text, span.bold, span.italic, span.code, span.link, span.raw)


def _append(out: list[Span], span: Span) -> None:
    if not span.text:
        return
    if out and out[-1].marks() == span.marks() and not span.code:
        last = out.pop()
        text = last.text + span.text
        if not (span.raw or span.code):
            text = re.sub(r" {2,}", " ", text)
        out.append(_with(last, text))
    else:
        out.append(span)


def _trimmed(spans: list[Span]) -> tuple[Span, ...]:
    while spans and not spans[0].code and not spans[0].text.lstrip(" \n"):
        spans.pop(0)
    while spans and not spans[-1].code and not spans[-1].text.rstrip(" \n"):
        spans.pop()
    if spans and not spans[0].code:
        spans[0] = _with(spans[0], spans[0].text.lstrip(" \n"))
    if spans and not spans[-1].code:
        spans[-1] = _with(spans[-1], spans[-1].text.rstrip(" \n"))
    return tuple(spans)


def spans_of(inline: Any) -> tuple[Span, ...]:
    bold = italic = 0
    link: list[str] = []
    out: list[Span] = []
    for child in inline.children or []:
        kind = child.type
        marked = {"bold": bold > 0, "italic": italic > 0}
        href = link[-1] if link else None
        if kind == "text":
            out.append(Span(child.content, marked["bold"], marked["italic"], link=href))
        elif kind == "softbreak":
            out.append(Span(" ", marked["bold"], marked["italic"], link=href))
        elif kind == "hardbreak":
            out.append(Span("\n", marked["bold"], marked["italic"], link=href))
        elif kind == "code_inline":
            out.append(Span(child.content, code=True, link=href))
        elif kind in ("strong_open", "strong_close"):
            bold += 1 if kind == "strong_open" else -1
        elif kind in ("em_open", "em_close"):
            italic += 1 if kind == "em_open" else -1
        elif kind == "link_open":
            link.append(str(child.attrGet("href") or ""))
        elif kind == "link_close" and link:
            link.pop()
        elif kind == "image":
            source = str(child.attrGet("src") or "")
            out.append(Span(f"![{child.content}]({source})", raw=True))
        elif kind in ("s_open", "s_close"):
            out.append(Span("~~", raw=True))
    return normalised(out)
