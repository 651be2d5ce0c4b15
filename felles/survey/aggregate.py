"""Figures for the forum as a whole: no figure rests on fewer than MIN_RESPONDENTS.

Everything here works on `RoundData` (felles.survey.tally): lists of values and counts
made at import, with no names, pseudonyms or rows per respondent, so a report cannot
show one. A suppressed figure is None; renderers say "for få svar". The work is linear
in the stored values: the network arrives as counts. Here: one question's figures and
the network's; a round's summary is `round_summary`, a comparison `round_compare`.
"""

from __future__ import annotations

import math
from collections import Counter
from typing import Final

from felles.content import survey_model
from felles.survey.layout import partner_question, scale
from felles.survey.promise import MIN_RESPONDENTS
from felles.survey.summary_model import Item, Network
from felles.survey.tally import RoundData

# Why the network's figures may not answer today's partner question.
TEXT: Final = {
    "note": "beregnet ved importen med »{question}« fra værdien {value}; "
    "survey.yaml siger nu »{now}« fra {now_value}",
}


def item(
    item_id: str,
    text: str,
    answers: list[int],
    steps: list[survey_model.ScaleStep],
    theme: str | None = None,
    *,
    people: int | None = None,
) -> Item:
    """One question's figures. `people` counts the respondents behind `answers` when one
    respondent gives several (rating many colleagues): suppression counts people."""
    n = len(answers) if people is None else people
    if n < MIN_RESPONDENTS:
        return Item(item_id, text, n, None, None, None, theme, len(answers))
    counts = Counter(answers)
    # Integer sums, one division each: the same figures whatever order the values are in
    # (they are stored sorted), correctly rounded.
    size, total = len(answers), sum(answers)
    mean = total / size
    squares = sum(a * a for a in answers)
    spread = math.sqrt((size * squares - total * total) / (size * (size - 1))) if size > 1 else 0.0
    distribution = [(s.label, counts.get(s.value, 0)) for s in steps]
    return Item(item_id, text, n, mean, distribution, spread, theme, len(answers))


def network(survey: survey_model.Survey, data: RoundData) -> Network:
    partner = partner_question(survey)
    counts = data.network
    n = counts.answered if counts is not None else 0
    experience_q = next((q for q in survey.relations.questions if q.partner_from is None), None)
    experience = None
    if experience_q is not None:
        # n counts respondents, not ratings: one leader's ratings of many colleagues are
        # not independent answers.
        experience = item(
            experience_q.id,
            experience_q.text,
            data.items.get(("relation", experience_q.id), []),
            scale(survey, experience_q.scale).steps,
            people=data.raters.get(experience_q.id, 0),
        )
    if counts is None or n < MIN_RESPONDENTS:
        return Network(n, None, None, None, None, experience)
    note = None
    if (counts.question, counts.partner_from) != (partner.id, partner.partner_from):
        note = TEXT["note"].format(
            question=counts.question,
            value=counts.partner_from,
            now=partner.id,
            now_value=partner.partner_from,
        )
    possible = n * max(data.population - 1, 1)
    ties = counts.ties
    return Network(
        n=n,
        density=ties / possible,
        partners=ties / n,
        outside_group=counts.outside / ties if ties else None,
        reciprocity=counts.mutual / counts.pairs if counts.pairs else None,
        experience=experience,
        note=note,
    )
