"""Finding, loading and judging the content for a command, and refusing content with errors.

The commands read the content (`felles.content`), run the rules over it
(`felles.checks`) and decide what the findings mean for them: `validate` reports
them all, `next` stops on errors in the programme files, an export refuses content
with errors. Errors in a leader's draft never stop a command meant for everyone.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Final

from felles.cli.output import say
from felles.errors import FellesError

if TYPE_CHECKING:
    from felles.checks.retention import StoredData
    from felles.content.load import Content
    from felles.content.locate import ContentDir
    from felles.findings import Finding

# What the commands say of the content and template they use, and of content with errors.
TEXT: Final = {
    "content": "Indhold: {where}",
    "template": "Skabelon: {path}",
    "own_template": "Skabelon: {path} (egen skabelon ved siden af indholdet)",
    "validate": "Indholdet har fejl; kør »felles validate« for at se og rette dem.",
}


def content_dir(option: Path | None, verbose: bool) -> ContentDir:
    from felles.content.locate import find_content

    found = find_content(option, os.environ, Path.cwd())
    if verbose:
        say(TEXT["content"].format(where=found.describe()))
    return found


def template(content: Path, name: str, verbose: bool) -> Path:
    """The template to use (one beside the content folder wins), said on stderr when it is
    the user's own or with -v."""
    from felles.content.locate import template_path

    path, overridden = template_path(content, name)
    if overridden:
        say(TEXT["own_template"].format(path=path))
    elif verbose:
        say(TEXT["template"].format(path=path))
    return path


def load(
    cdir: ContentDir,
    *,
    drafts: bool = False,
    survey: bool = False,
    cached: bool = False,
    pairs: bool = False,
    invitations: bool = False,
    verbose: bool = False,
) -> Content:
    """The content read and modelled, not yet judged: the programme files, and the leaders'
    drafts, survey.yaml and the pairs (pairs/) when the command needs them. `cached`: replay
    the programme files from the cache when they have not changed (`felles next`; see
    content/cache.py)."""
    import felles.content.load
    from felles.content.load import load_drafts, load_invitations, load_pairs, load_survey

    if cached:
        from felles.content.cache import load_cached

        content = load_cached(cdir, Path.cwd(), os.environ, say if verbose else None, survey=survey)
    else:
        content = felles.content.load.load(cdir, Path.cwd())
        if survey:
            load_survey(content)
    if drafts:
        load_drafts(content)
    if pairs:
        load_pairs(content)
    if invitations:
        load_invitations(content)
    return content


def judge(
    content: Content, *, today: date | None = None, data: StoredData | None = None
) -> list[Finding]:
    """Every finding: reading and model findings, then the rules' (see `felles.checks`)."""
    from felles.checks import check

    return [*content.findings, *check(content, today=today, data=data)]


def errors(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.severity == "error"]


def refused(findings: list[Finding]) -> bool:
    """Say the programme's errors and where to see them; True when the command must stop
    (`next` and `status`: exit 1 rather than show a programme with a part dropped)."""
    stopping = programme_errors(findings)
    for finding in stopping:
        say(str(finding))
    if stopping:
        say(TEXT["validate"])
    return bool(stopping)


def programme_errors(findings: list[Finding]) -> list[Finding]:
    """Errors outside the leaders' drafts: those that make the programme unreliable.

    One leader's broken draft must not stop `felles next` for everyone.
    """
    from felles.content.kinds import DRAFT

    return [f for f in errors(findings) if Path(f.path).parent.name != DRAFT.folder]


def clean(
    cdir: ContentDir,
    *,
    drafts: bool = False,
    survey: bool = False,
    pairs: bool = False,
    invitations: bool = False,
) -> tuple[Content, list[Finding]]:
    """The content and its findings; U037 if the programme files (or the pairs, read with
    `pairs`) have errors. Errors in leaders' drafts (read with `drafts`) do not count: one
    broken draft must not stop an agenda or a page for everyone."""
    content = load(cdir, drafts=drafts, survey=survey, pairs=pairs, invitations=invitations)
    findings = judge(content)
    found = programme_errors(findings)
    if found:
        first = min(found, key=lambda f: (f.path, f.line or 0))
        raise FellesError("U037", {"count": len(found), "first": str(first)})
    return content, findings
