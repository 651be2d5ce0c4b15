"""The one model builder agrees with pydantic on every input.

`build_model` converts data that fit without pydantic and hands everything else to
it; `validation.validate` is pydantic alone. Over the whole case corpus, a small
programme (tests/helpers/tree.py) and random documents shaped like the model, both
must accept and reject the same inputs, build equal objects, and report the same
findings. And whatever the fast converter accepts on its own, pydantic accepts too, as
the same object: that is what lets `felles next` skip pydantic.
"""

from __future__ import annotations

import dataclasses
import tempfile
import types
import typing
from pathlib import Path
from typing import Any, get_args, get_origin, get_type_hints

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from felles.content import model, pairs_model, survey_model
from felles.content.build import BuildError, build, build_model
from felles.content.document import Document
from felles.content.kinds import KINDS, FileKind
from felles.content.reader import read_front_matter, read_yaml
from felles.content.validation import validate
from felles.errors import ReadError
from tests.helpers.tree import SURVEY, programme

TESTS = Path(__file__).resolve().parents[2]
CASES = sorted((TESTS / "cases").glob("*/content"))


def _kind(relative: str) -> FileKind | None:
    for kind in KINDS.values():
        folder = kind.folder
        if relative == kind.path or (folder and relative.startswith(folder + "/")):
            return kind
    return None


def _documents(roots: list[Path]) -> list[tuple[str, FileKind, Document]]:
    found = []
    for root in roots:
        for path in sorted(root.rglob("*")):
            if path.is_symlink() or not path.is_file():
                continue
            relative = path.relative_to(root).as_posix()
            kind = _kind(relative)
            if kind is None:
                continue
            try:
                doc = (read_front_matter if kind.front_matter else read_yaml)(path)
            except ReadError:
                continue  # the reader's findings, not the model's
            found.append((f"{root.parent.name}/{relative}", kind, doc))
    return found


def _scaffolded_draft(root: Path) -> tuple[str, FileKind, Document]:
    """A leader's draft as `felles grundlag new` makes it (the corpus keeps no drafts)."""
    from datetime import date

    from felles.content.load import load
    from felles.content.locate import ContentDir
    from felles.content.reader import parse_yaml, split_front_matter
    from felles.render.scaffold import scaffold, template

    content = load(ContentDir(root, "option"), root.parent)
    text = scaffold(content, "Anna Andersen", date(2027, 1, 8), template(content.dir.path))
    data, positions = parse_yaml(split_front_matter(text)[0], line_offset=1)
    return (
        "scaffold/anna-andersen.md",
        KINDS["ledelsesgrundlag"],
        Document(Path("d"), data, positions),
    )


def _corpus() -> list[tuple[str, FileKind, Document]]:
    """The case corpus, and a whole small programme with its survey and a draft."""
    with tempfile.TemporaryDirectory() as folder:
        built = programme(Path(folder) / "programme" / "content", survey=SURVEY)
        return [*_documents([*CASES, built]), _scaffolded_draft(built)]


DOCUMENTS = _corpus()


def _agree(cls: type[Any], doc: Document) -> None:
    one, one_findings = build_model(cls, doc, "f")
    alone, alone_findings = validate(cls, doc, "f")
    assert (one is None) == (alone is None)
    assert one == alone
    assert one_findings == alone_findings
    try:
        fast = build(cls, doc.data)
    except BuildError:
        return
    assert alone is not None and fast == alone, "the fast path accepted what pydantic rejects"


def test_the_corpus_has_documents_of_every_kind() -> None:
    kinds = {kind.name for _, kind, _ in DOCUMENTS}
    assert kinds == set(KINDS)
    assert len(DOCUMENTS) > 20


@pytest.mark.parametrize(("name", "kind", "doc"), DOCUMENTS, ids=[d[0] for d in DOCUMENTS])
def test_builder_and_pydantic_agree_on_the_corpus(name: str, kind: FileKind, doc: Document) -> None:
    _agree(kind.cls(), doc)


def test_a_phase_id_with_a_space_is_refused_by_both() -> None:
    data = {"id": "Aktiv Visionsledelse", "number": 2, "title": "T", "period": {"start": "2018"}}
    doc = Document(Path("x.md"), data, {})
    with pytest.raises(BuildError):
        build(model.PhaseMeta, data)
    meta, findings = build_model(model.PhaseMeta, doc, "x.md")
    assert meta is None and [f.code for f in findings] == ["E204"]


# --- random documents shaped like the model -----------------------------------------

