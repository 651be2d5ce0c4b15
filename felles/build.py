"""Build the model's dataclasses from read YAML without pydantic.

Importing pydantic and building its validators costs more than the whole
start-up budget of `felles next`. Content that CI has already validated is
converted here with exact type checks; anything unexpected raises
`BuildError`, and the caller falls back to full validation (validation.py),
which reports it properly. So this never has to explain an error.
"""

from __future__ import annotations

import dataclasses
import functools
import types
import typing
from typing import Any, TypeVar, get_args, get_origin, get_type_hints

T = TypeVar("T")


class BuildError(Exception):
    """The data does not fit the model exactly."""


def build(cls: type[T], data: Any) -> T:
    result: T = _convert(cls, data)
    return result


@functools.cache
def _fields(cls: type) -> tuple[dict[str, Any], frozenset[str]]:
    hints = get_type_hints(cls)
    names = {f.name: hints[f.name] for f in dataclasses.fields(cls)}
    required = frozenset(
        f.name
        for f in dataclasses.fields(cls)
        if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
    )
    return names, required


def _convert(tp: Any, value: Any) -> Any:
    if dataclasses.is_dataclass(tp):
        if not isinstance(value, dict):
            raise BuildError
        hints, required = _fields(tp)  # type: ignore[arg-type]
        if not required <= value.keys() or not value.keys() <= hints.keys():
            raise BuildError
        return tp(**{key: _convert(hints[key], item) for key, item in value.items()})  # type: ignore[operator]
    origin = get_origin(tp)
    if origin is list:
        if not isinstance(value, list):
            raise BuildError
        (item_type,) = get_args(tp)
        return [_convert(item_type, item) for item in value]
    if origin is typing.Union or origin is types.UnionType:
        if value is None and type(None) in get_args(tp):
            return None
        for option in get_args(tp):
            if option is not type(None):
                try:
                    return _convert(option, value)
                except BuildError:
                    continue
        raise BuildError
    if origin is typing.Literal:
        if value in get_args(tp) and isinstance(value, str):
            return value
        raise BuildError
    if tp in (str, int, bool) and type(value) is tp:
        return value
    raise BuildError
