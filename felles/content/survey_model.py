"""The model of content/survey.yaml, declared like `model.py` (plain dataclasses).

Apart from `model.py` so that `felles next`, which never reads survey.yaml, does not
pay for defining these classes at start-up.
"""

from dataclasses import dataclass
from typing import Final, Literal

from felles.content.model import _CONFIG, ID_PATTERN, WHEN_PATTERN, doc

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
class RelationQuestion:
    __pydantic_config__ = _CONFIG
    id: str = doc("Spørgsmålets faste id; kolonnerne hedder id.leder-id.", pattern=ID_PATTERN)
    text: str = doc("Spørgsmålet, som respondenten ser det.")
    scale: str = doc("Skalaen (id fra scales).")
    partner_from: int | None = doc(
        "Svar fra og med denne værdi tæller som samarbejdspartner i netværket "
        "(præcis ét relationsspørgsmål har den).",
        default=None,
    )


@dataclass
class RelationSection:
    __pydantic_config__ = _CONFIG
    title: str = doc("Afsnittets overskrift.")
    intro: str = doc("Vejledning til respondenten.")
    questions: list[RelationQuestion] = doc("Spørgsmålene om hver af de andre deltagere.")


@dataclass
class Actor:
    __pydantic_config__ = _CONFIG
    id: str = doc("Aktørtypens faste id.", pattern=ID_PATTERN)
    title: str = doc("Aktørtypen, fx Erhvervsliv.")


@dataclass
class ExternalSection:
    __pydantic_config__ = _CONFIG
    id: str = doc("Afsnittets id; kolonnerne hedder id.aktør-id.", pattern=ID_PATTERN)
    title: str = doc("Afsnittets overskrift.")
    question: str = doc("Spørgsmålet, stillet for hver aktørtype.")
    scale: str = doc("Skalaen (id fra scales).")
    actors: list[Actor] = doc("Typerne af eksterne aktører.")


@dataclass
class Statement:
    __pydantic_config__ = _CONFIG
    id: str = doc("Udsagnets faste id; kolonnen hedder udsagn.id.", pattern=ID_PATTERN)
    goal: str = doc("Læringsmålet (id fra learning_goals.yaml).")
    theme: str = doc("Temaet (id fra learning_goals.yaml), udsagnet er formuleret ud fra.")
    text: str = doc("Udsagnet om egen ledelse, fx »Jeg følger løbende op …«.")


@dataclass
class StyleSection:
    __pydantic_config__ = _CONFIG
    title: str = doc("Afsnittets overskrift.")
    intro: str = doc("Vejledning til respondenten.")
    scale: str = doc("Skalaen (id fra scales) for alle udsagn.")
    statements: list[Statement] = doc("Udsagnene om egen ledelsesstil.")


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
