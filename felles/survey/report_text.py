"""A survey summary (and a comparison of two rounds) as plain text, the report's standard form.

These functions only see `aggregate` results: figures for the forum as a whole.
"""

from __future__ import annotations

from typing import Final

from felles.span_words import text_words
from felles.survey.promise import MIN_RESPONDENTS
from felles.survey.report_lines import item_lines, network_lines
from felles.survey.report_words import (
    EXAMPLE_BANNER,
    PROPOSAL,
    TOO_FEW,
    UNLINKED,
    figure,
    percent,
    signed,
)
from felles.survey.summary_model import Change, Comparison, Summary

TEXT: Final = {
    "answers": "Svar: {respondents} af {population} ledere ({rate}). Importeret {imported}.",
    "forum_only": "Kun tal for {forum} samlet; tal, der bygger på færre end {minimum} svar, "
    "vises ikke (»{too_few}«).",
    "goal": "Ledelsesstil – {goal}",
    "network": "Samarbejdsrelationer i ledergruppen",
    "external": "Samarbejde ud af organisationen (hvor ofte)",
    "change": "Udvikling fra {before} til {after}",
}


def text(summary: Summary, title: str, forum: str) -> list[str]:
    lines = [f"{title} – {summary.title} ({summary.round})"]
    if summary.example:
        lines.append(EXAMPLE_BANNER)
    if summary.proposal:
        lines.append(PROPOSAL)
    lines += [
        TEXT["answers"].format(
            respondents=summary.respondents,
            population=summary.population,
            rate=percent(summary.response_rate),
            imported=text_words(summary.imported),
        ),
        TEXT["forum_only"].format(forum=forum, minimum=MIN_RESPONDENTS, too_few=TOO_FEW),
    ]
    for goal in summary.goals:
        lines += ["", TEXT["goal"].format(goal=goal.title)]
        theme = None
        for entry in goal.items:
            if entry.theme != theme:
                theme = entry.theme
                lines.append(f"  {theme}")
            lines += item_lines(entry)
    if summary.network is not None:
        lines += ["", TEXT["network"]]
        lines += network_lines(summary.network)
    if summary.external:
        lines += ["", TEXT["external"]]
        for entry in summary.external:
            lines += item_lines(entry)
    return lines


def change_line(change: Change) -> str:
    before = figure(change.before, change.kind)
    after = figure(change.after, change.kind)
    line = f"  {before} → {after}"
    if change.delta is not None:
        line += f" ({signed(change.delta, change.kind)})"
    line += f"  {change.label}"
    if change.note:
        line += f" [{change.note}]"
    return line


def comparison_text(comparison: Comparison, title: str, forum: str) -> list[str]:
    lines = [*text(comparison.before, title, forum), "", *text(comparison.after, title, forum)]
    lines += [
        "",
        TEXT["change"].format(before=comparison.before.round, after=comparison.after.round),
        f"  {UNLINKED}",
    ]
    return lines + [change_line(change) for change in comparison.changes]
