"""A survey summary (and a comparison of two rounds) as plain text, the report's standard form.

These functions only see `aggregate` results: figures for the forum as a whole.
"""

from __future__ import annotations

from felles.span_words import text_words
from felles.survey.promise import MIN_RESPONDENTS
from felles.survey.report_words import (
    EXAMPLE_BANNER,
    PROPOSAL,
    TOO_FEW,
    UNLINKED,
    figure,
    number,
    percent,
    signed,
)
from felles.survey.summary_model import Change, Comparison, Item, Network, Summary


def _item_line(entry: Item) -> list[str]:
    if entry.mean is None or entry.distribution is None:
        return [f"    {entry.text}", f"      {TOO_FEW} (n < {MIN_RESPONDENTS})"]
    counts = " · ".join(f"{label} {count}" for label, count in entry.distribution)
    n = f"n = {entry.n}"
    if entry.answers != entry.n:
        n += f" ledere, {entry.answers} vurderinger"
    return [f"    {entry.text}", f"      gns. {number(entry.mean)}, {n}: {counts}"]


def _network_lines(net: Network) -> list[str]:
    lines = [f"  Besvaret af {net.n} ledere."]
    if net.density is None:
        lines.append(f"  Netværket: {TOO_FEW} (n < {MIN_RESPONDENTS}).")
    else:
        lines += [
            f"  Netværkets tæthed: {percent(net.density)} af de mulige forbindelser er et "
            "samarbejde",
            f"  Samarbejdspartnere pr. leder: {figure(net.partners, 'count')} i gennemsnit",
            f"  Partnere uden for egen sparringsgruppe: {figure(net.outside_group, 'share')}",
            f"  Gensidighed (begge nævner hinanden): {figure(net.reciprocity, 'share')}",
        ]
        if net.note:
            lines.append(f"  Bemærk: netværkstallene er {net.note}.")
    if net.experience is not None:
        lines += _item_line(net.experience)
    return lines


def text(summary: Summary, title: str, forum: str) -> list[str]:
    lines = [f"{title} – {summary.title} ({summary.round})"]
    if summary.example:
        lines.append(EXAMPLE_BANNER)
    if summary.proposal:
        lines.append(PROPOSAL)
    lines += [
        f"Svar: {summary.respondents} af {summary.population} ledere "
        f"({percent(summary.response_rate)}). Importeret {text_words(summary.imported)}.",
        f"Kun tal for {forum} samlet; tal, der bygger på færre end "
        f"{MIN_RESPONDENTS} svar, vises ikke (»{TOO_FEW}«).",
    ]
    for goal in summary.goals:
        lines += ["", f"Ledelsesstil – {goal.title}"]
        theme = None
        for entry in goal.items:
            if entry.theme != theme:
                theme = entry.theme
                lines.append(f"  {theme}")
            lines += _item_line(entry)
    if summary.network is not None:
        lines += ["", "Samarbejdsrelationer i ledergruppen"]
        lines += _network_lines(summary.network)
    if summary.external:
        lines += ["", "Samarbejde ud af organisationen (hvor ofte)"]
        for entry in summary.external:
            lines += _item_line(entry)
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
        f"Udvikling fra {comparison.before.round} til {comparison.after.round}",
        f"  {UNLINKED}",
    ]
    return lines + [change_line(change) for change in comparison.changes]
