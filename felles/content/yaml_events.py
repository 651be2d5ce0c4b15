"""Python values from libyaml's events, built one event at a time (reader.parse_yaml feeds
them; see reader.py's docstring for the rules).

Plain scalars become None, true/false, decimal integers, or the text as written; a
duplicate key, an anchor or alias, an explicit tag, or nesting deeper than MAX_DEPTH is
an error at its line. The values hang on an explicit stack of open mappings and lists,
so depth cannot overflow the C stack.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Final

import yaml

from felles.content.document import Loc, Positions
from felles.errors import ReadError

MAX_DEPTH: Final = 40
_NULLS: Final = frozenset({"", "~", "null", "Null", "NULL"})
_TRUE: Final = frozenset({"true", "True", "TRUE"})
_FALSE: Final = frozenset({"false", "False", "FALSE"})
_INT = re.compile(r"[-+]?(?:0|[1-9][0-9]{0,17})\Z")
_STR_TAGS: Final = frozenset({"tag:yaml.org,2002:str", "!"})

Spans = dict[Loc, tuple[int, int]]


# libyaml (YAML 1.1) takes these for line breaks; editors and GitHub do not, and YAML 1.2
# does not: inside a value they would break the line numbers or the value itself. They
# stand in for themselves as private-use characters while libyaml reads the text.
_ODD_BREAKS: Final = ("\u2028", "\u2029", "\x85")


def shield(text: str) -> tuple[str, dict[str, str]]:
    """`text` with U+2028, U+2029 and U+0085 replaced by private-use characters it lacks,
    and the map back (empty when there was nothing to replace)."""
    found = [char for char in _ODD_BREAKS if char in text]
    if not found:
        return text, {}
    free = (chr(code) for code in range(0xE000, 0xF900) if chr(code) not in text)
    back = {next(free): char for char in found}
    for stand_in, char in back.items():
        text = text.replace(char, stand_in)
    return text, back


def _unshield(value: str, back: dict[str, str]) -> str:
    for stand_in, char in back.items():
        value = value.replace(stand_in, char)
    return value


@dataclass
class _Frame:
    container: dict[str, Any] | list[Any]
    loc: Loc
    key: str | None = None
    seen: dict[str, int] = field(default_factory=dict)


class ValueBuilder:
    """The value of one YAML document and its positions, built event by event."""

    def __init__(self, line_offset: int, back: dict[str, str], spans: Spans | None) -> None:
        self.line_offset, self.back, self.spans = line_offset, back, spans
        self.positions: Positions = {}
        self.stack: list[_Frame] = []
        self.root: Any = None
        self.documents = 0

    def add(self, event: Any) -> None:
        kind = type(event)
        if kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
            self.stack.pop()
            return
        if kind is yaml.DocumentStartEvent:
            self.documents += 1
            if self.documents > 1:
                raise _error("E113", event, self.line_offset)
            return
        if kind not in _NODE_EVENTS:
            return
        if kind is yaml.AliasEvent or event.anchor is not None:
            raise _error("E106", event, self.line_offset)
        if event.tag is not None and event.tag not in _PLAIN_TAGS[kind]:
            raise _error("E107", event, self.line_offset, tag=event.tag)
        pos = (event.start_mark.line + 1 + self.line_offset, event.start_mark.column + 1)
        top = self.stack[-1] if self.stack else None
        if top is not None and isinstance(top.container, dict) and top.key is None:
            self._key(event, kind, top, pos)
        else:
            self._value(event, kind, top, pos)

    def _key(self, event: Any, kind: type, top: _Frame, pos: tuple[int, int]) -> None:
        """A mapping's key: text, given once."""
        if kind is not yaml.ScalarEvent:
            raise _error("E115", event, self.line_offset)
        key = _unshield(event.value, self.back) if self.back else event.value
        if key in top.seen:
            raise _error("E105", event, self.line_offset, key=key, first=top.seen[key])
        top.seen[key] = pos[0]
        top.key = key
        self.positions[(*top.loc, key)] = pos

    def _value(self, event: Any, kind: type, top: _Frame | None, pos: tuple[int, int]) -> None:
        """A value: the document's root, a mapping's value or a list's item."""
        value: Any
        if kind is yaml.ScalarEvent:
            value = _scalar(event)
            if self.back and isinstance(value, str):
                value = _unshield(value, self.back)
        else:
            value = {} if kind is yaml.MappingStartEvent else []
        loc = self._place(value, top, pos)
        if kind is yaml.ScalarEvent:
            if self.spans is not None:
                self.spans[loc] = (event.start_mark.index, event.end_mark.index)
            return
        if len(self.stack) >= MAX_DEPTH:
            raise _error("E108", event, self.line_offset, limit=MAX_DEPTH)
        self.stack.append(_Frame(value, loc))

    def _place(self, value: Any, top: _Frame | None, pos: tuple[int, int]) -> Loc:
        """Put `value` where it belongs; its location."""
        if top is None:
            self.root = value
            self.positions[()] = pos
            return ()
        if isinstance(top.container, dict):
            assert top.key is not None
            loc = (*top.loc, top.key)
            top.container[top.key] = value
            top.key = None
            return loc
        loc = (*top.loc, len(top.container))
        self.positions[loc] = pos
        top.container.append(value)
        return loc


_NODE_EVENTS: Final = frozenset(
    {yaml.ScalarEvent, yaml.MappingStartEvent, yaml.SequenceStartEvent, yaml.AliasEvent}
)


# The only explicit tags allowed: those that change nothing.
_PLAIN_TAGS: Final[dict[type, frozenset[str]]] = {
    yaml.ScalarEvent: _STR_TAGS,
    yaml.SequenceStartEvent: frozenset({"tag:yaml.org,2002:seq", "!"}),
    yaml.MappingStartEvent: frozenset({"tag:yaml.org,2002:map", "!"}),
    yaml.AliasEvent: frozenset(),
}


def _scalar(event: Any) -> Any:
    value: str = event.value
    # The C parser marks plain scalars with style '', the Python one with None.
    if event.style or event.tag is not None:
        return value
    if value in _NULLS:
        return None
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    if _INT.match(value):
        return int(value)
    return value


def _error(code: str, event: Any, line_offset: int, **params: Any) -> ReadError:
    mark = event.start_mark
    return ReadError(code, params, line=mark.line + 1 + line_offset, col=mark.column + 1)
