"""JUDGE: Content (+ today, the survey's data) → findings. Every rule lives here.

`check()` runs the rules over content that `felles.content.load` read; the CLI
reports its findings beside the reading and model findings. Rules see only
content that read and modelled cleanly, so one broken file gives its own findings
and no cascade. The calendar rules need `today` and import `holidays` (slow), so
only `felles validate` asks for them, and with them for the check of the content
repository's own templates (read, never run: `templates_rules.py`); the retention rule
(W601) needs to know what lies in the survey's data folder, which the CLI finds out
(`data`). A finding two rules both make (a broken template) is reported once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from typing import TYPE_CHECKING

from felles.content.load import Content
from felles.findings import Finding

if TYPE_CHECKING:
    from felles.checks.retention import StoredData

Rule = Callable[[Content], Iterator[Finding]]


def rules(content: Content) -> list[Rule]:
    """The rules over the whole content, in the order they run.

    The sessions', the drafts', the pairs' and the survey's rules are imported only when
    there is something for them to judge: `felles next` on a programme without drafts
    pays for neither.
    """
    from felles.checks import addresses, clock_rules, cohort_rules, programme

    found: list[Rule] = [
        programme.unique_ids,
        programme.one_group_per_leader,
        programme.distinct_files,
        programme.file_names,
        programme.references,
        programme.dates,
        cohort_rules.roster,
        cohort_rules.period,
        cohort_rules.dated_text,
        programme.school_holidays,
        clock_rules.check,
        addresses.check,
    ]
    if any(activity.sessions for _, _, activity in content.activities()):
        from felles.checks import sessions_rules

        found.append(sessions_rules.check)
    if content.pairings:
        from felles.checks import pairs_rules

        found.append(pairs_rules.check)
    if content.drafts:
        from felles.checks import drafts_rules

        found.append(drafts_rules.check)
    if content.survey is not None:
        from felles.checks import survey_rules

        found.append(survey_rules.check)
    return found


def check(
    content: Content, *, today: date | None = None, data: StoredData | None = None
) -> list[Finding]:
    """Every rule's findings; with `today` (`felles validate`) also the control characters
    in the text (E370), the calendar's (W5xx) and the own templates' (E41x), with `data`
    W601. Other commands show control characters harmlessly (`felles.controls`)."""
    findings = [finding for rule in rules(content) for finding in rule(content)]
    if today is not None:
        from felles.checks import calendar_rules, templates_rules, text_rules

        findings += text_rules.check(content)
        findings += calendar_rules.check(content, today)
        findings += templates_rules.own_templates(content)
        if data is not None:
            from felles.checks.retention import retention

            findings += retention(content, today, data)
    once = {(finding, repr(sorted(finding.params.items()))): finding for finding in findings}
    return list(once.values())
