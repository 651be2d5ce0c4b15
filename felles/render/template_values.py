"""How a value stands in a rendered template: every value is one line (line breaks, \\r,
\\n, U+0085, U+2028, U+2029 …, become spaces), so no title or agenda item can start a
line of its own (a Markdown heading, a `::error` workflow command).

- HTML: autoescape does the rest (`html_value`).
- Markdown (and the scaffold): `<`, an `&` that would start an entity and a leading `>`
  are escaped, `|` is escaped (tables), and a value that would begin a Markdown block
  (`# `, `- `, `1. `, a fence, `::`) has that marker escaped (`markdown_value`). Text
  that is Markdown on purpose is passed as `Markup` (or `| safe` in a template) and left
  as it is.
- the `yaml` filter for front matter values (a double-quoted YAML scalar).
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any, Final

from felles.render.links import unlinked

if TYPE_CHECKING:
    from markupsafe import Markup

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


def markdown_join(value: Any, separator: str = "", attribute: str | int | None = None) -> str:
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
