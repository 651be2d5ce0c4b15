"""A survey summary as text, JSON or a standalone HTML page with inline SVG charts.

These functions only see `aggregate` results: figures for the forum as a whole.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path
from typing import Any, Final

from felles.span_words import text_words
from felles.survey.aggregate import Change, Comparison, Item, Network, Summary
from felles.survey.promise import MIN_RESPONDENTS

TOO_FEW: Final = "for få svar"
EXAMPLE_BANNER: Final = "EKSEMPELDATA: opdigtede svar, ikke rigtige besvarelser."
PROPOSAL: Final = (
    "Spørgsmålene og udsagnene er et forslag (survey.yaml: status: forslag), ikke forløbets "
    "egne formuleringer."
)
UNLINKED: Final = (
    "Runderne er anonyme og kobles ikke sammen: en ændring er forskellen mellem to "
    "runders svar, ikke nødvendigvis de samme lederes."
)
# Light to dark: the order of a scale reads in grey print too.
PALETTE: Final = ("#deebf7", "#9ecae1", "#6baed6", "#3182bd", "#08519c", "#08306b")


def number(value: float, decimals: int = 1) -> str:
    """3.456 → '3,5': Danish decimal comma, minus sign as '−'."""
    text = f"{value:.{decimals}f}".replace(".", ",")
    return text.replace("-", "−")


def percent(share: float) -> str:
    return f"{round(share * 100)} %"


def signed(value: float, kind: str) -> str:
    """+0,5 / −5 point / ±0,0: the change, rounded as it is shown."""
    if kind == "share":
        points = round(value * 100)
        sign = "+" if points > 0 else ("±" if points == 0 else "−")
        return f"{sign}{abs(points)} point"
    shown = round(value, 1)
    sign = "+" if shown > 0 else ("±" if shown == 0 else "−")
    return f"{sign}{number(abs(shown))}"


def figure(value: float | None, kind: str) -> str:
    if value is None:
        return TOO_FEW
    return percent(value) if kind == "share" else number(value)


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


def text(summary: Summary, title: str) -> list[str]:
    lines = [f"{title} – {summary.title} ({summary.round})"]
    if summary.example:
        lines.append(EXAMPLE_BANNER)
    if summary.proposal:
        lines.append(PROPOSAL)
    lines += [
        f"Svar: {summary.respondents} af {summary.population} ledere "
        f"({percent(summary.response_rate)}). Importeret {text_words(summary.imported)}.",
        f"Kun tal for Strategisk Ledelsesforum samlet; tal, der bygger på færre end "
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


def comparison_text(comparison: Comparison, title: str) -> list[str]:
    lines = [*text(comparison.before, title), "", *text(comparison.after, title)]
    lines += [
        "",
        f"Udvikling fra {comparison.before.round} til {comparison.after.round}",
        f"  {UNLINKED}",
    ]
    return lines + [change_line(change) for change in comparison.changes]


def as_json(summary: Summary, comparison: Comparison | None) -> str:
    data: dict[str, Any] = {
        "minimum_respondents": MIN_RESPONDENTS,
        "round": _summary_json(summary if comparison is None else comparison.before),
    }
    if comparison is not None:
        data["compare"] = _summary_json(comparison.after)
        data["changes"] = [
            {**asdict(change), "delta": change.delta} for change in comparison.changes
        ]
    return json.dumps(data, ensure_ascii=False, indent=2)


def _summary_json(summary: Summary) -> dict[str, Any]:
    data = asdict(summary)
    data["response_rate"] = summary.response_rate
    data["suppressed_below"] = MIN_RESPONDENTS
    return data


# --- HTML -------------------------------------------------------------------------

BAR_WIDTH: Final = 300


def _bar(entry: Item) -> dict[str, Any]:
    """The stacked bar of one item's distribution, in SVG units (0–BAR_WIDTH)."""
    if entry.distribution is None or entry.mean is None:
        return {
            "text": entry.text,
            "n": entry.n,
            "segments": [],
            "mean": None,
            "theme": entry.theme,
        }
    total = sum(count for _, count in entry.distribution) or 1
    x = 0.0
    segments = []
    colours = _colours(len(entry.distribution))
    for (label, count), colour in zip(entry.distribution, colours, strict=True):
        width = BAR_WIDTH * count / total
        segments.append(
            {
                "x": round(x, 2),
                "width": round(width, 2),
                "colour": colour,
                "label": label,
                "count": count,
            }
        )
        x += width
    return {
        "text": entry.text,
        "n": entry.n,
        "segments": segments,
        "mean": number(entry.mean),
        "theme": entry.theme,
    }


def _colours(count: int) -> list[str]:
    if count <= len(PALETTE):
        step = (len(PALETTE) - 1) / max(count - 1, 1)
        return [PALETTE[round(i * step)] for i in range(count)]
    return [PALETTE[min(i * len(PALETTE) // count, len(PALETTE) - 1)] for i in range(count)]


def _page_summary(summary: Summary) -> dict[str, Any]:
    net = summary.network
    return {
        "round": summary.round,
        "title": summary.title,
        "example": summary.example,
        "proposal": PROPOSAL if summary.proposal else None,
        "respondents": summary.respondents,
        "population": summary.population,
        "rate": percent(summary.response_rate),
        "imported": text_words(summary.imported),
        "goals": [{"title": g.title, "bars": [_bar(i) for i in g.items]} for g in summary.goals],
        "external": [_bar(i) for i in summary.external],
        "legend": _legend(summary),
        "network": None
        if net is None
        else {
            "n": net.n,
            "figures": [
                ("Netværkets tæthed", figure(net.density, "share")),
                ("Samarbejdspartnere pr. leder", figure(net.partners, "count")),
                ("Partnere uden for egen sparringsgruppe", figure(net.outside_group, "share")),
                ("Gensidighed", figure(net.reciprocity, "share")),
                *([("Bemærk", f"netværkstallene er {net.note}")] if net.note else []),
            ],
            "experience": None if net.experience is None else _bar(net.experience),
        },
    }


def _legend(summary: Summary) -> list[list[dict[str, str]]]:
    legends = []
    for items in ([i for g in summary.goals for i in g.items], summary.external):
        shown = next((i for i in items if i.distribution), None)
        if shown is not None and shown.distribution is not None:
            colours = _colours(len(shown.distribution))
            legends.append(
                [
                    {"label": label, "colour": colour}
                    for (label, _), colour in zip(shown.distribution, colours, strict=True)
                ]
            )
    return legends


def html(template: Path, summary: Summary, comparison: Comparison | None, title: str) -> str:
    from felles.render.templates import document

    values = {
        "title": title,
        "minimum": MIN_RESPONDENTS,
        "too_few": TOO_FEW,
        "example_banner": EXAMPLE_BANNER,
        "unlinked": UNLINKED,
        "bar_width": BAR_WIDTH,
        "summaries": [
            _page_summary(s)
            for s in ([summary] if comparison is None else [comparison.before, comparison.after])
        ],
        "changes": []
        if comparison is None
        else [
            {
                "label": c.label,
                "before": figure(c.before, c.kind),
                "after": figure(c.after, c.kind),
                "delta": None if c.delta is None else signed(c.delta, c.kind),
                "note": c.note,
            }
            for c in comparison.changes
        ],
    }
    return document(template, values, html=True)
