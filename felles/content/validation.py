"""Validate read documents against the model with pydantic, as Danish findings.

pydantic's own messages are English and name no line; here each error becomes
a finding at the line of the offending key, with a "mente du …?" hint for a
misspelt or Danish field name.
"""

from __future__ import annotations

import dataclasses
import difflib
import functools
import types
import typing
from typing import Any, Final, TypeVar, get_args, get_origin, get_type_hints

from pydantic import TypeAdapter, ValidationError

from felles.content import field_words, model
from felles.content.document import Document, Loc
from felles.findings import Finding

T = TypeVar("T")

# The fragments a finding's message is made of (E201, E203, E204).
TEXT: Final = {
    # An unknown field with no value and a space in its name is, nearly always, the rest
    # of a value that a comma cut off inside a flow mapping ({place: Rådhuset, lokale 3}).
    "comma": " – et komma afslutter en værdi inde i { … }; sæt værdien i anførselstegn, "
    'fx place: "Rådhuset, lokale 3"',
    "meant": " – mente du »{guess}«?",
    "allowed": "; tilladte felter: {names}",
    "choices": "brug en af: {choices}",
    "or": " eller ",
    "pattern": "skal passe til {pattern}",
    "quote": ' – skriv den i anførselstegn: "{value}"',
    "other_type": "en anden type",
    "other_value": "noget andet",
}
_TYPE_WORDS: Final = {
    "str": "tekst",
    "int": "et helt tal",
    "bool": "true eller false",
    "list": "en liste",
    "dict": "nøgler med værdier (nøgle: værdi)",
    "NoneType": "tom",
    "float": "et kommatal",
}
_PATTERN_WORDS: Final = {
    model.ID_PATTERN: "id'er skrives med små bogstaver a–z, tal og bindestreg (fx aktiv-"
    "visionsledelse)",
    model.WHEN_PATTERN: "skriv 2018-11-08 12:00, 2018-11-08, 2018-11 eller 2018",
    model.DAY_PATTERN: "skriv datoen som ÅÅÅÅ-MM-DD, fx 2018-06-08",
    model.TIME_PATTERN: "skriv klokkeslæt som TT:MM, fx 09:30",
}


@functools.cache
def _adapter(cls: type[Any]) -> TypeAdapter[Any]:
    return TypeAdapter(cls)


def validate(cls: type[T], doc: Document, display: str) -> tuple[T | None, list[Finding]]:
    """The model object, or None and the findings that explain why not.

    A YAML boolean is never a number (pydantic's lax mode takes `true` for 1, so
    `group: true` would be sparring group 1): each is an E203 at its line, as the fast
    builder (`build.py`) refuses it too."""
    booleans = [_boolean(cls, doc, display, loc) for loc in _booleans_for_ints(cls, doc.data, ())]
    try:
        result: T = _adapter(cls).validate_python(doc.data)  # type: ignore[arg-type]
    except ValidationError as exc:
        findings = [_finding(cls, doc, display, error) for error in exc.errors()]
        return None, list(dict.fromkeys([*booleans, *findings]))
    return (None, booleans) if booleans else (result, [])


