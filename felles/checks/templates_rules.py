"""The templates beside the content (E410, E411), read without ever running them.

A content repository may hold its own `templates/*.j2` beside `content/`; felles
renders them in Jinja2's sandbox (`felles.render.templates`). `felles validate`
runs in CI and pre-commit on pull requests, so it only *reads* them: a syntax error
(E410) or an attribute or item whose name begins with `_` (E411) is a finding at
the template's line, and a template with a finding is never rendered by a rule
(`drafts.expected_sections`).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from felles import paths
from felles.content.load import Content
from felles.errors import ReadError
from felles.findings import Finding


def folder(content: Content) -> Path | None:
    """The content repository's own templates folder, if it has one (not felles' own)."""
    from felles.content.locate import packaged

    own = content.dir.path.parent / "templates"
    if not paths.is_dir(own) or paths.resolve(own) == paths.resolve(packaged("templates")):
        return None
    return own


def own_templates(content: Content) -> Iterator[Finding]:
    """E410/E411 for every template in the own templates folder (and its subfolders)."""
    own = folder(content)
    if own is None:
        return
    for path in sorted(own.rglob("*.j2")):
        if any(part.startswith(".") for part in path.relative_to(own).parts):
            continue
        yield from check_template(path, content.display(path))


def check_template(path: Path, display: str) -> Iterator[Finding]:
    """The findings of one template file, read (never rendered)."""
    from felles.content.reader import read_text
    from felles.render.template_problems import problems

    try:
        source = read_text(path)
    except ReadError as error:
        yield Finding(display, error.line, error.col, "E410", {"reason": str(error)})
        return
    for problem in problems(path, source):
        if problem.kind == "syntax":
            yield Finding(display, problem.line, 1, "E410", {"reason": problem.detail})
        else:
            yield Finding(display, problem.line, 1, "E411", {"name": problem.detail})
