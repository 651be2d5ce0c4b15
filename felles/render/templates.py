"""The one Jinja2 environment every template is rendered in, and its errors in Danish.

Agendas, the site, the survey's form and report, and the ledelsesgrundlag scaffold
all render here, packaged and coordinators' own templates alike:

- sandboxed (`jinja2.sandbox.SandboxedEnvironment`): a template from a content
  repository runs in `felles validate` in CI and pre-commit, so it may read the values
  it is given and nothing else: no attribute or item starting with `_`
  (`cycler.__init__.__globals__` …), no unsafe callables, no giant ranges, strings,
  powers or paddings (`render/sandbox.py`). A violation is a Danish one-line error,
  never a traceback;
- StrictUndefined (a misspelt variable is an error, not an empty string);
- every value is one line: line breaks (\\r, \\n, U+0085, U+2028, U+2029 …) in a
  value become spaces, so no title or agenda item can start a line of its own (a
  Markdown heading, a `::error` workflow command);
- HTML: autoescape. Markdown (and the scaffold): `<`, an `&` that would start an entity
  and a leading `>` are escaped,
  `|` is escaped (tables), and a value that would begin a Markdown block (`# `,
  `- `, `1. `, a fence, `::`) has that marker escaped. Text that is Markdown on
  purpose is passed as `Markup` (or `| safe` in a template) and left as it is;
- the `yaml` filter for front matter values (a double-quoted YAML scalar).

`problems()` reads a template without running it: its syntax errors and every
access to a `_` name, at their lines (for `felles validate`). Jinja2 is imported
only when a template is read or rendered.
"""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, NamedTuple

from felles.errors import FellesError
from felles.render.links import unlinked

if TYPE_CHECKING:
    from markupsafe import Markup

_BLANK_LINES: Final = re.compile(r"\n[ \t]*(?:\n[ \t]*)+\n")
_YAML_RAW: Final = re.compile("[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]")
# Every character some editor, Markdown renderer, terminal or log reader takes as a break.
LINE_BREAKS: Final = re.compile(r"\r\n|[\r\n\v\f\x1c\x1d\x1e\x85\u2028\u2029]")
# A value that would open a Markdown block if it began a line. Any leading '#': renderers
# older than CommonMark (Python-Markdown) take '#ord' as a heading too.
_BLOCK_START: Final = re.compile(
    r"(?:#|[-+*](?=[ \t]|$)|[-*_=](?:[ \t]*[-*_=]){2,}[ \t]*$|=+[ \t]*$|"
    r"\d{1,9}(?=[.)](?:[ \t]|$))|`{3,}|~{3,}|\[|::)"
)
_ENTITY_START: Final = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
_UNESCAPED_PIPE: Final = re.compile(r"(?<!\\)\|")
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


# Jinja2's syntax errors, in Danish; anything else keeps its words in parentheses.
_SYNTAX: Final = [
    (re.compile(r"Encountered unknown tag '([^']*)'"), "ukendt tag »{0}«"),
    (re.compile(r"unexpected char '(.*)' at \d+"), "uventet tegn »{0}«"),
    (re.compile(r"expected token '([^']*)', got '([^']*)'"), "her skal stå »{0}«, ikke »{1}«"),
    (re.compile(r"Expected an expression, got '([^']*)'"), "der mangler et udtryk før »{0}«"),
    (re.compile(r"unexpected '([^']*)'"), "uventet »{0}«"),
]
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
            return line, f"»{{% {tag} %}}« lukkes aldrig (der mangler »{{% end{tag} %}}«)"
        return error.lineno, "skabelonen slutter midt i en blok"
    for pattern, danish in _SYNTAX:
        found = pattern.search(message)
        if found is not None:
            return error.lineno, danish.format(*found.groups())
    return error.lineno, f"syntaksfejl ({message})" if message else "syntaksfejl"


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


def yaml_text(value: Any) -> Markup:
    """A value as a double-quoted YAML scalar (JSON strings are valid YAML). What JSON
    leaves raw but YAML reads otherwise (NEL, U+2028 and U+2029 fold as line breaks) or an
    editor shows reordered (the bidirectional overrides), and C1, are `\\u` escapes."""
    from markupsafe import Markup

    quoted = json.dumps(str(value), ensure_ascii=False)
    return Markup(_YAML_RAW.sub(lambda found: f"\\u{ord(found.group()):04x}", quoted))


def one_line(text: str) -> str:
    """`text` with every line break made a space."""
    return LINE_BREAKS.sub(" ", text)


def markdown_value(value: Any) -> Any:
    """A value as it may stand in Markdown: one line, no raw HTML, no block of its own.

    Returned as Markup, so the environment's autoescape leaves it as it is; Markup
    (template text, macros, `| safe`) and non-text values pass through.
    """
    from markupsafe import Markup

    if isinstance(value, Markup) or not isinstance(value, str):
        return value
    text = one_line(value).lstrip(" \t")
    # Only what Markdown would read as markup is escaped, so the file stays readable as
    # text: '&' where it would start an entity, '<' always (raw HTML, autolinks), '>'
    # where it would start a quote ('->' in a sentence stays '->').
    text = _ENTITY_START.sub("&amp;", text).replace("<", "&lt;")
    if text.startswith(">"):
        text = "\\" + text
    text = unlinked(_UNESCAPED_PIPE.sub(r"\\|", text))
    # A value of only '#' is a heading mark a template passes on (`details(a, "##")`).
    if _BLOCK_START.match(text) and text.strip("#"):
        marker = len(text) - len(text.lstrip("0123456789"))  # '1. ' → '1\\. '
        text = text[:marker] + "\\" + text[marker:]
    if text.endswith("\\") and not text.endswith("\\\\"):
        text += "\\"  # a last backslash must not escape what the template puts next
    return Markup(text)


