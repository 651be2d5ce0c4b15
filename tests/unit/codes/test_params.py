"""Every place that raises or reports a code passes exactly the parameters its message names.

A missing parameter would show a user a raw placeholder (or, since `render` guards
against that, an ellipsis); a misspelt one is lost. The source is read with `ast`:
every call with a code literal ("E105", "U001", …) among its arguments, its dict
literal and keyword arguments taken as the message's parameters. A few helpers add
parameters of their own (listed in WRAPPERS).
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from felles.codes import CODES, MISSING, fields, render

PACKAGE = Path(__file__).resolve().parents[3] / "felles"
CODE = re.compile(r"[EWU]\d{3}\Z")
# Keyword arguments that are not message parameters.
NOT_PARAMS = {"path", "line", "col", "exit_code"}
# Helpers that fill parameters themselves: name → the parameters they add.
WRAPPERS = {
    "_at": {"title"},  # checks/calendar_rules.py: the activity's title
    "problem": {"column"},  # survey/responses.py: the column letter, when there is a column
}


@dataclass(frozen=True)
class Site:
    where: str
    code: str
    params: frozenset[str]  # given at the call
    filled: frozenset[str]  # that the helper called may add


def _callee(node: ast.Call) -> str:
    func = node.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def sites() -> list[Site]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.parent.name == "codes":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            codes = [
                arg.value
                for arg in node.args
                if isinstance(arg, ast.Constant)
                and isinstance(arg.value, str)
                and CODE.match(arg.value)
            ]
            if len(codes) != 1:
                continue
            params: set[str] = set()
            known = True
            for arg in node.args:
                if isinstance(arg, ast.Dict):
                    for key in arg.keys:
                        if isinstance(key, ast.Constant) and isinstance(key.value, str):
                            params.add(key.value)
                        else:
                            known = False  # {**other}: not checkable here
            for keyword in node.keywords:
                if keyword.arg is None:
                    known = False
                elif keyword.arg not in NOT_PARAMS:
                    params.add(keyword.arg)
            filled = frozenset(WRAPPERS.get(_callee(node), set()))
            if known:
                where = f"{path.relative_to(PACKAGE.parent)}:{node.lineno}"
                found.append(Site(where, codes[0], frozenset(params), filled))
    return found


SITES = sites()


def test_the_scan_finds_the_raise_sites() -> None:
    codes = {site.code for site in SITES}
    assert len(SITES) > 100
    assert {"E105", "E204", "E301", "U001", "W501", "E618", "U037"} <= codes


@pytest.mark.parametrize("site", SITES, ids=[f"{s.code}@{s.where}" for s in SITES])
def test_parameters_match_the_message(site: Site) -> None:
    assert site.code in CODES, f"{site.where}: unknown code {site.code}"
    wanted = fields(CODES[site.code].message)
    assert site.params <= wanted, f"{site.where}: {sorted(site.params - wanted)} not in the message"
    missing = wanted - site.params - site.filled
    assert not missing, f"{site.where}: the message needs {sorted(missing)}"


@pytest.mark.parametrize("code", sorted(CODES))
def test_a_missing_parameter_never_shows_a_placeholder(code: str) -> None:
    text = render(code, {})
    assert "{" not in text and "}" not in text
    if fields(CODES[code].message):
        assert MISSING in text
