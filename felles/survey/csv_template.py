"""The CSV layout answers are imported from, empty or filled with made-up answers.

The file is written the way Danish Excel opens it with a double click: UTF-8 with a
byte-order mark, `;` between cells. `felles survey import` reads `;` and `,` alike.
"""

from __future__ import annotations

import csv
import io
import random
from collections.abc import Mapping

from felles.content import survey_model
from felles.content.survey_model import EXAMPLE, EXAMPLE_VALUE, RESPONDENT
from felles.names import slug
from felles.survey.layout import Column, partner_question, scale

BOM = "\ufeff"


def render(
    survey: survey_model.Survey,
    survey_round: survey_model.SurveyRound,
    columns: list[Column],
    leaders: Mapping[str, int],
    *,
    example: bool,
) -> str:
    """The CSV text: a header and one row per leader (answers empty, or made up)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    header = [RESPONDENT, *(c.header for c in columns)]
    writer.writerow([*header, EXAMPLE] if example else header)
    answers = made_up(survey, survey_round, columns, leaders) if example else {}
    for name in leaders:
        row = answers.get(name)
        cells = [row.get(c.header, "") if row else "" for c in columns]
        if example:
            cells.append(EXAMPLE_VALUE if row else "")
        writer.writerow([slug(name), *cells])
    return BOM + buffer.getvalue()


def made_up(
    survey: survey_model.Survey,
    survey_round: survey_model.SurveyRound,
    columns: list[Column],
    leaders: Mapping[str, int],
) -> dict[str, dict[str, str]]:
    """Synthetic answers for most leaders, the same for the same round on every run.

    Later rounds drift upward, so comparing two example rounds shows a change.
    About one in ten leaders does not answer, so the response rate is not 100 %.
    """
    rng = random.Random(f"felles-example-{survey_round.id}")
    drift = [r.id for r in survey.rounds].index(survey_round.id) * 0.5
    partner = partner_question(survey)
    partner_steps = [s.value for s in scale(survey, partner.scale).steps]
    result: dict[str, dict[str, str]] = {}
    for name, group in leaders.items():
        if rng.random() < 0.1:
            continue
        row: dict[str, str] = {}
        frequency: dict[str, int] = {}
        for column in columns:
            steps = [s.value for s in column.scale.steps]
            low, high = steps[0], steps[-1]
            target = column.target
            if target == name:
                continue
            if target is None:
                row[column.header] = str(_pick(rng, steps, (low + high) / 2 + drift - 0.3))
                continue
            if target not in frequency:
                share = 0.75 if leaders[target] == group else 0.3 + drift / 4
                mean = partner_steps[0] + share * (partner_steps[-1] - partner_steps[0])
                frequency[target] = _pick(rng, partner_steps, mean)
            if column.item == partner.id:
                row[column.header] = str(frequency[target])
            elif frequency[target] > partner_steps[0]:  # experience of a real collaboration
                row[column.header] = str(_pick(rng, steps, (low + high) / 2 + 0.5 + drift))
        result[name] = row
    return result


def _pick(rng: random.Random, steps: list[int], mean: float) -> int:
    """The scale value nearest a random draw around `mean`."""
    draw = rng.gauss(mean, 1.0)
    return min(steps, key=lambda step: abs(step - draw))
