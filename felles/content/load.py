"""Load a content folder: every file read and modelled, with its read and model findings.

`load` reads the programme files; `load_drafts` adds the leaders' drafts,
`load_survey` the optional survey.yaml and `load_pairs` the pairs of `felles pair`
(`felles next` needs none of them, only `next --leader` the pairs). Neither judges the content
as a whole: references, dates and the calendar are `felles.checks`' job.

Each file is built by the one model builder (`build.py`): clean data become the
model's dataclasses without pydantic; data that do not fit go to pydantic
(`validation.py`), which says why at the right line.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from felles import paths
from felles.content import model
from felles.content.build import build_model
from felles.content.document import Document
from felles.content.kinds import (
    DRAFT,
    GROUPS,
    INVITATIONS,
    LEARNING_GOALS,
    PAIRS,
    PHASE,
    PROGRAMME,
    SURVEY,
    FileKind,
)
from felles.content.locate import ContentDir
from felles.errors import ReadError
from felles.findings import Finding

if TYPE_CHECKING:
    from felles.content import invitations_model, pairs_model, survey_model

TEXT: Final = {"ring": "et symbolsk link, der peger i ring"}  # the reason in E101


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
class Pairs:
    meta: pairs_model.Pairing
    doc: Document
    display: str


@dataclass
class Content:
    dir: ContentDir
    cwd: Path  # display paths are relative to it
    programme: model.Programme | None = None
    goals: list[model.Goal] = field(default_factory=list)
    goals_intro: str | None = None  # learning_goals.yaml's `intro`
    goals_title: str | None = None  # learning_goals.yaml's `title` (the wheel's title)
    groups: list[model.Group] = field(default_factory=list)
    phases: list[Phase] = field(default_factory=list)
    drafts: list[Draft] = field(default_factory=list)  # ledelsesgrundlag/*.md that read cleanly
    survey: survey_model.Survey | None = None  # survey.yaml: optional, see load_survey
    pairings: list[Pairs] = field(default_factory=list)  # pairs/*.yaml that read cleanly
    pairs_read: bool = False  # load_pairs has run
    invitations: invitations_model.Invitations | None = None  # invitations.yaml, when read
    documents: dict[str, Document] = field(default_factory=dict)  # by display path
    findings: list[Finding] = field(default_factory=list)  # reading and model findings
    _leaders: tuple[list[model.Group], dict[str, int]] | None = field(
        default=None, init=False, repr=False, compare=False
    )
    _members: tuple[list[model.Group], dict[int, list[str]], tuple[int, ...]] | None = field(
        default=None, init=False, repr=False, compare=False
    )

    def leaders(self) -> dict[str, int]:
        """Every leader's name and group number, in the order of groups.yaml (do not modify).

        Built once per `groups` list: per-leader and per-activity code asks for it often.
        """
        cache = self._leaders
        if cache is None or cache[0] is not self.groups:
            names = {m.name: group.number for group in self.groups for m in group.members}
            cache = self._leaders = (self.groups, names)
        return cache[1]

    def members(self, number: int) -> list[str]:
        """The names in sparring group `number`, in the order of groups.yaml (do not modify)."""
        return self.by_group().get(number, [])

    def group_numbers(self) -> tuple[int, ...]:
        """Every sparring group's number as listed in groups.yaml (do not modify)."""
        return self._groups()[2]

    def by_group(self) -> dict[int, list[str]]:
        """Each group's number and member names (a number listed twice: all its members)."""
        return self._groups()[1]

    def _groups(self) -> tuple[list[model.Group], dict[int, list[str]], tuple[int, ...]]:
        """Built once per `groups` list, like `leaders`: every activity asks for them."""
        cache = self._members
        if cache is None or cache[0] is not self.groups:
            found: dict[int, list[str]] = {}
            for group in self.groups:
                found.setdefault(group.number, []).extend(m.name for m in group.members)
            numbers = tuple(group.number for group in self.groups)
            cache = self._members = (self.groups, found, numbers)
        return cache

    def activities(self) -> Iterator[tuple[Phase, int, model.Activity]]:
        for phase in self.phases:
            for index, activity in enumerate(phase.meta.activities):
                yield phase, index, activity

    def goal(self, goal_id: str | None) -> model.Goal | None:
        return next((goal for goal in self.goals if goal.id == goal_id), None)

    def display(self, path: Path) -> str:
        """`path` as the user will recognise it (see `display_path`)."""
        return display_path(path, self.cwd)

    def where(self, display: str, loc: tuple[str | int, ...]) -> tuple[int, int]:
        return self.documents[display].where(loc)


def display_path(path: Path, cwd: Path) -> str:
    """The path as the user will recognise it: relative to the working directory if inside."""
    try:
        return os.path.relpath(path, cwd) if path.is_relative_to(cwd) else str(path)
    except ValueError:  # another drive on Windows
        return str(path)


def load(cdir: ContentDir, cwd: Path) -> Content:
    """Read and model the programme files: programme, learning goals, groups, phases."""
    content = Content(cdir, cwd)
    return assemble(content, _Loader(content))


