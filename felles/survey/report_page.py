"""A survey summary as a standalone HTML page with inline SVG charts (the template
survey_report.html.j2); it only sees `aggregate` results: figures for the forum as a whole.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Final

from felles.span_words import text_words
from felles.survey.promise import MIN_RESPONDENTS
from felles.survey.report_bars import BAR_WIDTH, bar, legend
from felles.survey.report_words import (
    EXAMPLE_BANNER,
    PROPOSAL,
    TOO_FEW,
    UNLINKED,
    figure,
    percent,
    signed,
)
from felles.survey.summary_model import Comparison, Summary

# The network's figures on the page.
TEXT: Final = {
    "density": "Netværkets tæthed",
    "partners": "Samarbejdspartnere pr. leder",
    "outside_group": "Partnere uden for egen sparringsgruppe",
    "reciprocity": "Gensidighed",
    "remark": "Bemærk",
    "remark_text": "netværkstallene er {note}",
}


def page_summary(summary: Summary) -> dict[str, Any]:
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
        "goals": [{"title": g.title, "bars": [bar(i) for i in g.items]} for g in summary.goals],
        "external": [bar(i) for i in summary.external],
        "legend": legend(summary),
        "network": None
        if net is None
        else {
            "n": net.n,
            "figures": [
                (TEXT["density"], figure(net.density, "share")),
                (TEXT["partners"], figure(net.partners, "count")),
                (TEXT["outside_group"], figure(net.outside_group, "share")),
                (TEXT["reciprocity"], figure(net.reciprocity, "share")),
                *(
                    [(TEXT["remark"], TEXT["remark_text"].format(note=net.note))]
                    if net.note
                    else []
                ),
            ],
            "experience": None if net.experience is None else bar(net.experience),
        },
    }


def html(
    template: Path, summary: Summary, comparison: Comparison | None, title: str, forum: str
) -> str:
    from felles.render.templates import document

    values = {
        "title": title,
        "forum": forum,
        "minimum": MIN_RESPONDENTS,
        "too_few": TOO_FEW,
        "example_banner": EXAMPLE_BANNER,
        "unlinked": UNLINKED,
        "bar_width": BAR_WIDTH,
        "summaries": [
            page_summary(s)
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
