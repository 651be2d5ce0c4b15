"""`problems()` reads a template without running it: its syntax errors and every access
to a `_` name, at their lines (for `felles validate`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Final, NamedTuple

from felles.render.template_errors import syntax_problem
from felles.render.templates import environment

_ATTRIBUTE_FILTERS: Final = frozenset(
    {
        "attr",
        "map",
        "selectattr",
        "rejectattr",
        "sort",
        "groupby",
        "sum",
        "unique",
        "min",
        "max",
        "join",
    }
)


class Problem(NamedTuple):
    """Something in a template that stops it from being used: `kind` is 'syntax' (`detail`
    says what, in Danish) or 'unsafe' (`detail` is the `_` name it reaches for)."""

    line: int | None
    detail: str
    kind: str


def problems(path: Path, source: str) -> list[Problem]:
    """What stops the template `source` (at `path`) from being used, read without running
    it: a syntax error, or each access to an attribute or item whose name begins with `_`
    (what the sandbox refuses; dynamic names are refused when it runs)."""
    import jinja2
    from jinja2 import nodes

    try:
        tree = environment(path.parent, html=False).parse(source, path.name, str(path))
    except jinja2.TemplateSyntaxError as error:
        return [Problem(*syntax_problem(error, source), kind="syntax")]
    found: list[Problem] = []
    for node in tree.find_all((nodes.Getattr, nodes.Getitem, nodes.Filter, nodes.Test)):
        for name in _reached_names(node):
            if name.startswith("_"):
                found.append(Problem(node.lineno, name, "unsafe"))
    return sorted(set(found), key=lambda p: (p.line or 0, p.detail))


def _reached_names(node: Any) -> list[str]:
    """The attribute and item names a node reaches for, when they are written out."""
    from jinja2 import nodes

    if isinstance(node, nodes.Getattr):
        return [node.attr]
    if isinstance(node, nodes.Getitem):
        return [str(node.arg.value)] if _is_text(node.arg) else []  # type: ignore[attr-defined]
    if node.name not in _ATTRIBUTE_FILTERS:
        return []
    constants = [*node.args, *(keyword.value for keyword in node.kwargs)]
    names = [c.value for c in constants if _is_text(c)]
    return [part for name in names for part in name.split(".")]


def _is_text(node: Any) -> bool:
    from jinja2 import nodes

    return isinstance(node, nodes.Const) and isinstance(node.value, str)