def assemble(content: Content, read: _Loader) -> Content:
    """Fill `content` with the programme files as `read` reads them (from disk, or as the
    cache replays them: `cache.py`)."""
    content.programme = read.model(PROGRAMME)
    goals = read.model(LEARNING_GOALS)
    content.goals = goals.goals if goals else []
    content.goals_intro = goals.intro if goals else None
    content.goals_title = goals.title if goals else None
    groups = read.model(GROUPS)
    content.groups = groups.groups if groups else []
    for path, meta in read.each(PHASE):
        content.phases.append(Phase(meta, content.documents[path], path))
    return content


def load_drafts(content: Content) -> None:
    """Read the leaders' drafts (ledelsesgrundlag/*.md) into `content`."""
    for path, meta in _Loader(content).each(DRAFT):
        content.drafts.append(Draft(meta, content.documents[path], path))


def load_pairs(content: Content) -> None:
    """Read the pairs made by `felles pair` (pairs/*.yaml) into `content`; without the folder
    this costs one look at the disk and no YAML. Read once: a second call does nothing."""
    if content.pairs_read:
        return
    content.pairs_read = True
    for path, meta in _Loader(content).each(PAIRS):
        content.pairings.append(Pairs(meta, content.documents[path], path))


def load_invitations(content: Content) -> None:
    """Read what `felles invite` has sent (invitations.yaml), when the file exists."""
    if paths.lstat(content.dir.path / INVITATIONS.path) is not None:
        content.invitations = _Loader(content).model(INVITATIONS)


def load_survey(content: Content) -> None:
    """Read the optional survey.yaml into `content` (its findings join the others)."""
    if paths.exists(content.dir.path / SURVEY.path):
        content.survey = _Loader(content).model(SURVEY)


class _Loader:
    """Reads the files of a content folder, each into its model, keeping every finding."""

    def __init__(self, content: Content) -> None:
        self.content = content
        self.root = paths.resolve(content.dir.path)  # once per load, not once per file
        # Each folder resolved, and looked up in the root, once: (where it is, inside root).
        self.folders: dict[Path, tuple[Path, bool] | None] = {}

    def model(self, kind: FileKind, path: Path | None = None, display: str = "") -> Any:
        """The model of one file of `kind` (None, with findings, if it cannot be built)."""
        path = path or self.content.dir.path / kind.path
        display = display or self.content.display(path)
        doc = self.document(kind, path, display)
        if doc is None:
            return None
        self.content.documents[display] = doc
        result, findings = build_model(kind.cls(), doc, display)
        self.content.findings.extend(findings)
        return result

    def document(self, kind: FileKind, path: Path, display: str) -> Document | None:
        """The file read, or None with its finding (missing, a link out or in a ring, …)."""
        entry = paths.lstat(path)
        if entry is None:
            self.content.findings.append(Finding(display, None, None, "E306", {"file": path.name}))
            return None
        found = self.located(path, entry)
        if found is None:  # a link in a ring, or a name the file system refuses
            self.content.findings.append(Finding(display, 1, 1, "E101", {"reason": TEXT["ring"]}))
            return None
        target, inside = found
        if not inside:
            self.content.findings.append(Finding(display, 1, 1, "E118", {"target": str(target)}))
            return None
        from felles.content.reader import read_front_matter, read_yaml

        read: Callable[[Path], Document] = read_front_matter if kind.front_matter else read_yaml
        try:
            return read(path)
        except ReadError as error:
            self.content.findings.append(Finding.from_error(display, error))
            return None

    def located(self, path: Path, entry: os.stat_result) -> tuple[Path, bool] | None:
        """Where `path` really is, and whether that is inside the content root; None if it
        cannot be resolved. A file that is no link lies where its folder really is."""
        if stat.S_ISLNK(entry.st_mode):
            target = paths.resolve(path)
            return None if target is None else (target, self._inside(target))
        if path.parent not in self.folders:
            folder = paths.resolve(path.parent)
            self.folders[path.parent] = None if folder is None else (folder, self._inside(folder))
        found = self.folders[path.parent]
        return None if found is None else (found[0] / path.name, found[1])

    def _inside(self, target: Path) -> bool:
        return self.root is not None and target.is_relative_to(self.root)

    def files(self, kind: FileKind) -> list[Path]:
        assert kind.folder is not None
        return _files(self.content.dir.path / kind.folder, kind.filename)

    def each(self, kind: FileKind) -> Iterator[tuple[str, Any]]:
        """(display path, model) of every file in a kind's folder that builds."""
        files = self.files(kind)
        if not files and kind.required:
            assert kind.folder is not None
            display = self.content.display(self.content.dir.path / kind.folder)
            self.content.findings.append(Finding(display, None, None, "E306", {"file": kind.path}))
        shown = self.content.display(files[0].parent) if files else ""  # one folder
        for path in files:
            # A string join, not a Path: ten thousand drafts at scale.
            display = path.name if shown == os.curdir else os.path.join(shown, path.name)  # noqa: PTH118
            meta = self.model(kind, path, display)
            if meta is not None:
                yield display, meta


def _files(folder: Path, pattern: str) -> list[Path]:
    """The folder's files matching `pattern`, sorted, without editors' hidden lock and backup
    files; none if the folder cannot be listed."""
    if not paths.is_dir(folder):
        return []
    try:
        found = [p for p in folder.glob(pattern) if not p.name.startswith(".")]
        return sorted(found, key=lambda p: p.name)  # one folder: by name, on every system
    except OSError:
        return []