def _booleans_for_ints(cls: type[Any], value: Any, loc: Loc) -> typing.Iterator[Loc]:
    """Where the data hold true/false and the model a whole number."""
    if isinstance(value, bool):
        if _unwrap_optional(_type_at(cls, loc)) is int:
            yield loc
    elif isinstance(value, dict):
        for key, item in value.items():
            if isinstance(key, str):
                yield from _booleans_for_ints(cls, item, (*loc, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _booleans_for_ints(cls, item, (*loc, index))


def _boolean(cls: type[Any], doc: Document, display: str, loc: Loc) -> Finding:
    line, col = doc.where(loc)
    field = next((str(part) for part in reversed(loc) if isinstance(part, str)), "?")
    params = {"field": field, "expected": _TYPE_WORDS["int"], "found": _TYPE_WORDS["bool"]}
    return Finding(display, line, col, "E203", {**params, "hint": ""})


def _finding(cls: type[Any], doc: Document, display: str, error: Any) -> Finding:
    loc: Loc = tuple(part for part in error["loc"] if isinstance(part, str | int))
    kind: str = error["type"]
    field = str(loc[-1]) if loc else "?"
    line, col = doc.where(loc)
    if kind in ("unexpected_keyword_argument", "extra_forbidden"):
        hint = _hint(field, _field_names(cls, loc[:-1]))
        if error.get("input") is None and " " in field.strip():
            hint = TEXT["comma"]  # `{place: Rådhuset, lokale 3}`: the comma ended the value
        return Finding(display, line, col, "E201", {"field": field, "hint": hint})
    if kind in ("missing", "missing_argument"):
        what = field_words.holds(field)
        return Finding(display, line, col, "E202", {"field": field, "what": what})
    if kind == "literal_error":
        # pydantic lists the choices as "'a', 'b' or 'c'": keep the list, not its English.
        choices = error.get("ctx", {}).get("expected", "").replace("'", "")
        expected = TEXT["choices"].format(choices=choices.replace(" or ", TEXT["or"]))
        return Finding(
            display,
            line,
            col,
            "E204",
            {"field": field, "value": _short(error.get("input")), "expected": expected},
        )
    if kind == "string_pattern_mismatch":
        pattern = error.get("ctx", {}).get("pattern", "")
        return Finding(
            display,
            line,
            col,
            "E204",
            {
                "field": field,
                "value": _short(error.get("input")),
                "expected": _PATTERN_WORDS.get(pattern, TEXT["pattern"].format(pattern=pattern)),
            },
        )
    expected = _expected_words(cls, loc)
    value = error.get("input")
    found = _TYPE_WORDS.get(type(value).__name__, TEXT["other_value"])
    hint = ""
    if expected == _TYPE_WORDS["str"] and isinstance(value, int | bool):
        hint = TEXT["quote"].format(value=value)
    return Finding(
        display,
        line,
        col,
        "E203",
        {"field": field, "expected": expected, "found": found, "hint": hint},
    )


def _short(value: Any) -> str:
    text = repr(value) if not isinstance(value, str) else f"»{value}«"
    return text if len(text) <= 40 else text[:37] + "…'"


def _hint(field: str, names: list[str]) -> str:
    guess = field_words.meant(field)
    if guess not in names:
        close = difflib.get_close_matches(field.lower(), names, n=1, cutoff=0.6)
        guess = close[0] if close else None
    if guess:
        return TEXT["meant"].format(guess=guess)
    return TEXT["allowed"].format(names=", ".join(names))


def _type_at(cls: Any, loc: Loc) -> Any:
    """The declared type at `loc` inside `cls` (None if the path leaves the model)."""
    tp: Any = cls
    for part in loc:
        tp = _unwrap_optional(tp)
        if isinstance(part, int):
            tp = get_args(tp)[0] if get_origin(tp) is list else None
        elif dataclasses.is_dataclass(tp):
            keys = {f.metadata.get("alias", f.name): f.name for f in dataclasses.fields(tp)}
            tp = get_type_hints(tp).get(keys.get(part, ""))
        else:
            return None
        if tp is None:
            return None
    return tp


def _unwrap_optional(tp: Any) -> Any:
    if get_origin(tp) in (typing.Union, types.UnionType):
        options = [arg for arg in get_args(tp) if arg is not type(None)]
        if len(options) == 1:
            return options[0]
    return tp


def _field_names(cls: Any, loc: Loc) -> list[str]:
    tp = _unwrap_optional(_type_at(cls, loc))
    if dataclasses.is_dataclass(tp):
        return [f.metadata.get("alias", f.name) for f in dataclasses.fields(tp)]
    return []


def _expected_words(cls: Any, loc: Loc) -> str:
    tp = _unwrap_optional(_type_at(cls, loc))
    if dataclasses.is_dataclass(tp):
        return _TYPE_WORDS["dict"]
    origin = get_origin(tp)
    if origin is list:
        return _TYPE_WORDS["list"]
    name = getattr(tp, "__name__", "")
    return _TYPE_WORDS.get(name, TEXT["other_type"])
