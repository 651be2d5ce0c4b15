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
    result: T = _convert(cls, data, None)
    return result


@dataclasses.dataclass(frozen=True)
class _Field:
    type: Any
    pattern: re.Pattern[str] | None


@functools.cache
def _fields(cls: type) -> tuple[dict[str, _Field], frozenset[str]]:
    hints = get_type_hints(cls)
    fields = {
        f.name: _Field(hints[f.name], _compiled(f.metadata.get("pattern")))
        for f in dataclasses.fields(cls)
    }
    required = frozenset(
        f.name
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


def _convert(tp: Any, value: Any, pattern: re.Pattern[str] | None) -> Any:
    if dataclasses.is_dataclass(tp):
        if not isinstance(value, dict):
            raise BuildError
        fields, required = _fields(tp)  # type: ignore[arg-type]
        if not required <= value.keys() or not value.keys() <= fields.keys():
            raise BuildError
        return tp(  # type: ignore[operator]
            **{
                key: _convert(fields[key].type, item, fields[key].pattern)
                for key, item in value.items()
            }
        )
    origin = get_origin(tp)
    if origin is list:
        if not isinstance(value, list):
            raise BuildError
        (item_type,) = get_args(tp)
        return [_convert(item_type, item, pattern) for item in value]
    if origin is typing.Union or origin is types.UnionType:
        if value is None and type(None) in get_args(tp):
            return None
        for option in get_args(tp):
            if option is not type(None):
                try:
                    return _convert(option, value, pattern)
                except BuildError:
                    continue
        raise BuildError
    if origin is typing.Literal:
        if isinstance(value, str) and value in get_args(tp):
            return value
        raise BuildError
    if tp is str and type(value) is str:
        if pattern is not None and pattern.match(value) is None:
            raise BuildError
        return value
    if tp in (int, bool) and type(value) is tp:
        return value
    raise BuildError
