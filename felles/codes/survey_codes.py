"""The questionnaire: survey.yaml (E60x), and choosing its round, its file or a learning
goal in `felles survey` (U060, U067, U068).

Its answers in CSV have survey_answer_codes; its data folder has survey_data_codes."""

from typing import Final

from felles.codes.code import Code

CODES: Final[dict[str, Code]] = {
    "E601": Code(
        "temaet »{theme}« hører til læringsmålet »{owner}«, ikke »{goal}«",
        "Et udsagn om ledelsesstil hører til ét læringsmål og et af dets temaer, så "
        "rapporten kan vise det under det rigtige mål.",
        "goal: aktiv-visionsledelse\ntheme: formulering-og-formidling",
    ),
    "E602": Code(
        "ét og kun ét relationsspørgsmål skal have en grænse for samarbejdspartnere (feltet "
        "partner_from), men her har {count}",
        "Netværkstallene (tæthed, partnere, gensidighed) bygger på ét spørgsmål: hvor ofte "
        "man samarbejder. »partner_from« siger, fra hvilken værdi et svar tæller som "
        "samarbejdspartner.",
        "- id: hyppighed\n  scale: hyppighed\n  partner_from: 2",
    ),
    "E603": Code(
        "partner_from: {value} findes ikke på skalaen »{scale}« (værdierne: {values})",
        "»partner_from« skal være en af skalaens værdier.",
        "partner_from: 2",
    ),
    "E604": Code(
        "id'et »{id}« kan ikke bruges her: det er allerede navnet på en anden kolonnegruppe",
        "Kolonnerne i CSV-filen hedder id.leder, id.aktør og udsagn.id. Relationsspørgsmål og "
        "afsnittet om samarbejde udadtil skal derfor have hver sit id, og hverken "
        "»respondent«, »eksempel« eller »udsagn«.",
        "external:\n  id: udadtil",
    ),
    "E605": Code(
        "skalaen »{scale}« skal have mindst to svarmuligheder",
        "En svarskala med færre end to trin kan ikke måle noget.",
        "steps:\n  - value: 1\n    label: Helt uenig\n  - value: 5\n    label: Helt enig",
    ),
    "E606": Code(
        "værdien {value} står to gange på skalaen »{scale}«",
        "Hver svarmulighed skal have sin egen værdi, ellers kan svarene ikke skelnes.",
        "- value: 1\n  label: Helt uenig\n- value: 2\n  label: Overvejende uenig",
    ),
    "U060": Code(
        "ingen runde har id'et »{round}«{hint} (runderne: {known})",
        "RUNDE er en rundes id fra survey.yaml.",
        "felles survey form baseline",
    ),
    "U067": Code(
        "indholdet har intet spørgeskema ({path} findes ikke)",
        "Spørgeskemaet beskrives i survey.yaml i indholdsmappen.",
        "felles schema   # survey.schema.json beskriver filen",
    ),
    "U068": Code(
        "intet læringsmål har id'et »{goal}« (læringsmålene: {known})",
        "--goal tager et læringsmåls id fra learning_goals.yaml.",
        "felles survey report baseline --goal aktiv-visionsledelse",
    ),
}
