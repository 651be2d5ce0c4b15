"""The questionnaire's picture at a learning goal: what a seminar's agenda shows of a round.

The seed: the aggregated picture of the answers "vil blive anvendt i 'Fælles om Ledelse'
under nedslagene for hvert læringsmål". `section` gives, for one goal and one round,
the statements of that goal with their distribution and mean, and the collaboration
network of the forum as a whole, as plain Danish strings for the agenda's templates.
It sees only `summary_model.Summary` (figures for the forum as a whole): no name, id or
pseudonym can reach it, and every figure resting on fewer than MIN_RESPONDENTS is
"for få svar", exactly as in the report.
"""

from __future__ import annotations

from typing import Any, Final

from felles.content import model, survey_model
from felles.span_words import text_words
from felles.survey import aggregate, report_words, round_summary, summary_model
from felles.survey.promise import MIN_RESPONDENTS
from felles.survey.tally import RoundData

TEXT: Final = {
    "forum": "ledergruppen",
    "answers": "{respondents} af {population} ledere ({rate})",
    "note": "Tallene er for hele {forum} samlet; et tal, der bygger på færre end {minimum} "
    "svar, vises ikke.",
    "figure": "gns. {mean}, n = {n}",
    "density": "Netværkets tæthed",
    "partners": "Samarbejdspartnere pr. leder",
    "outside_group": "Partnere uden for egen sparringsgruppe",
    "reciprocity": "Gensidighed (begge nævner hinanden)",
    "remark": "Bemærk",
    "remark_text": "netværkstallene er {note}",
}


def section(
    survey: survey_model.Survey,
    survey_round: survey_model.SurveyRound,
    goals: list[model.Goal],
    goal_id: str,
    data: RoundData,
    forum: str = TEXT["forum"],
) -> dict[str, Any]:
    """The survey section of an agenda for the learning goal `goal_id`."""
    summary = round_summary.summarise(survey, survey_round, goals, data, goal_filter=goal_id)
    net = aggregate.network(survey, data)
    items = [_item(item) for goal in summary.goals for item in goal.items]
    return {
        "title": survey.title,
        "round": survey_round.title,
        "round_id": survey_round.id,
        "imported": text_words(summary.imported),  # as the report says it
        "example": report_words.EXAMPLE_BANNER if summary.example else None,
        "proposal": report_words.PROPOSAL if summary.proposal else None,
        "answers": TEXT["answers"].format(
            respondents=summary.respondents,
            population=summary.population,
            rate=report_words.percent(summary.response_rate),
        ),
        "minimum": MIN_RESPONDENTS,
        "too_few": report_words.TOO_FEW,
        "note": TEXT["note"].format(forum=forum, minimum=MIN_RESPONDENTS),
        "statements": items,
        "network": _network(net),
    }


def _item(item: summary_model.Item) -> dict[str, Any]:
    if item.mean is None or item.distribution is None:
        return {"text": item.text, "theme": item.theme, "figure": None, "counts": None}
    counts = " · ".join(f"{label} {count}" for label, count in item.distribution)
    return {
        "text": item.text,
        "theme": item.theme,
        "figure": TEXT["figure"].format(mean=report_words.number(item.mean), n=item.n),
        "counts": counts,
    }


def _network(net: summary_model.Network) -> dict[str, Any]:
    if net.density is None:
        return {"n": net.n, "figures": None}
    figures = [
        (TEXT["density"], report_words.figure(net.density, "share")),
        (TEXT["partners"], report_words.figure(net.partners, "count")),
        (TEXT["outside_group"], report_words.figure(net.outside_group, "share")),
        (TEXT["reciprocity"], report_words.figure(net.reciprocity, "share")),
    ]
    if net.note:
        figures.append((TEXT["remark"], TEXT["remark_text"].format(note=net.note)))
    return {"n": net.n, "figures": figures}
