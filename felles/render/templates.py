"""The one Jinja2 environment every template is rendered in, and its errors in Danish.

Agendas, the site, the survey's form and report, and the ledelsesgrundlag scaffold
all render here, packaged and coordinators' own templates alike:

- sandboxed (`jinja2.sandbox.SandboxedEnvironment`): a template from a content repository
  runs in `felles validate` in CI and pre-commit, so it may read the values it is given
  and nothing else: no attribute or item starting with `_` (`cycler.__init__.__globals__`
  …), no unsafe callables, no giant ranges, strings, powers or paddings
  (`render/sandbox.py`). A violation is a Danish one-line error, never a traceback;
- StrictUndefined (a misspelt variable is an error, not an empty string);
- every value is one line and escaped for HTML or Markdown (template_values), with the
  `yaml` filter for front matter values.

Jinja2's errors come out in Danish (template_errors); `template_problems` reads a template
without running it, for `felles validate`. Jinja2 is imported only when one is used.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Any, Final

from felles.errors import FellesError
from felles.render.template_errors import line_in, syntax_problem, undefined_reason, unsafe_reason
from felles.render.template_values import (
    html_value,
    markdown_join,
    markdown_value,
    one_line,
    yaml_text,
)

_BLANK_LINES: Final = re.compile(r"\n[ \t]*(?:\n[ \t]*)+\n")
# Why a template cannot be filled, when Jinja2 has no words for it.
TEXT: Final = {
    "unreadable": "kan ikke læses ({kind})",
    "endless": "skabelonen kalder sig selv uden ende",
    "failed": "fejl under udfyldningen ({kind}: {message})",
}


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
        sandbox.filters["join"] = markdown_join
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
    except SecurityError as error:
        line, reason = line_in(path, error), unsafe_reason(str(error))
    except jinja2.UndefinedError as error:
        line, reason = line_in(path, error), undefined_reason(one_line(str(error)))
    except jinja2.TemplateError as error:
        line, reason = line_in(path, error), one_line(str(error)) or type(error).__name__
    except (UnicodeDecodeError, OSError) as error:
        line, reason = None, TEXT["unreadable"].format(kind=type(error).__name__)
    except RecursionError:
        line, reason = None, TEXT["endless"]
    except Exception as error:  # a value's method failing: the template's fault, not felles'
        line = line_in(path, error)
        reason = TEXT["failed"].format(kind=type(error).__name__, message=one_line(str(error)))
    raise FellesError(code, {"reason": reason}, path=str(path), line=line) from None


def document(path: Path, values: dict[str, Any], *, html: bool) -> str:
    """A rendered agenda, page or report: runs of blank lines made one, one final newline.

    Blank lines are easier to get right here than with Jinja2's whitespace control.
    """
    text = render(path, values, html=html)
    return _BLANK_LINES.sub("\n\n", text).strip("\n") + "\n"
