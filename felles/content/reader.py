"""Read YAML files and Markdown front matter so that nothing surprises an author.

PyYAML's own constructors follow YAML 1.1 (`12:00` → 720, `no` → False,
`0150` → 104, `2018-06-08` → date) and keep the last of two duplicate keys.
We only take libyaml's *events* and build the values ourselves:

- plain scalars become None, true/false, decimal integers, or the text as
  written; dates stay text and are parsed by the model (`dates.py`);
- a duplicate key, an anchor or alias, an explicit tag, or nesting deeper than
  the model needs is an error at its line;
- the event loop keeps an explicit stack, so depth cannot overflow the C stack,
  and a cheap textual guard runs first because libyaml's parser itself is
  quadratic in nesting depth (50,000 levels take seconds).

Every key and list item's 1-based (line, column) is kept in `positions`.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Final

import yaml

from felles.content.document import Document, Loc, Positions
from felles.content.yaml_events import MAX_DEPTH, Spans, ValueBuilder, shield
from felles.errors import ReadError, os_reason
from felles.paths import NotAFile, TooBig, read_bytes

__all__ = ["Document", "Loc", "Positions", "parse_yaml", "read_front_matter", "read_yaml"]


MAX_BYTES: Final = 2_000_000
_PARSER_GUARD: Final = 1_000  # textual nesting bound that keeps libyaml fast

_Loader: Any = getattr(yaml, "CBaseLoader", yaml.BaseLoader)
_CLOSING_FENCE = re.compile(r"^(?:---|\.\.\.)[ \t]*\r?$", re.MULTILINE)
_INDENT_TAB = re.compile(r"^[ ]*\t", re.MULTILINE)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

TEXT: Final = {
    # Why a file is not read (E101); what holds something else than keys (E112).
    "file": "filen",
    "front_matter": "front matter",
    "folder": "det er en mappe",
    "not_file": "det er ikke en almindelig fil",
    "empty": "tom",
    "list": "en liste",
    "value": "en enkelt værdi",
    # libyaml's problems, in Danish, keyed by libyaml's words (anything else keeps them).
    "mapping values are not allowed here": "et kolon står, hvor det ikke må; sæt teksten "
    "i anførselstegn",
    "mapping values are not allowed in this context": "et kolon står, hvor det ikke må; "
    "sæt teksten i anførselstegn",
    "could not find expected ':'": "der mangler et kolon (»:«) efter nøglen",
    "did not find expected key": "indrykningen passer ikke: her forventedes en ny nøgle",
    "did not find expected '-' indicator": "indrykningen passer ikke i listen",
    "found unexpected end of stream": "filen slutter midt i en værdi (mangler et "
    "anførselstegn eller en lukkende parentes?)",
    "found unknown escape character": "ukendt tegn efter \\ i tekst i dobbelte anførselstegn",
    "found character that cannot start any token": "et tegn, der ikke kan begynde en "
    "værdi (fx @ eller `); sæt teksten i anførselstegn",
    "did not find expected node content": "en værdi mangler",
    "did not find expected ',' or ']'": "en liste i [ ] er ikke lukket",
    "did not find expected ',' or '}'": "en { } med nøgler og værdier er ikke lukket",
    "found undefined tag handle": "ukendt YAML-tag",
    "found unexpected ':'": "et kolon står, hvor det ikke må; sæt teksten i anførselstegn",
}


def read_text(path: Path) -> str:
    """The file as text: UTF-8 (with or without BOM), size-bounded, errors with lines."""
    try:
        # A FIFO or device would block or never end: only regular files are read.
        raw = read_bytes(path, MAX_BYTES)
    except NotAFile as exc:
        kind = TEXT["folder"] if exc.folder else TEXT["not_file"]
        raise ReadError("E101", {"reason": kind}) from None
    except TooBig as exc:
        raise ReadError("E109", {"size": exc.size, "limit": MAX_BYTES}) from None
    except OSError as exc:  # IsADirectoryError too: os_reason says "det er en mappe"
        raise ReadError("E101", {"reason": os_reason(exc)}) from None
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        col = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise ReadError("E102", {"byte": f"{raw[exc.start]:02X}"}, line=line, col=col) from None


def read_yaml(path: Path) -> Document:
    """A YAML content file whose top level is a mapping."""
    text = read_text(path)
    if not text.strip():
        raise ReadError("E114")
    data, positions = parse_yaml(text)
    return Document(path, _mapping(data, TEXT["file"], positions), positions, source=text)


def read_front_matter(path: Path) -> Document:
    """A Markdown file with YAML front matter between two '---' lines."""
    text = read_text(path)
    yaml_text, body, body_line = split_front_matter(text)
    data, positions = parse_yaml(yaml_text, line_offset=1)
    return Document(
        path,
        _mapping(data, TEXT["front_matter"], positions),
        positions,
        body,
        body_line,
        line_offset=1,
        source=yaml_text,
    )


def scalar_spans(path: Path, front_matter: bool) -> tuple[str, Any, Spans]:
    """The file's text, its data, and each scalar value's span in the text (see parse_yaml)."""
    text = read_text(path)
    spans: Spans = {}
    if front_matter:
        yaml_text, _, _ = split_front_matter(text)
        data, _ = parse_yaml(yaml_text, line_offset=1, spans=spans)
        start = text.index("\n") + 1  # the YAML begins after the first '---' line
        spans = {loc: (first + start, last + start) for loc, (first, last) in spans.items()}
    else:
        data, _ = parse_yaml(text, spans=spans)
    return text, data, spans


def split_front_matter(text: str) -> tuple[str, str, int]:
    """(front matter YAML, body, first line of the body); errors for every broken form."""
    if not text.strip():
        raise ReadError("E114")
    first, _, rest = text.partition("\n")
    first = first.rstrip("\r").rstrip(" \t")
    if first == "+++":
        raise ReadError("E116", line=1, col=1)
    if first != "---":
        raise ReadError("E110", line=1, col=1)
    closing = _CLOSING_FENCE.search(rest)
    if closing is None:
        raise ReadError("E111", line=1, col=1)
    yaml_text = rest[: closing.start()]
    body = rest[closing.end() + 1 :]
    body_line = yaml_text.count("\n") + 3
    return yaml_text, body, body_line


def _mapping(data: Any, what: str, positions: Positions) -> dict[str, Any]:
    if isinstance(data, dict):
        return data
    found = TEXT["empty" if data is None else "list" if isinstance(data, list) else "value"]
    line, col = positions.get((), (1, 1))
    raise ReadError("E112", {"what": what, "found": found}, line=line, col=col)


def parse_yaml(
    text: str, line_offset: int = 0, spans: Spans | None = None
) -> tuple[Any, Positions]:
    """Build Python values from libyaml events; see the module docstring for the rules.

    With `spans`, each scalar value's [start, end) character offsets in `text` (quotes
    included) are kept under its location too: `felles move` rewrites dates in place.
    """
    if spans is None:
        from felles.content import flat

        simple = flat.parse(text, line_offset)
        if simple is not None:
            return simple
    _guard(text, line_offset)
    text, back = shield(text)
    builder = ValueBuilder(line_offset, back, spans)
    try:
        for event in yaml.parse(text, Loader=_Loader):
            builder.add(event)
    except yaml.MarkedYAMLError as exc:
        raise _syntax_error(exc, line_offset) from None
    except yaml.YAMLError as exc:
        raise ReadError("E103", {"problem": str(exc)}) from None
    return builder.root, builder.positions


# Something opened and never closed: the error stands where it opened, not where the
# text (or the front matter) ends.
_UNCLOSED: Final = {
    "while scanning a quoted scalar": "anførselstegnet, der begynder her, lukkes aldrig",
    "while parsing a flow sequence": "listen [ ], der begynder her, lukkes aldrig",
    "while parsing a flow mapping": "mappingen { }, der begynder her, lukkes aldrig",
}


def _syntax_error(exc: yaml.MarkedYAMLError, line_offset: int) -> ReadError:
    unclosed = _UNCLOSED.get((exc.context or "").strip())
    mark = (exc.context_mark if unclosed else None) or exc.problem_mark or exc.context_mark
    line = mark.line + 1 + line_offset if mark else None
    col = mark.column + 1 if mark else None
    if unclosed:
        return ReadError("E103", {"problem": unclosed}, line=line, col=col)
    problem = (exc.problem or "").strip()
    if "\t" in problem or "tab" in problem:
        return ReadError("E104", line=line, col=col)
    if "maximum nesting depth" in problem:  # libyaml's own limit, below _guard's
        return ReadError("E108", {"limit": MAX_DEPTH}, line=line, col=col)
    if "control characters" in problem or "special characters" in problem:
        return ReadError("E117", {"codepoint": "????"}, line=line, col=col)
    danish = TEXT.get(problem.split(" while ")[0])
    return ReadError("E103", {"problem": danish or problem}, line=line, col=col)


def _guard(text: str, line_offset: int) -> None:
    """Refuse, before parsing, what would make libyaml slow or unsafe."""
    if "\t" in text:
        match = _INDENT_TAB.search(text)
        if match is not None:
            line = text.count("\n", 0, match.start()) + 1 + line_offset
            raise ReadError("E104", line=line, col=match.end() - match.start())
    control = _CONTROL.search(text)
    if control is not None:
        line = text.count("\n", 0, control.start()) + 1 + line_offset
        col = control.start() - (text.rfind("\n", 0, control.start()) + 1) + 1
        raise ReadError("E117", {"codepoint": f"{ord(control.group()):04X}"}, line=line, col=col)
    if text.count("[") + text.count("{") > _PARSER_GUARD:
        depth = 0
        for index, char in enumerate(text):
            if char in "[{":
                depth += 1
                if depth > _PARSER_GUARD:
                    line = text.count("\n", 0, index) + 1 + line_offset
                    raise ReadError("E108", {"limit": MAX_DEPTH}, line=line, col=1)
            elif char in "]}":
                depth = max(0, depth - 1)
    deep = re.search(
        rf"^ {{{_PARSER_GUARD}}}|(?:[-?] +){{{_PARSER_GUARD // 2}}}", text, re.MULTILINE
    )
    if deep is not None:
        line = text.count("\n", 0, deep.start()) + 1 + line_offset
        raise ReadError("E108", {"limit": MAX_DEPTH}, line=line, col=1)
