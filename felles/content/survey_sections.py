"""The three parts of content/survey.yaml's questionnaire (content/survey_model.py): the
relations in the leader group, the relations out of the organisation, and the leaders'
own style, declared like `model.py` (plain dataclasses).
"""

from dataclasses import dataclass

from felles.content.model import _CONFIG, ID_PATTERN, doc


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
