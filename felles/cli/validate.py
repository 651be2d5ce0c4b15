"""`felles validate`: every rule over all content, every finding reported."""

from __future__ import annotations

import os
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from felles.cli import app, common
from felles.errors import ExitCode


class Format(StrEnum):
    text = "text"
    json = "json"
    github = "github"


@app.command()
def validate(
    strict: Annotated[
        bool, typer.Option("--strict", help="Advarsler giver også udgangskode 1.")
    ] = False,
    output_format: Annotated[
        Format | None,
        typer.Option(
            "--format",
            help="text (standard), json eller github (standard, når GITHUB_ACTIONS=true).",
            show_default=False,
        ),
    ] = None,
    content: common.ContentOption = None,
    verbose: common.VerboseOption = False,
) -> int:
    """Tjek alt indhold: YAML, felter, henvisninger og datoer. Fejl giver udgangskode 1."""
    from felles import report
    from felles.content import load
    from felles.findings import sort_key

    if output_format is None:
        github_actions = os.environ.get("GITHUB_ACTIONS", "").lower() == "true"
        output_format = Format.github if github_actions else Format.text
    loaded = load(common.content_dir(content, verbose), Path.cwd(), full=True)
    findings = sorted(loaded.findings, key=sort_key)
    summary = report.Summary(
        leaders=len(loaded.leaders()),
        groups=len(loaded.groups),
        goals=len(loaded.goals),
        themes=sum(len(goal.themes) for goal in loaded.goals),
        phases=len(loaded.phases),
        activities=sum(1 for _ in loaded.activities()),
        errors=len(loaded.errors),
        warnings=len(loaded.warnings),
    )
    if output_format is Format.json:
        common.write(report.as_json(findings))
    else:
        if output_format is Format.github:
            for line in report.github(findings):
                common.write(line)
        for line in report.text(findings):
            common.write(line)
        common.write(summary.content_line())
        common.write(summary.result_line())
    failed = summary.errors or (strict and summary.warnings)
    return ExitCode.CONTENT if failed else ExitCode.OK
