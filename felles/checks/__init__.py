"""JUDGE: Content (+ today, the survey's data) → findings. Every rule lives here.

`check()` runs the rules over content that `felles.content.load` read; the CLI
reports its findings beside the reading and model findings. Rules see only
content that read and modelled cleanly, so one broken file gives its own findings
and no cascade. The calendar rules need `today` and import `holidays` (slow), so
only `felles validate` asks for them; the retention rule (W601) needs to know
what lies in the survey's data folder, which the CLI finds out (`data`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

from felles.checks.retention import StoredData
from felles.content.load import Content
from felles.findings import Finding

Rule = Callable[[Content], Iterator[Finding]]
__all__ = ["Rule", "StoredData", "check", "rules"]


def rules() -> list[Rule]:
    """The rules over the whole content, in the order they run."""
    from felles.checks import drafts, programme, survey

    return [
        programme.unique_ids,
        programme.one_group_per_leader,
        programme.references,
        programme.dates,
        drafts.check,
        survey.check,
    ]


def check(
    content: Content, *, today: date | None = None, data: StoredData | None = None
) -> list[Finding]:
    """Every rule's findings; with `today` also the calendar's (W5xx), with `data` W601."""
    findings = [finding for rule in rules() for finding in rule(content)]
    if today is not None:
        from felles.checks import calendar

        findings += calendar.check(content, today)
        if data is not None:
            from felles.checks.retention import retention

            findings += retention(content, today, data)
    return findings
