"""The one Jinja2 environment every template is rendered in, and its errors in Danish.

Agendas, the site, the survey's form and report, and the ledelsesgrundlag scaffold
all render here: StrictUndefined (a misspelt variable is an error, not an empty
string), autoescape for HTML, and the `yaml` filter for front matter values.
Jinja2 is imported only when a template is rendered.
"""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path
from typing import Any, Final

from felles.errors import FellesError

_BLANK_LINES: Final = re.compile(r"\n[ \t]*(?:\n[ \t]*)+\n")


def yaml_text(value: Any) -> str:
    """A value as a double-quoted YAML scalar (JSON strings are valid YAML)."""
    return json.dumps(str(value), ensure_ascii=False)


@functools.cache
def _environment(folder: Path, html: bool) -> Any:
    """One environment per template folder and kind, kept for the run: a template is
    compiled once however many documents it fills (`grundlag new --all`: one per leader)."""
    import jinja2

    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(folder),
        autoescape=html,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    environment.filters["yaml"] = yaml_text
    return environment


def render(path: Path, values: dict[str, Any], *, html: bool, code: str = "U038") -> str:
    """The template at `path` filled with `values`; FellesError `code` (file, line) if it
    cannot be rendered."""
    import jinja2

    try:
        return str(_environment(path.parent, html).get_template(path.name).render(values))
    except jinja2.TemplateSyntaxError as error:
        reason = error.message or "syntaksfejl"
        raise FellesError(code, {"reason": reason}, path=str(path), line=error.lineno) from None
    except (jinja2.TemplateError, TypeError, ValueError) as error:
        reason = str(error) or type(error).__name__
        raise FellesError(code, {"reason": reason}, path=str(path)) from None
    except (UnicodeDecodeError, OSError) as error:
        reason = f"kan ikke læses ({type(error).__name__})"
        raise FellesError(code, {"reason": reason}, path=str(path)) from None


def document(path: Path, values: dict[str, Any], *, html: bool) -> str:
    """A rendered agenda, page or report: runs of blank lines made one, one final newline.

    Blank lines are easier to get right here than with Jinja2's whitespace control.
    """
    text = render(path, values, html=html)
    return _BLANK_LINES.sub("\n\n", text).strip("\n") + "\n"
