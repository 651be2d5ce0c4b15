"""The model of content/survey.yaml, declared like `model.py` (plain dataclasses).

Apart from `model.py` so that `felles next`, which never reads survey.yaml, does not
pay for defining these classes at start-up; the questionnaire's three parts are
content/survey_sections.py.
"""

from dataclasses import dataclass
from typing import Final, Literal

from felles.content.model import _CONFIG, ID_PATTERN, WHEN_PATTERN, doc
from felles.content.survey_sections import ExternalSection, RelationSection, StyleSection

# The CSV columns of the answers (felles.survey.layout): ids of relation questions and
# of the outward section name column groups, so they must not be one of these.
RESPONDENT: Final = "respondent"
EXAMPLE: Final = "eksempel"  # optional column: 'opdigtet' marks made-up example answers
EXAMPLE_VALUE: Final = "opdigtet"
STATEMENT_PREFIX: Final = "udsagn"
RESERVED_PREFIXES: Final = frozenset({RESPONDENT, EXAMPLE, STATEMENT_PREFIX})

SurveyStatus = Literal["forslag", "godkendt"]
Moment = Literal["start", "slut"]


@dataclass
class ScaleStep:
    __pydantic_config__ = _CONFIG
    value: int = doc("Værdien, der står i CSV-filen, fx 3.")
    label: str = doc("Svarmuligheden i ord, fx »Månedligt«.")


@dataclass
class Scale:
    __pydantic_config__ = _CONFIG
    id: str = doc("Skalaens faste id.", pattern=ID_PATTERN)
    title: str = doc("Skalaens navn.")
    steps: list[ScaleStep] = doc("Svarmulighederne, fra lavest til højest.")


@dataclass
class SurveyRound:
    __pydantic_config__ = _CONFIG
    id: str = doc("Rundens faste id, fx baseline; bruges på kommandolinjen.", pattern=ID_PATTERN)
    title: str = doc("Rundens navn, fx »Førmåling«.")
    phase: str = doc("Fasen (id fra phases/), runden hører til.")
    moment: Moment = doc("Ved fasens start eller slut.")
    goal: str | None = doc(
        "Læringsmålet (id), hvis runden hører til nedslaget for et bestemt mål.", default=None
    )


@dataclass
class Survey:
    __pydantic_config__ = _CONFIG
    title: str = doc("Spørgeskemaets titel.")
    status: SurveyStatus = doc(
        "forslag: spørgsmålene er et udkast, som koordinatorerne skal revidere; "
        "godkendt: spørgsmålene er vedtaget."
    )
    rounds: list[SurveyRound] = doc("Runderne: hvornår skemaet besvares.")
    scales: list[Scale] = doc("Svarskalaerne.")
    relations: RelationSection = doc("Del 1: samarbejdsrelationer i ledergruppen.")
    external: ExternalSection = doc("Del 2: samarbejdsrelationer ud af organisationen.")
    style: StyleSection = doc("Del 3: vurdering af egen ledelsesstil.")
    delete_after: str | None = doc(
        "Hvornår besvarelserne senest skal slettes, hvis forløbet ikke har en slutdato.",
        pattern=WHEN_PATTERN,
        default=None,
    )
