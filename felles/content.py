"""Load a content folder: every file read, modelled, and checked as a whole."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from felles import model
from felles.build import BuildError, build
from felles.errors import ReadError
from felles.findings import Finding
from felles.locate import ContentDir
from felles.reader import Document, read_front_matter, read_yaml

if TYPE_CHECKING:
    from felles.survey import model as survey_model

T = TypeVar("T")

PROGRAMME = "programme.yaml"
LEARNING_GOALS = "learning_goals.yaml"
GROUPS = "groups.yaml"
PHASES = "phases"
DRAFTS = "ledelsesgrundlag"
SURVEY = "survey.yaml"


@dataclass
class Phase:
    meta: model.PhaseMeta
    doc: Document
    display: str


@dataclass
class Draft:
    meta: model.DraftMeta
    doc: Document
    display: str


@dataclass
class Content:
    dir: ContentDir
    programme: model.Programme | None = None
    goals: list[model.Goal] = field(default_factory=list)
    groups: list[model.Group] = field(default_factory=list)
    phases: list[Phase] = field(default_factory=list)
    drafts: list[Draft] = field(default_factory=list)  # ledelsesgrundlag/*.md that read cleanly
    survey: survey_model.Survey | None = None  # survey.yaml: optional, read only when asked
    documents: dict[str, Document] = field(default_factory=dict)  # by display path
    findings: list[Finding] = field(default_factory=list)
    _leaders: tuple[list[model.Group], dict[str, int]] | None = field(
        default=None, init=False, repr=False, compare=False
    )

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "error"]

    @property
    def programme_errors(self) -> list[Finding]:
        """Errors outside the leaders' drafts: those that make the programme unreliable.

        One leader's broken draft must not stop `felles next` for everyone.
        """
        return [f for f in self.errors if Path(f.path).parent.name != DRAFTS]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "warning"]

    def leaders(self) -> dict[str, int]:
        """Every leader's name and group number, in the order of groups.yaml (do not modify).

        Built once per `groups` list: per-leader and per-activity code asks for it often.
        """
        cache = self._leaders
        if cache is None or cache[0] is not self.groups:
            names = {m.name: group.number for group in self.groups for m in group.members}
            cache = self._leaders = (self.groups, names)
        return cache[1]

    def activities(self) -> Iterator[tuple[Phase, int, model.Activity]]:
        for phase in self.phases:
            for index, activity in enumerate(phase.meta.activities):
                yield phase, index, activity

    def goal(self, goal_id: str | None) -> model.Goal | None:
        return next((goal for goal in self.goals if goal.id == goal_id), None)

    def where(self, display: str, loc: tuple[str | int, ...]) -> tuple[int, int]:
        return self.documents[display].where(loc)


def display_path(path: Path, cwd: Path) -> str:
    """The path as the user will recognise it: relative to the working directory if inside."""
    try:
        return os.path.relpath(path, cwd) if path.is_relative_to(cwd) else str(path)
    except ValueError:  # another drive on Windows
        return str(path)


def load(
    cdir: ContentDir,
    cwd: Path,
    *,
    full: bool = False,
    today: date | None = None,
    survey: bool = False,
) -> Content:
    """Read and model every content file; `full` validates with pydantic even when clean.

    With `today`, the calendar-aware warnings are checked too (see rules.check).
    With `survey`, the optional survey.yaml is read too (`felles next` has no use for it).

    Without `full`, clean content is built by the fast converter and only
    content that does not fit falls back to pydantic for the findings.
    """
    from felles import rules

    content = Content(cdir)
    loader = _Loader(content, cwd, full)
    content.programme = loader.model(cdir.path / PROGRAMME, model.Programme, read_yaml)
    goals = loader.model(cdir.path / LEARNING_GOALS, model.LearningGoals, read_yaml)
    content.goals = goals.goals if goals else []
    groups = loader.model(cdir.path / GROUPS, model.Groups, read_yaml)
    content.groups = groups.groups if groups else []
    phase_dir = cdir.path / PHASES
    phase_files = sorted(phase_dir.glob("*.md")) if phase_dir.is_dir() else []
    if not phase_files:
        content.findings.append(
            Finding(display_path(phase_dir, cwd), None, None, "E306", {"file": "phases/*.md"})
        )
    for path in phase_files:
        meta = loader.model(path, model.PhaseMeta, read_front_matter)
        if meta is not None:
            display = display_path(path, cwd)
            content.phases.append(Phase(meta, content.documents[display], display))
    draft_dir = cdir.path / DRAFTS
    for path in sorted(draft_dir.glob("*.md")) if draft_dir.is_dir() else []:
        if path.name.startswith("."):  # editors' lock and backup files
            continue
        draft = loader.model(path, model.DraftMeta, read_front_matter)
        if draft is not None:
            display = display_path(path, cwd)
            content.drafts.append(Draft(draft, content.documents[display], display))
    survey_file = cdir.path / SURVEY
    if survey and (survey_file.exists() or survey_file.is_symlink()):
        from felles.survey import model as survey_model

        content.survey = loader.model(survey_file, survey_model.Survey, read_yaml)
    content.findings.extend(rules.check(content, today))
    return content


@dataclass
class _Loader:
    content: Content
    cwd: Path
    full: bool

    def model(self, path: Path, cls: type[T], read: Any) -> T | None:
        display = display_path(path, self.cwd)
        if not path.exists() and not path.is_symlink():
            self.content.findings.append(Finding(display, None, None, "E306", {"file": path.name}))
            return None
        root = self.content.dir.path.resolve()
        target = path.resolve()
        if not target.is_relative_to(root):
            self.content.findings.append(
                Finding(display, None, None, "E118", {"target": str(target)})
            )
            return None
        try:
            doc: Document = read(path)
        except ReadError as error:
            self.content.findings.append(Finding.from_error(display, error))
            return None
        self.content.documents[display] = doc
        if not self.full:
            try:
                return build(cls, doc.data)
            except (BuildError, TypeError):
                pass
        from felles.validation import validate

        result, findings = validate(cls, doc, display)
        self.content.findings.extend(findings)
        return result
