"""The one model builder: the model's dataclasses from read YAML, agreeing with pydantic.

Importing pydantic and building its validators costs more than the whole start-up
budget of `felles next`. So clean data are converted here, checking exactly what
pydantic checks for this model: the dataclass fields (required, no unknown ones),
the types as the reader produces them, the `Literal` choices and each field's
`pattern`. Anything that does not fit raises `BuildError`, and the caller hands the
document to pydantic (`validation.py`), which either accepts it the same way (its
lax mode takes a few forms this builder leaves to it, such as "5" for an int) or
says why not, at the right line. `tests/unit/content/test_build.py` runs both over
the case corpus and random documents and checks that they agree.
"""

from __future__ import annotations

import dataclasses
import functools
import re
import types
import typing
from typing import TYPE_CHECKING, Any, TypeVar, get_args, get_origin, get_type_hints

if TYPE_CHECKING:
    from collections.abc import Callable

    from felles.content.document import Document
    from felles.findings import Finding

T = TypeVar("T")


class BuildError(Exception):
    """The data does not fit the model exactly."""


def build_model(cls: type[T], doc: Document, display: str) -> tuple[T | None, list[Finding]]:
    """The document's data as `cls`, or None and the findings that say why not.

    The same answer as pydantic alone (`validation.validate`), without importing it
    for data that fit.
    """
    try:
        return build(cls, doc.data), []
    except BuildError:
        from felles.content.validation import validate

        return validate(cls, doc, display)


def build(cls: type[T], data: Any) -> T:
    """`data` as `cls` if it fits exactly; BuildError if not (see the module docstring)."""
    result: T = _converter(typing.cast(Any, cls), None)(data)
    return result


@dataclasses.dataclass(frozen=True)
class _Field:
    type: Any
    pattern: re.Pattern[str] | None


@functools.cache
def _fields(cls: type) -> tuple[dict[str, _Field], frozenset[str]]:
    hints = get_type_hints(cls)
    fields = {
        f.metadata.get("alias", f.name): _Field(hints[f.name], _compiled(f.metadata.get("pattern")))
        for f in dataclasses.fields(cls)
    }
    required = frozenset(
        f.metadata.get("alias", f.name)
        for f in dataclasses.fields(cls)
        if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
    )
    return fields, required


def _compiled(pattern: str | None) -> re.Pattern[str] | None:
    """The pattern as pydantic's regex engine reads it: `$` is the very end of the text
    (Python's `$` would also match before a final line break)."""
    if pattern is None:
        return None
    if pattern.endswith("$") and not pattern.endswith("\\$"):
        pattern = pattern[:-1] + r"\Z"
    return re.compile(pattern)


@functools.cache
def _converter(tp: Any, pattern: re.Pattern[str] | None) -> Callable[[Any], Any]:
    """The function that converts a value to `tp`, worked out once per type: a draft's
    front matter is converted ten thousand times at scale."""
    if dataclasses.is_dataclass(tp):
        return _dataclass_converter(tp)
    origin = get_origin(tp)
    if origin is list:
        (item_type,) = get_args(tp)
        item = _converter(item_type, pattern)

        def convert_list(value: Any) -> Any:
            if not isinstance(value, list):
                raise BuildError
            return [item(entry) for entry in value]

        return convert_list
    if origin is typing.Union or origin is types.UnionType:
        optional = type(None) in get_args(tp)
        options = [_converter(o, pattern) for o in get_args(tp) if o is not type(None)]

        def convert_union(value: Any) -> Any:
            if value is None and optional:
                return None
            for option in options:
                try:
                    return option(value)
                except BuildError:
                    continue
            raise BuildError

        return convert_union
    if origin is typing.Literal:
        allowed = frozenset(a for a in get_args(tp) if isinstance(a, str))

        def convert_literal(value: Any) -> Any:
            if isinstance(value, str) and value in allowed:
                return value
            raise BuildError

        return convert_literal
    if tp is str:

        def convert_text(value: Any) -> Any:
            if type(value) is not str or (pattern is not None and pattern.match(value) is None):
                raise BuildError
            return value

        return convert_text
    if tp in (int, bool):

        def convert_plain(value: Any) -> Any:
            if type(value) is not tp:
                raise BuildError
            return value

        return convert_plain

    def refuse(value: Any) -> Any:
        raise BuildError

    return refuse


def _dataclass_converter(tp: Any) -> Callable[[Any], Any]:
    fields, required = _fields(tp)
    names = {f.metadata.get("alias", f.name): f.name for f in dataclasses.fields(tp)}
    converters: dict[str, Callable[[Any], Any]] = {}  # filled at first use (nested types)

    def convert_dataclass(value: Any) -> Any:
        if not isinstance(value, dict):
            raise BuildError
        if not required <= value.keys() or not value.keys() <= fields.keys():
            raise BuildError
        if not converters:
            converters.update({k: _converter(f.type, f.pattern) for k, f in fields.items()})
        return tp(**{names[key]: converters[key](item) for key, item in value.items()})

    return convert_dataclass
