"""Spans as Markdown that reads back as the same spans, dropping the emphasis CommonMark
cannot say (markdown_spans writes them)."""

from __future__ import annotations

from collections.abc import Sequence

from felles.content.blocks import Span
from felles.content.inline_spans import normalised
from felles.render.markdown_spans import spans_markdown


def inline(spans: Sequence[Span], *, line: bool = True) -> str:
    """`spans` as Markdown that reads back as the same spans.

    Where CommonMark cannot say it (emphasis that begins or ends with a punctuation mark
    right against a letter, as in 'ord*.*', or marks changing inside a word), the
    emphasis of as few spans as needed is dropped, first those at punctuation, never
    their text. Emphasis on whole words, as Word users set it, always stays."""
    current = list(spans)
    text = spans_markdown(current, line=line)
    if _reads_back(text, current, line):
        return text
    order = sorted(range(len(current)), key=lambda n: not _touchy(current, n))
    for n in order:
        span = current[n]
        if span.code or not (span.bold or span.italic):
            continue
        current[n] = Span(span.text, link=span.link, raw=span.raw)
        text = spans_markdown(current, line=line)
        if _reads_back(text, normalised(current), line):
            return text
    return spans_markdown(current, line=line)


def _touchy(spans: Sequence[Span], n: int) -> bool:
    """Does the n-th span's emphasis begin or end at punctuation against a neighbour?"""
    span = spans[n]
    if not (span.bold or span.italic):
        return False
    before = spans[n - 1].text[-1:] if n else ""
    after = spans[n + 1].text[:1] if n + 1 < len(spans) else ""
    first, last = span.text[:1], span.text[-1:]
    return (not first.isalnum() and before.strip() != "") or (
        not last.isalnum() and after.strip() != ""
    )


def _reads_back(text: str, spans: Sequence[Span], line: bool) -> bool:
    from felles.content.markdown_blocks import parse

    source = text if line else "# " + text
    found = parse(source)
    return len(found) == 1 and found[0].spans == tuple(spans)
