"""The content model, declared once.

Plain dataclasses keep `felles next` fast: importing and building pydantic
models costs 70-100 ms, more than the whole start-up budget of `next`. The same
classes are validated by pydantic in `felles validate` (`validation.py`) and turned
into JSON Schema (`felles schema`): pydantic reads each field's `description`
and `pattern` from the dataclass field metadata, and `__pydantic_config__`.

Dates are kept as the strings the author wrote and parsed by `dates.py`, so
YAML never guesses a timestamp. The classes are plain, not frozen (treat them as
read-only): frozen dataclasses cost ~2.5 ms more to define, at every start-up.
"""

import dataclasses
from dataclasses import dataclass
from typing import Any, Final, Literal

# Shared by every model: unknown fields are errors. Lax mode is enough: the
# reader gives ints, bools and strings as written, and pydantic never makes text of a number.
_CONFIG: Final = {"extra": "forbid"}

ID_PATTERN: Final = r"^[a-z0-9]+(-[a-z0-9]+)*$"
# A date with its precision: year, month, day, or day and time (Europe/Copenhagen).
WHEN_PATTERN: Final = r"^\d{4}(-\d{2}(-\d{2}( \d{2}:\d{2})?)?)?$"
DAY_PATTERN: Final = r"^\d{4}-\d{2}-\d{2}$"
TIME_PATTERN: Final = r"^\d{2}:\d{2}$"

ActivityType = Literal[
    "seminar",
    "workshop",
    "møde",
    "forberedelse",
    "øvebane",
    "coaching",
    "jobbesøg",
    "milepæl",
    "andet",
]
Who = Literal["alle", "grupper", "individuel"]
DraftStatus = Literal["udkast", "drøftet", "kvalificeret", "trænet", "udgivet"]
STATUSES: Final[tuple[str, ...]] = ("udkast", "drøftet", "kvalificeret", "trænet", "udgivet")


def doc(
    description: str,
    *,
    pattern: str | None = None,
    default: Any = dataclasses.MISSING,
    factory: Any = dataclasses.MISSING,
) -> Any:
    """A dataclass field carrying its (Danish) description for the JSON Schema."""
    meta: dict[str, str] = {"description": description}
    if pattern is not None:
        meta["pattern"] = pattern
    return dataclasses.field(default=default, default_factory=factory, metadata=meta)


# --- programme.yaml -----------------------------------------------------------


@dataclass
class Owner:
    __pydantic_config__ = _CONFIG
    organisation: str = doc("Organisationen, der ejer forløbet, fx Aarhus Kommune.")
    forum: str = doc("Ledergruppen, forløbet er for, fx Strategisk Ledelsesforum.")
    abbreviation: str | None = doc("Forkortelse for ledergruppen, fx SLF.", default=None)


@dataclass
class Partner:
    __pydantic_config__ = _CONFIG
    name: str = doc("Partnerens navn.")
    role: str | None = doc("Hvad partneren bidrager med.", default=None)


@dataclass
class Period:
    __pydantic_config__ = _CONFIG
    start: str = doc(
        "Start: år, måned eller dag (2018, 2018-06, 2018-06-08).", pattern=WHEN_PATTERN
    )
    end: str | None = doc(
        "Slut: år, måned eller dag; udelades, hvis perioden er åben.",
        pattern=WHEN_PATTERN,
        default=None,
    )


@dataclass
class FrameItem:
    __pydantic_config__ = _CONFIG
    id: str = doc("Fast id (små bogstaver, tal og bindestreg).", pattern=ID_PATTERN)
    title: str = doc("Titel, fx Fortællingen om Aarhus.")
    tagline: str | None = doc("Kort budskab, fx 'En god by for alle'.", default=None)
    statements: list[str] = doc("Sætninger, der hører til rammen.", factory=list)


@dataclass
class KeyPoint:
    __pydantic_config__ = _CONFIG
    title: str = doc("Pointen i én sætning.")
    text: str = doc("Uddybning af pointen.")


@dataclass
class Questionnaire:
    __pydantic_config__ = _CONFIG
    title: str = doc("Spørgeskemaets titel.")
    paragraphs: list[str] = doc("Beskrivelse af spørgeskemaet, et afsnit pr. punkt.", factory=list)


@dataclass
class Programme:
    __pydantic_config__ = _CONFIG
    id: str = doc("Forløbets faste id.", pattern=ID_PATTERN)
    name: str = doc("Forløbets navn.")
    owner: Owner = doc("Hvem forløbet er for og ejes af.")
    period: Period = doc("Forløbets samlede periode.")
    timezone: str = doc("Tidszone for alle tidspunkter, fx Europe/Copenhagen.")
    partner: Partner | None = doc("Samarbejdspartner.", default=None)
    aims: list[str] = doc("Forløbets mål.", factory=list)
    strategic_frame: list[FrameItem] = doc(
        "Den strategiske ramme, forløbet hænger op på.", factory=list
    )
    key_points: list[KeyPoint] = doc("Centrale pointer, som forløbet bygger på.", factory=list)
    design_criteria: list[str] = doc("Designkriterier: 'Et forløb, der …'.", factory=list)
    practice_areas: list[str] = doc(
        "Øvebaner: temaer, hvor lederne træner lederskabet.", factory=list
    )
    activity_forms: list[str] = doc("Eksempler på aktivitetsformer.", factory=list)
    questionnaire: Questionnaire | None = doc("Spørgeskemaet i forløbet.", default=None)


# --- learning_goals.yaml ------------------------------------------------------


