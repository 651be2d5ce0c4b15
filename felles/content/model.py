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
WHEN_PATTERN: Final = r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2}( [0-9]{2}:[0-9]{2})?)?)?$"
DAY_PATTERN: Final = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
TIME_PATTERN: Final = r"^[0-9]{2}:[0-9]{2}$"

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
Who = Literal["alle", "grupper", "individuel", "par"]
DraftStatus = Literal["udkast", "drøftet", "kvalificeret", "trænet", "udgivet"]
STATUSES: Final[tuple[str, ...]] = ("udkast", "drøftet", "kvalificeret", "trænet", "udgivet")


def doc(
    description: str,
    *,
    pattern: str | None = None,
    default: Any = dataclasses.MISSING,
    factory: Any = dataclasses.MISSING,
    key: str | None = None,
) -> Any:
    """A dataclass field carrying its (Danish) description for the JSON Schema; `key` is the
    YAML key when it cannot be the field's name (`from` is a Python keyword)."""
    meta: dict[str, str] = {"description": description}
    if pattern is not None:
        meta["pattern"] = pattern
    if key is not None:
        meta["alias"] = key
    return dataclasses.field(default=default, default_factory=factory, metadata=meta)


# --- programme.yaml -----------------------------------------------------------


@dataclass
class Owner:
    __pydantic_config__ = _CONFIG
    organisation: str = doc("Organisationen, der ejer forløbet, fx Aarhus Kommune.")
    forum: str = doc("Ledergruppen, forløbet er for, fx Strategisk Ledelsesforum.")
    abbreviation: str | None = doc(
        "Forkortelse for ledergruppen, hvis forløbet selv bruger en; ellers står navnet.",
        default=None,
    )


@dataclass
class Partner:
    __pydantic_config__ = _CONFIG
    name: str = doc("Partnerens navn.")
    role: str | None = doc("Hvad partneren bidrager med.", default=None)
    about: str | None = doc("Hvad samarbejdet betyder for forløbet.", default=None)
    heading: str | None = doc(
        "Overskrift over samarbejdet, fx »Vi 'samskaber' forløbet!«.", default=None
    )


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
    tagline: str | None = doc("Kort budskab, fx »En god by for alle«.", default=None)
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


# A day in every year, as MM-DD (12-21).
MONTH_DAY_PATTERN: Final = r"^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"


@dataclass
class SchoolHoliday:
    __pydantic_config__ = _CONFIG
    name: str = doc("Ferien, som den nævnes i advarsler, fx efterårsferie.")
    weeks: list[int] = doc("Ugenumrene hvert år, fx [42].", factory=list)
    start: str | None = doc(
        "Første dag hvert år som MM-DD, fx 12-21 (i stedet for uger).",
        pattern=MONTH_DAY_PATTERN,
        default=None,
    )
    end: str | None = doc(
        "Sidste dag hvert år som MM-DD, fx 01-01; før start betyder over nytår.",
        pattern=MONTH_DAY_PATTERN,
        default=None,
    )


@dataclass
class Organizer:
    __pydantic_config__ = _CONFIG
    name: str = doc("Navnet, invitationerne kommer fra, fx Forløbssekretariatet.")
    email: str = doc("E-mailadressen, invitationerne sendes fra og svar går til.")


