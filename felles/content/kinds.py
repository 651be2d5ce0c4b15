"""The kinds of content file: where each lives, what model its data must fit.

One table for the loader (what to read and how), `felles schema` (one JSON Schema a
kind) and the checks (which file a finding belongs to). The model classes are named,
not imported: `felles next` never pays for the survey's model.
"""

from __future__ import annotations

import importlib
from typing import Any, Final, NamedTuple


class FileKind(NamedTuple):  # a NamedTuple costs a quarter of a frozen dataclass to define
    name: str  # as `felles schema` names it
    path: str  # inside the content folder: a file, or a folder and "*.md"
    model: str  # "module:Class" of the model the data must fit
    title: str
    description: str
    required: bool = True

    @property
    def front_matter(self) -> bool:
        """Markdown with YAML front matter (else a YAML file)."""
        return self.path.endswith(".md")

    @property
    def folder(self) -> str | None:
        """The folder of a kind with one file per item (phases, drafts)."""
        folder, _, name = self.path.rpartition("/")
        return folder if name.startswith("*") else None

    @property
    def filename(self) -> str:
        return self.path.rpartition("/")[2]

    def cls(self) -> type[Any]:
        module, _, name = self.model.partition(":")
        found: type[Any] = getattr(importlib.import_module(module), name)
        return found


_MODEL = "felles.content.model"
_SURVEY = "felles.content.survey_model"
_PAIRS = "felles.content.pairs_model"
_INVITATIONS = "felles.content.invitations_model"

# The journal `felles move` keeps while it writes (cli/move_journal.py), in the content folder.
MOVE_JOURNAL: Final = ".felles-flytning.json"

PROGRAMME: Final = FileKind(
    "programme",
    "programme.yaml",
    f"{_MODEL}:Programme",
    "felles: programme.yaml",
    "Forløbet som helhed: navn, ejer, partner, periode, tidszone, strategisk ramme, "
    "designkriterier og øvebaner.",
)
LEARNING_GOALS: Final = FileKind(
    "learning_goals",
    "learning_goals.yaml",
    f"{_MODEL}:LearningGoals",
    "felles: learning_goals.yaml",
    "Forløbets læringsmål med temaer og kompetencer.",
)
GROUPS: Final = FileKind(
    "groups",
    "groups.yaml",
    f"{_MODEL}:Groups",
    "felles: groups.yaml",
    "Sparringsgrupperne og deres medlemmer. En leder er kun i én gruppe.",
)
PHASE: Final = FileKind(
    "phase",
    "phases/*.md",
    f"{_MODEL}:PhaseMeta",
    "felles: front matter i phases/*.md",
    "Front matter i en fasefil: periode, læringsmål og aktiviteter. VS Code tjekker "
    "ikke front matter i Markdown; det gør felles validate.",
)
DRAFT: Final = FileKind(
    "ledelsesgrundlag",
    "ledelsesgrundlag/*.md",
    f"{_MODEL}:DraftMeta",
    "felles: front matter i ledelsesgrundlag/*.md",
    "Front matter i en leders ledelsesgrundlag. VS Code tjekker ikke front matter i "
    "Markdown; det gør felles validate.",
    required=False,
)
SURVEY: Final = FileKind(
    "survey",
    "survey.yaml",
    f"{_SURVEY}:Survey",
    "felles: survey.yaml",
    "Spørgeskemaet: runder, svarskalaer, relationsspørgsmål, samarbejde udadtil og "
    "udsagn om egen ledelsesstil.",
    required=False,
)

PAIRS: Final = FileKind(
    "pairs",
    "pairs/*.yaml",
    f"{_PAIRS}:Pairing",
    "felles: pairs/*.yaml",
    "Parrene til en aktivitet for par (who: par), lavet med felles pair: hvem besøger hvem. "
    "Én fil pr. aktivitet, opkaldt efter aktivitetens id.",
    required=False,
)

INVITATIONS: Final = FileKind(
    "invitations",
    "invitations.yaml",
    f"{_INVITATIONS}:Invitations",
    "felles: invitations.yaml",
    "Hvad felles invite har sendt: for hver begivenhed SEQUENCE, modtagere og det, de så. "
    "Skrives af felles invite efter hver sendt mail; ret ikke i den i hånden.",
    required=False,
)

KINDS: Final[dict[str, FileKind]] = {
    kind.name: kind
    for kind in (PROGRAMME, LEARNING_GOALS, GROUPS, PHASE, DRAFT, SURVEY, PAIRS, INVITATIONS)
}