@dataclass
class Theme:
    __pydantic_config__ = _CONFIG
    id: str = doc("Temaets faste id.", pattern=ID_PATTERN)
    title: str = doc("Temaets titel.")
    competency: str = doc("Kompetencen, temaet udvikler.")


@dataclass
class Goal:
    __pydantic_config__ = _CONFIG
    id: str = doc("Læringsmålets faste id.", pattern=ID_PATTERN)
    number: int = doc("Læringsmålets nummer (1, 2, 3 …).")
    title: str = doc("Læringsmålets titel.")
    description: str = doc("'Ledere, der …': hvad målet betyder i praksis.")
    themes: list[Theme] = doc("Temaerne i læringsmålet.")
    example_competencies: list[str] = doc("Eksempler på kompetencer.", factory=list)
    aims: list[str] = doc("Hvad lederne skal have ud af arbejdet med målet.", factory=list)


@dataclass
class LearningGoals:
    __pydantic_config__ = _CONFIG
    goals: list[Goal] = doc("Forløbets læringsmål.")


# --- groups.yaml --------------------------------------------------------------


@dataclass
class Member:
    __pydantic_config__ = _CONFIG
    name: str = doc("Lederens fulde navn, stavet som i kilden.")
    area: str | None = doc("Lederens område eller magistratsafdeling.", default=None)


@dataclass
class Group:
    __pydantic_config__ = _CONFIG
    number: int = doc("Sparringsgruppens nummer.")
    members: list[Member] = doc("Gruppens medlemmer.")


@dataclass
class Groups:
    __pydantic_config__ = _CONFIG
    groups: list[Group] = doc("Sparringsgrupperne.")


# --- phases/NN-slug.md front matter -------------------------------------------


@dataclass
class AgendaItem:
    __pydantic_config__ = _CONFIG
    time: str = doc("Klokkeslæt, fx 12:00.", pattern=TIME_PATTERN)
    item: str = doc("Hvad der sker.")
    end: str | None = doc("Sluttidspunkt, fx 13:30.", pattern=TIME_PATTERN, default=None)


@dataclass
class Activity:
    __pydantic_config__ = _CONFIG
    id: str = doc("Aktivitetens faste id, unikt i hele forløbet.", pattern=ID_PATTERN)
    type: ActivityType = doc("Aktivitetens type.")
    title: str = doc("Aktivitetens titel.")
    when: str = doc(
        "Hvornår: 2018-11-08 12:00 (tidspunkt), 2018-11-08 (dag) eller "
        "2018-09 (kun måned, dato ikke fastlagt).",
        pattern=WHEN_PATTERN,
    )
    end: str | None = doc(
        "Slut, med samme skrivemåde som 'when'.", pattern=WHEN_PATTERN, default=None
    )
    place: str | None = doc("Sted.", default=None)
    who: Who = doc(
        "Hvem deltager: alle (hele ledergruppen samlet), grupper (hver "
        "sparringsgruppe for sig) eller individuel (hver leder for sig).",
        default="alle",
    )
    groups: list[int] = doc("Kun disse sparringsgrupper (numre); tom betyder alle.", factory=list)
    leaders: list[str] = doc("Kun disse ledere (navne, som i groups.yaml).", factory=list)
    themes: list[str] = doc(
        "Temaer (id'er fra learning_goals.yaml), aktiviteten arbejder med.", factory=list
    )
    purpose: str | None = doc("Formål med aktiviteten.", default=None)
    preparation: str | None = doc("Hvad deltagerne skal forberede.", default=None)
    agenda: list[AgendaItem] = doc("Tidsplan for dagen.", factory=list)


@dataclass
class PhaseMeta:
    __pydantic_config__ = _CONFIG
    id: str = doc("Fasens faste id.", pattern=ID_PATTERN)
    number: int = doc("Fasens nummer (1, 2, 3 …).")
    title: str = doc("Fasens titel.")
    period: Period = doc("Fasens periode.")
    goal: str | None = doc(
        "Læringsmålet (id fra learning_goals.yaml), fasen arbejder med.", default=None
    )
    activities: list[Activity] = doc("Fasens aktiviteter.", factory=list)


# --- ledelsesgrundlag/<slug>.md front matter ----------------------------------


@dataclass
class DraftMeta:
    __pydantic_config__ = _CONFIG
    leader: str = doc("Lederens navn, som i groups.yaml.")
    group: int = doc("Lederens sparringsgruppe.")
    status: DraftStatus = doc(
        "Hvor langt udkastet er: udkast → drøftet → kvalificeret → trænet → udgivet."
    )
    created: str = doc("Oprettet (ÅÅÅÅ-MM-DD).", pattern=DAY_PATTERN)
    updated: str = doc("Sidst ændret (ÅÅÅÅ-MM-DD).", pattern=DAY_PATTERN)
    version: int = doc("Versionsnummer, 1 for første udkast.", default=1)


# --- survey.yaml --------------------------------------------------------------

SurveyStatus = Literal["forslag", "godkendt"]
Moment = Literal["start", "slut"]


@dataclass
class ScaleStep:
    __pydantic_config__ = _CONFIG
    value: int = doc("Værdien, der står i CSV-filen, fx 3.")
    label: str = doc("Svarmuligheden i ord, fx 'Månedligt'.")


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
    title: str = doc("Rundens navn, fx 'Baseline – før forløbet'.")
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
    text: str = doc("Udsagnet om egen ledelse, fx 'Jeg følger løbende op …'.")


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
