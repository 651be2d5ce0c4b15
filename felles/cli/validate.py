"""`felles validate`: every rule over all content, every finding reported."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from felles.cli.app import app
from felles.cli.clock import today, user_date
from felles.cli.content import content_dir, errors, judge, load
from felles.cli.options import ContentOption, VerboseOption
from felles.cli.output import write
from felles.cli.validate_options import (
    ValidateAsOfOption,
    ValidateExplainOption,
    ValidateFormat,
    ValidateFormatOption,
    ValidateStrictOption,
)
from felles.errors import ExitCode

if TYPE_CHECKING:
    from felles.content.load import Content
    from felles.survey.data_place import DataFolder


@app.command()
def validate(
    strict: ValidateStrictOption = False,
    output_format: ValidateFormatOption = None,
    as_of: ValidateAsOfOption = None,
    explain: ValidateExplainOption = None,
    content: ContentOption = None,
    verbose: VerboseOption = False,
) -> int:
    """Tjek alt indhold: YAML, felter, henvisninger og datoer. Fejl giver udgangskode 1.

    En kendt advarsel kan tillades i indholdet med en kommentar på dens linje:
    '# felles: tillad W301 – begrundelse'. Tilladte advarsler tæller ikke (heller ikke med
    --strict) og står i opsummeringen.
    """
    from felles.checks import accepted
    from felles.findings import sort_key
    from felles.render import findings_summary, reporters

    if explain is not None:
        from felles.cli.explain_code import explanation

        for line in explanation(explain):
            write(line)
        return ExitCode.OK
    # The planning checks count from --as-of, or today in Copenhagen.
    day = user_date(as_of, today())
    if output_format is None:
        github_actions = os.environ.get("GITHUB_ACTIONS", "").lower() == "true"
        output_format = ValidateFormat.github if github_actions else ValidateFormat.text
    loaded = load(
        content_dir(content, verbose), drafts=True, survey=True, pairs=True, invitations=True
    )
    verdict = accepted.apply(loaded, judge(loaded, today=day, data=_data_folder(loaded)))
    findings = sorted(verdict.findings, key=sort_key)
    failures = len(errors(findings))
    summary = findings_summary.Summary(
        leaders=len(loaded.leaders()),
        groups=len(loaded.groups),
        goals=len(loaded.goals),
        themes=sum(len(goal.themes) for goal in loaded.goals),
        phases=len(loaded.phases),
        activities=sum(1 for _ in loaded.activities()),
        errors=failures,
        warnings=len(findings) - failures,
        drafts=len(loaded.drafts),
        accepted=sorted(verdict.accepted, key=lambda pair: sort_key(pair[0])),
    )
    for line in reporters.REPORTERS[output_format.value](findings, summary.lines()):
        write(line)
    failed = summary.errors or (strict and summary.warnings)
    return ExitCode.CONTENT if failed else ExitCode.OK


def _data_folder(loaded: Content) -> DataFolder | None:
    """The survey's data folder the survey commands would use, for the retention rule."""
    if loaded.survey is None or loaded.programme is None:
        return None
    from felles.survey.data_place import DataFolder
    from felles.survey.files import data_dir

    return DataFolder(data_dir(None, os.environ, loaded.programme.id))
