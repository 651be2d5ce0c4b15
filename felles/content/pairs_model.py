"""The model of pairs/<activity-id>.yaml: the pairs `felles pair` makes for an activity done
two by two (`who: par`).

Apart from `model.py`, as the survey's model is: `felles next` never pays for defining it
(only `next --leader` reads the pairs).
"""

from dataclasses import dataclass

from felles.content.model import _CONFIG, DAY_PATTERN, ID_PATTERN, doc


@dataclass
class Pair:
    __pydantic_config__ = _CONFIG
    visitor: str = doc("Lederen, der besøger (navn som i groups.yaml).")
    host: str = doc("Lederen, der får besøg (navn som i groups.yaml).")


@dataclass
class Pairing:
    __pydantic_config__ = _CONFIG
    activity: str = doc(
        "Id på aktiviteten, parrene er til (who: par); filen hedder <id>.yaml.",
        pattern=ID_PATTERN,
    )
    seed: int = doc("Det tal (--seed), parrene blev lavet med: samme tal giver samme par.")
    made: str = doc("Hvornår parrene blev lavet (ÅÅÅÅ-MM-DD).", pattern=DAY_PATTERN)
    pairs: list[Pair] = doc(
        "Besøgene: hver leder besøger én kollega (visitor) og får besøg af én (host)."
    )
