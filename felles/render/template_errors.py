"""Jinja2's errors in Danish: a syntax error (an unclosed block where it opens), what the
sandbox refuses, and a value that is not there, at the template's line. Never a traceback."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Final

from felles.render.template_values import one_line

# Jinja2's syntax errors, in Danish; anything else keeps its words in parentheses.
_SYNTAX: Final = [
    (re.compile(r"Encountered unknown tag '([^']*)'"), "ukendt tag »{0}«"),
    (re.compile(r"unexpected char '(.*)' at \d+"), "uventet tegn »{0}«"),
    (re.compile(r"expected token '([^']*)', got '([^']*)'"), "her skal stå »{0}«, ikke »{1}«"),
    (re.compile(r"Expected an expression, got '([^']*)'"), "der mangler et udtryk før »{0}«"),
    (re.compile(r"unexpected '([^']*)'"), "uventet »{0}«"),
]
TEXT: Final = {
    "unclosed": "»{{% {tag} %}}« lukkes aldrig (der mangler »{{% end{tag} %}}«)",
    "ends inside": "skabelonen slutter midt i en blok",
    "syntax": "syntaksfejl ({message})",
    "syntax bare": "syntaksfejl",
    "private": "'{name}' må ikke bruges i en skabelon (navne, der begynder med _, "
    "og Pythons indre dele er spærret)",
    "not callable": "{name} må ikke kaldes i en skabelon",
    "too big": "skabelonen vil lave en tekst, liste eller et tal, der er for stort",
    "refused": "skabelonen gør noget, der er spærret i en skabelon",
    "no field": "feltet »{name}« findes ikke",
    "undefined": "'{name}' findes ikke blandt skabelonens værdier",
}
_OPENS: Final = re.compile(
    r"\{%-?\s*(if|for|macro|call|filter|block|with|autoescape|raw|trans)\b"
    r"|\{%-?\s*set\s+[\w.]+\s*-?%\}"
    r"|\{%-?\s*end(\w+)"
)


def syntax_problem(error: Any, source: str) -> tuple[int | None, str]:
    """(line, Danish reason) of a syntax error; an unclosed block is reported where it
    opens (Jinja2 says where the file ends)."""
    message = one_line(error.message or "")
    if message.startswith("Unexpected end of template"):
        opened = _unclosed(source)
        if opened is not None:
            tag, line = opened
            return line, TEXT["unclosed"].format(tag=tag)
        return error.lineno, TEXT["ends inside"]
    for pattern, danish in _SYNTAX:
        found = pattern.search(message)
        if found is not None:
            return error.lineno, danish.format(*found.groups())
    return error.lineno, TEXT["syntax"].format(message=message) if message else TEXT["syntax bare"]


def _unclosed(source: str) -> tuple[str, int] | None:
    """The innermost block tag left open at the end of `source`, and its line."""
    stack: list[tuple[str, int]] = []
    for found in _OPENS.finditer(source):
        line = source.count("\n", 0, found.start()) + 1
        if found.group(2) is not None:
            if stack and stack[-1][0] == found.group(2):
                stack.pop()
        else:
            stack.append((found.group(1) or "set", line))
    return stack[-1] if stack else None


def unsafe_reason(message: str) -> str:
    """The sandbox's English complaint, in Danish."""
    found = re.search(r"attribute '([^']*)'", message)
    if found is not None:
        return TEXT["private"].format(name=found.group(1))
    found = re.search(r"^(.*?) is not safely callable", message)
    if found is not None:
        return TEXT["not callable"].format(name=found.group(1))
    if any(word in message for word in ("too large", "too long", "too wide", "Range too big")):
        return TEXT["too big"]
    return TEXT["refused"]


def undefined_reason(message: str) -> str:
    """Jinja2's 'is undefined' and 'has no attribute', in Danish."""
    found = re.search(r"has no attribute '([^']*)'", message)
    if found is not None:
        name = found.group(1)
        return (
            unsafe_reason(message) if name.startswith("_") else TEXT["no field"].format(name=name)
        )
    found = re.match(r"'([^']*)' is undefined", message)
    if found is not None:
        return TEXT["undefined"].format(name=found.group(1))
    return message


def line_in(path: Path, error: BaseException) -> int | None:
    """The line of the template where `error` happened (Jinja2 maps its frames to it)."""
    name = str(path)
    line = None
    tb = error.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == name:
            line = tb.tb_lineno
        tb = tb.tb_next
    return line