def _markdown_join(value: Any, separator: str = "", attribute: str | int | None = None) -> str:
    """`join` that leaves escaping to `markdown_value` (Jinja2's would escape for HTML)."""
    items = list(value)
    if attribute is not None:
        items = [_lookup(item, attribute) for item in items]
    return str(separator).join(str(item) for item in items)


def _lookup(item: Any, attribute: str | int) -> Any:
    if isinstance(attribute, str) and attribute.startswith("_"):
        from jinja2.exceptions import SecurityError

        raise SecurityError(f"access to attribute '{attribute}' is unsafe")
    try:
        return item[attribute]
    except (TypeError, LookupError):
        return getattr(item, str(attribute))


def html_value(value: Any) -> Any:
    """A value as it may stand in HTML (autoescape does the rest): one line."""
    from markupsafe import Markup

    if isinstance(value, Markup) or not isinstance(value, str):
        return value
    text = one_line(value)
    # '&#58;' is ':': a page printed in CI cannot start a '::' workflow command either.
    return Markup("&#58;") + text[1:] if text.startswith("::") else text


def environment(folder: Path, *, html: bool) -> Any:
    """The sandboxed environment for the templates in `folder` (one per folder and kind:
    `grundlag new --all` compiles its template once; a changed file is reloaded)."""
    return _environment(str(folder), html)


@functools.lru_cache(maxsize=16)
def _environment(folder: str, html: bool) -> Any:
    import jinja2

    from felles.render.sandbox import Sandbox

    # Markdown autoescapes too (with its own escaping, `markdown_value`): so template text,
    # macros and blocks are safe as written, exactly as in HTML, and only values are escaped.
    sandbox = Sandbox(
        loader=jinja2.FileSystemLoader(folder),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        finalize=html_value if html else markdown_value,
    )
    sandbox.filters["yaml"] = yaml_text
    if not html:
        sandbox.filters["join"] = _markdown_join
    return sandbox


def render(path: Path, values: dict[str, Any], *, html: bool, code: str = "U038") -> str:
    """The template at `path` filled with `values`; FellesError `code` (file, line) if it
    cannot be rendered or breaks the sandbox's rules."""
    import jinja2
    from jinja2.exceptions import SecurityError

    try:
        text: str = environment(path.parent, html=html).get_template(path.name).render(values)
        return text
    except jinja2.TemplateSyntaxError as error:
        line, reason = syntax_problem(error, error.source or "")
        raise FellesError(code, {"reason": reason}, path=str(path), line=line) from None
    except SecurityError as error:
        line = _line_in(path, error)
        reason = unsafe_reason(str(error))
        raise FellesError(code, {"reason": reason}, path=str(path), line=line) from None
    except jinja2.UndefinedError as error:
        line = _line_in(path, error)
        reason = undefined_reason(one_line(str(error)))
        raise FellesError(code, {"reason": reason}, path=str(path), line=line) from None
    except jinja2.TemplateError as error:
        reason = one_line(str(error)) or type(error).__name__
        line = _line_in(path, error)
        raise FellesError(code, {"reason": reason}, path=str(path), line=line) from None
    except (UnicodeDecodeError, OSError) as error:
        reason = f"kan ikke læses ({type(error).__name__})"
        raise FellesError(code, {"reason": reason}, path=str(path)) from None
    except RecursionError:
        reason = "skabelonen kalder sig selv uden ende"
        raise FellesError(code, {"reason": reason}, path=str(path)) from None
    except Exception as error:  # a value's method failing: the template's fault, not felles'
        reason = f"fejl under udfyldningen ({type(error).__name__}: {one_line(str(error))})"
        line = _line_in(path, error)
        raise FellesError(code, {"reason": reason}, path=str(path), line=line) from None


def unsafe_reason(message: str) -> str:
    """The sandbox's English complaint, in Danish."""
    found = re.search(r"attribute '([^']*)'", message)
    if found is not None:
        return (
            f"'{found.group(1)}' må ikke bruges i en skabelon (navne, der begynder med _, "
            "og Pythons indre dele er spærret)"
        )
    found = re.search(r"^(.*?) is not safely callable", message)
    if found is not None:
        return f"{found.group(1)} må ikke kaldes i en skabelon"
    if any(word in message for word in ("too large", "too long", "too wide", "Range too big")):
        return "skabelonen vil lave en tekst, liste eller et tal, der er for stort"
    return "skabelonen gør noget, der er spærret i en skabelon"


def undefined_reason(message: str) -> str:
    """Jinja2's 'is undefined' and 'has no attribute', in Danish."""
    found = re.search(r"has no attribute '([^']*)'", message)
    if found is not None:
        name = found.group(1)
        return unsafe_reason(message) if name.startswith("_") else f"feltet »{name}« findes ikke"
    found = re.match(r"'([^']*)' is undefined", message)
    if found is not None:
        return f"'{found.group(1)}' findes ikke blandt skabelonens værdier"
    return message


def _line_in(path: Path, error: BaseException) -> int | None:
    """The line of the template where `error` happened (Jinja2 maps its frames to it)."""
    name = str(path)
    line = None
    tb = error.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == name:
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


def document(path: Path, values: dict[str, Any], *, html: bool) -> str:
    """A rendered agenda, page or report: runs of blank lines made one, one final newline.

    Blank lines are easier to get right here than with Jinja2's whitespace control.
    """
    text = render(path, values, html=html)
    return _BLANK_LINES.sub("\n\n", text).strip("\n") + "\n"


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