@dataclass
class Programme:
    __pydantic_config__ = _CONFIG
    id: str = doc("Forløbets faste id.", pattern=ID_PATTERN)
    name: str = doc("Forløbets navn.")
    owner: Owner = doc("Hvem forløbet er for og ejes af.")
    period: Period = doc("Forløbets samlede periode.")
    timezone: str = doc("Tidszone for alle tidspunkter, fx Europe/Copenhagen.")
    summary: str | None = doc("Forløbet i en sætning eller to.", default=None)
    approach: str | None = doc(
        "Hvordan forløbet er bygget op, i en sætning eller to.", default=None
    )
    partner: Partner | None = doc("Samarbejdspartner.", default=None)
    working_group: str | None = doc("Hvad arbejdsgruppen bag forløbet sikrer.", default=None)
    aims: list[str] = doc("Forløbets mål.", factory=list)
    strategic_frame: list[FrameItem] = doc(
        "Den strategiske ramme, forløbet hænger op på.", factory=list
    )
    key_points_heading: str | None = doc(
        "Overskrift over de centrale pointer, fx hvor og hvornår de blev formuleret.",
        default=None,
    )
    key_points: list[KeyPoint] = doc("Centrale pointer, som forløbet bygger på.", factory=list)
    design_criteria: list[str] = doc("Designkriterier: »Et forløb, der …«.", factory=list)
    practice_areas: list[str] = doc(
        "Øvebaner: temaer, hvor lederne træner lederskabet.", factory=list
    )
    activity_forms: list[str] = doc("Eksempler på aktivitetsformer.", factory=list)
    questionnaire: Questionnaire | None = doc("Spørgeskemaet i forløbet.", default=None)
    organizer: Organizer | None = doc(
        "Hvem kalenderinvitationerne (felles invite) kommer fra: name og email.", default=None
    )
    school_holidays: list[SchoolHoliday] | Literal["none", "ingen"] | None = doc(
        "Skoleferierne, felles advarer om (vinterferie uge 7, efterårsferie uge 42, "
        "sommerferie i juli og juleferie 21. december – 1. januar, når feltet udelades); "
        "none eller en tom liste: ingen.",
        default=None,
    )


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
    description: str = doc("»Ledere, der …«: hvad målet betyder i praksis.")
    themes: list[Theme] = doc("Temaerne i læringsmålet.")
    example_competencies: list[str] = doc("Eksempler på kompetencer.", factory=list)
    aims: list[str] = doc("Hvad lederne skal have ud af arbejdet med målet.", factory=list)


@dataclass
class LearningGoals:
    __pydantic_config__ = _CONFIG
    goals: list[Goal] = doc("Forløbets læringsmål.")
    intro: str | None = doc("En overskrift eller indledning til læringsmålene.", default=None)
    title: str | None = doc("Titlen på hjulet med læringsmål, temaer og kompetencer.", default=None)


# --- groups.yaml --------------------------------------------------------------


@dataclass
class Member:
    __pydantic_config__ = _CONFIG
    name: str = doc("Lederens fulde navn, stavet som i kilden.")
    area: str | None = doc("Lederens område eller magistratsafdeling.", default=None)
    email: str | None = doc("Lederens e-mailadresse (til felles invite).", default=None)
    joined: str | None = doc(
        "Kom med i forløbet fra (år, måned eller dag, fx 2019-03); udelades for dem, der "
        "var med fra start.",
        pattern=WHEN_PATTERN,
        default=None,
        key="from",
    )
    left: str | None = doc(
        "Forlod forløbet fra (år, måned eller dag, fx 2019-01): fra da er lederen ikke "
        "med i aktiviteter, par eller invitationer, men det, der er sket, består.",
        pattern=WHEN_PATTERN,
        default=None,
        key="until",
    )


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
class Session:
    __pydantic_config__ = _CONFIG
    group: int = doc("Sparringsgruppens nummer (fra groups.yaml).")
    when: str = doc(
        "Hvornår gruppen holder aktiviteten: 2018-08-21 09:00 (tidspunkt), 2018-08-21 (dag) "
        "eller 2018-09 (kun måned).",
        pattern=WHEN_PATTERN,
    )
    end: str | None = doc(
        "Slut, med samme skrivemåde som »when«.", pattern=WHEN_PATTERN, default=None
    )
    place: str | None = doc("Hvor gruppen mødes.", default=None)


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
        "Slut, med samme skrivemåde som »when«.", pattern=WHEN_PATTERN, default=None
    )
    place: str | None = doc("Sted.", default=None)
    who: Who = doc(
        "Hvem der deltager: alle (hele ledergruppen samlet), grupper (hver "
        "sparringsgruppe for sig), individuel (hver leder for sig) eller par (lederne "
        "parvis: hver leder besøger en kollega og får besøg af en anden; parrene laves med "
        "felles pair).",
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
    sessions: list[Session] = doc(
        "Hver sparringsgruppes egen dato for aktiviteten (kun ved who: grupper), én pr. "
        "gruppe: group, when, evt. end og place.",
        factory=list,
    )
    prepares: str | None = doc(
        "Id på den aktivitet, en forberedelse er til (fx workshop-2).",
        pattern=ID_PATTERN,
        default=None,
    )


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