_ANY_SCALAR = st.none() | st.booleans() | st.integers(-5, 3000) | st.text(max_size=12)
ANYTHING = st.recursive(
    _ANY_SCALAR,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=6,
)
# Near misses of the date, id and clock patterns and of the choices, as an author writes them.
NEAR = st.sampled_from(
    [
        "2018", "2018-06", "2018-06-08", "2018-06-08 12:00", "2018-6-8", "2018-06-08T12:00",
        "2018-06-08 12:00\n", "2018-06\n", " 2018", "2018-13", "12:00", "9:30", "12:00\n",
        "aktiv-visionsledelse", "Aktiv Visionsledelse", "a--b", "-a", "a-", "æble", "a\n",
        "seminar", "Seminar", "alle", "grupper", "udkast", "udgivet", "", "٢٠١٨", "5", True, 0,
    ]
)  # fmt: skip


def _valid(tp: Any, pattern: str | None) -> st.SearchStrategy[Any]:
    """Values that fit the declared type (and pattern), as the reader would give them."""
    if dataclasses.is_dataclass(tp):
        return _valid_document(tp)  # type: ignore[arg-type]
    origin = get_origin(tp)
    if origin is list:
        (item,) = get_args(tp)
        return st.lists(_valid(item, pattern), max_size=2)
    if origin in (typing.Union, types.UnionType):
        options = [arg for arg in get_args(tp) if arg is not type(None)]
        return st.one_of(st.none(), *(_valid(option, pattern) for option in options))
    if origin is typing.Literal:
        return st.sampled_from(get_args(tp))
    if tp is str:
        return st.from_regex(pattern, fullmatch=True) if pattern else st.text(max_size=8)
    assert tp is int, tp
    return st.integers(0, 40)


@st.composite
def _valid_document(draw: st.DrawFn, cls: type[Any]) -> dict[str, Any]:
    hints = get_type_hints(cls)
    data: dict[str, Any] = {}
    for f in dataclasses.fields(cls):
        optional = (
            f.default is not dataclasses.MISSING or f.default_factory is not dataclasses.MISSING
        )
        if not optional or draw(st.booleans()):
            data[f.name] = draw(_valid(hints[f.name], f.metadata.get("pattern")))
    return data


@st.composite
def _mutated(draw: st.DrawFn, cls: type[Any]) -> dict[str, Any]:
    """A valid document with up to two things wrong in it (or none)."""
    document = draw(_valid_document(cls))
    for _ in range(draw(st.integers(0, 2))):
        node: Any = document
        # Walk down to a random container, then break one of its entries.
        while True:
            keys = list(node) if isinstance(node, dict) else list(range(len(node)))
            if not keys:
                break
            key = draw(st.sampled_from(keys))
            child = node[key]
            if isinstance(child, dict | list) and child and draw(st.booleans()):
                node = child
                continue
            action = draw(st.sampled_from(["near", "anything", "drop", "extra"]))
            if action == "drop":
                del node[key]
            elif action == "extra" and isinstance(node, dict):
                node[draw(st.sampled_from(["titel", "x", "When"]))] = draw(NEAR)
            else:
                node[key] = draw(NEAR if action == "near" else ANYTHING)
            break
    return document


MODELS = [
    model.Programme,
    model.LearningGoals,
    model.Groups,
    model.PhaseMeta,
    model.DraftMeta,
    survey_model.Survey,
    pairs_model.Pairing,
]


@pytest.mark.parametrize("cls", MODELS, ids=[cls.__name__ for cls in MODELS])
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_builder_and_pydantic_agree_on_random_documents(
    cls: type[Any], data: st.DataObject
) -> None:
    document = data.draw(_mutated(cls))
    _agree(cls, Document(Path("x"), document, {}))


@pytest.mark.parametrize(
    ("cls", "data", "field"),
    [
        (model.Groups, {"groups": [{"number": True, "members": [{"name": "A"}]}]}, "number"),
        (
            model.PhaseMeta,
            {"id": "a", "number": True, "title": "T", "period": {"start": "2018"}},
            "number",
        ),
    ],
)
def test_a_yaml_boolean_is_never_a_number_for_either(
    cls: type[Any], data: dict[str, Any], field: str
) -> None:
    """`true` is not sparring group 1 nor phase 1: pydantic's lax mode would take it."""
    doc = Document(Path("x.yaml"), data, {})
    with pytest.raises(BuildError):
        build(cls, data)
    built, findings = build_model(cls, doc, "x.yaml")
    assert built is None and [(f.code, f.params["field"]) for f in findings] == [("E203", field)]
    assert "ikke true eller false" in findings[0].message
