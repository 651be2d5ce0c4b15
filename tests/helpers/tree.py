"""Small content trees for unit tests, written from a nested dict (as copier's
`build_file_tree`), and a minimal valid programme whose every value a test chooses.

Unit tests build the tree they need here and assert on values they wrote themselves: a
change to the shipped programme (content/) never touches them.
"""

from __future__ import annotations

import tempfile
import textwrap
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, Union

if TYPE_CHECKING:
    from felles.content.load import Content

# A file's text, or a folder's entries.
Spec = Mapping[str, Union[str, "Spec"]]


def build_tree(root: Path, spec: Spec) -> Path:
    """Write `spec` under root: a name mapped to text is a file (dedented, a leading line
    break dropped, UTF-8), a name mapped to a dict is a folder. Returns root."""
    root.mkdir(parents=True, exist_ok=True)
    for name, value in spec.items():
        path = root / name
        if isinstance(value, str):
            path.parent.mkdir(parents=True, exist_ok=True)
            text = textwrap.dedent(value)
            path.write_text(text[1:] if text.startswith("\n") else text, encoding="utf-8")
        else:
            build_tree(path, value)
    return root


def edit(path: Path, old: str, new: str, count: int = 1) -> None:
    """Replace text in a content file, failing loudly if the text is not there."""
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, count), encoding="utf-8")


# --- a minimal valid programme ------------------------------------------------------------

FORUM = "Ledergruppen"
GROUPS: dict[int, list[str]] = {
    1: ["Anna Andersen", "Bo Berg", "Carl Dahl"],
    2: ["Dorte Eriksen", "Emil Friis", "Frida Gram"],
}
GOAL = "faelles-retning"
THEME = "formidling"

PROGRAMME = f"""
id: proeveforloeb
name: Prøveforløbet
owner:
  organisation: Prøve Kommune
  forum: {FORUM}
period:
  start: "2027-01"
  end: "2027-12"
timezone: Europe/Copenhagen
questionnaire:
  title: Spørgeskema
  paragraphs:
    - Spørgeskemaet handler om samarbejdet i ledergruppen.
"""

LEARNING_GOALS = f"""
goals:
  - id: {GOAL}
    number: 1
    title: Fælles retning
    description: Ledere, der sætter en fælles retning.
    themes:
      - id: {THEME}
        title: Formidling
        competency: Kan formidle retningen.
"""

# Phase 1: a seminar for all (a day and times), a preparation and a workshop in the groups
# (months only). Phase 2: one meeting on a day.
PHASE_1 = f"""
---
id: opstart
number: 1
title: Opstart
goal: {GOAL}
period:
  start: "2027-01"
  end: "2027-06"
activities:
  - id: seminar-opstart
    type: seminar
    title: "Seminar: Fælles retning"
    when: "2027-01-14 09:00"
    end: "2027-01-14 15:00"
    place: Rådhuset, mødelokale 1
    who: alle
    themes: [{THEME}]
    purpose: At give ledergruppen et fælles afsæt.
    preparation: Læs oplægget.
    agenda:
      - time: "09:00"
        end: "09:30"
        item: Velkomst
      - time: "09:30"
        item: Oplæg og drøftelse
  - id: forberedelse-1
    type: forberedelse
    title: Individuel forberedelse
    when: "2027-02"
    who: individuel
    prepares: workshop-1
  - id: workshop-1
    type: workshop
    title: Workshop i sparringsgrupperne
    when: "2027-02"
    end: "2027-03"
    who: grupper
    purpose: Øvelser og refleksion i gruppen.
---

# Opstart

Fasen, hvor ledergruppen finder en fælles retning.
"""

PHASE_2 = """
---
id: opfoelgning
number: 2
title: Opfølgning
period:
  start: "2027-07"
  end: "2027-12"
activities:
  - id: moede-opfoelgning
    type: møde
    title: Møde om opfølgning
    when: "2027-09-02"
    who: alle
---

# Opfølgning

Fasen, hvor ledergruppen følger op.
"""

PHASES: dict[str, str] = {"01-opstart.md": PHASE_1, "02-opfoelgning.md": PHASE_2}

# A survey with one round at the start of phase 1, over the default goal and theme.
SURVEY = f"""
title: Spørgeskema
status: godkendt
rounds:
  - id: baseline
    title: Førmåling
    phase: opstart
    moment: start
scales:
  - id: hyppighed
    title: Hvor ofte
    steps:
      - {{value: 0, label: Aldrig}}
      - {{value: 1, label: Sjældnere end månedligt}}
      - {{value: 2, label: Månedligt}}
      - {{value: 3, label: Ugentligt}}
      - {{value: 4, label: Dagligt}}
  - id: enighed
    title: Enighed
    steps:
      - {{value: 1, label: Helt uenig}}
      - {{value: 2, label: Uenig}}
      - {{value: 3, label: Hverken enig eller uenig}}
      - {{value: 4, label: Enig}}
      - {{value: 5, label: Helt enig}}
relations:
  title: Dine samarbejdsrelationer
  intro: Svar for hver af de andre deltagere.
  questions:
    - id: hyppighed
      text: Hvor ofte samarbejder du med lederen?
      scale: hyppighed
      partner_from: 2
    - id: oplevelse
      text: Hvordan oplever du samarbejdet med lederen?
      scale: enighed
external:
  id: udadtil
  title: Samarbejde ud af organisationen
  question: Hvor ofte samarbejder du med denne type aktør?
  scale: hyppighed
  actors:
    - id: borgere
      title: Borgere
style:
  title: Din ledelsesstil
  intro: Hvor enig er du i udsagnene?
  scale: enighed
  statements:
    - id: formidling-1
      goal: {GOAL}
      theme: {THEME}
      text: Jeg formidler retningen.
"""


def groups_yaml(groups: Mapping[int, list[str]]) -> str:
    """groups.yaml for `groups`: group number → the members' names."""
    lines = ["groups:"]
    for number, members in groups.items():
        lines.append(f"  - number: {number}\n    members:")
        lines += [f"      - name: {name}" for name in members]
    return "\n".join(lines) + "\n"


def programme(
    root: Path,
    *,
    groups: Mapping[int, list[str]] = GROUPS,
    phases: Mapping[str, str] = PHASES,
    programme_yaml: str = PROGRAMME,
    learning_goals: str = LEARNING_GOALS,
    survey: str | None = None,
    extra: Spec | None = None,
) -> Path:
    """A small valid programme at root (`felles validate` finds nothing in it): two groups of
    three, two phases (file name → text), one goal with one theme; with `survey`, a
    survey.yaml (SURVEY fits the defaults); `extra` adds or replaces files. Returns root."""
    spec: dict[str, str | Spec] = {
        "programme.yaml": programme_yaml,
        "learning_goals.yaml": learning_goals,
        "groups.yaml": groups_yaml(groups),
        "phases": dict(phases),
    }
    if survey is not None:
        spec["survey.yaml"] = survey
    build_tree(root, spec)
    return build_tree(root, extra or {})


def loaded(**options: Any) -> Content:
    """`programme(**options)` built in a temporary folder and loaded (its survey too, if
    it has one); the folder is gone afterwards, the loaded content stays."""
    from felles.content.load import load, load_survey
    from felles.content.locate import ContentDir

    with tempfile.TemporaryDirectory() as folder:
        root = programme(Path(folder) / "content", **options)
        content = load(ContentDir(root, "option"), root.parent)
        if options.get("survey") is not None:
            load_survey(content)
    return content
