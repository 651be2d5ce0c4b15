"""The programme tells its own story: every text the content stores reaches a reader.

`test_every_text_field_of_the_content_is_shown_somewhere` lists the text fields of the
content model (every str and list[str] field of programme.yaml, learning_goals.yaml,
groups.yaml, the phases' and drafts' front matter and survey.yaml, found by walking the
dataclasses, so a new field is listed the day it is added), puts a marker of its own in
every value of each on a copy of the content, runs every output a person reads, and
fails naming each field no output shows. Ids, dates, settings and references to other
content are not text: they are listed in NOT_TEXT with the reason.
"""

from __future__ import annotations

import dataclasses
import html
import itertools
import re
import types
import typing
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from felles.content import model, survey_model
from felles.content.markdown import without_comments
from tests.helpers.content import copy_shipped
from tests.helpers.run import Cli

AS_OF = "2018-11-01"

# Not text a person reads, each with why.
NOT_TEXT = {
    "Programme.timezone": "a setting: the zone the times are in",
    "PhaseMeta.goal": "a reference: the goal is shown by its title",
    "Activity.themes": "references to themes, shown by their titles",
    "Activity.leaders": "references to leaders, shown by their names",
    "SurveyRound.phase": "a reference to a phase",
    "SurveyRound.goal": "a reference to a goal",
    "RelationQuestion.scale": "a reference to a scale",
    "ExternalSection.scale": "a reference to a scale",
    "StyleSection.scale": "a reference to a scale",
    "Statement.goal": "a reference to a goal",
    "Statement.theme": "a reference to a theme",
    "Member.email": "an address felles invite writes to (tests/cli/test_invite.py)",
    "Organizer.email": "the address invitations come from (tests/cli/test_invite.py)",
    "Organizer.name": "shown only in the invitations of felles invite (tests/cli/test_invite.py)",
}
ROOTS = {
    "programme.yaml": model.Programme,
    "learning_goals.yaml": model.LearningGoals,
    "groups.yaml": model.Groups,
    "survey.yaml": survey_model.Survey,
}
# Values for required fields that are not text, when the test adds an item to a list
# that the shipped content leaves empty, from the item that holds the list (None: add none).
REQUIRED: dict[str, Callable[[dict[str, Any]], dict[str, Any] | None]] = {
    "AgendaItem": lambda _: {"time": "12:00"},
    # Group 1's own session of each activity the groups hold, in the activity's own month.
    "Session": lambda parent: (
        {"group": 1, "when": str(parent["when"])} if parent.get("who") == "grupper" else None
    ),
}


def _unwrap(kind: Any) -> tuple[str, Any]:
    """('text' | 'texts' | 'object' | 'objects' | 'other', the dataclass if any)."""
    origin = typing.get_origin(kind)
    if origin in (typing.Union, types.UnionType):
        kinds = [k for k in typing.get_args(kind) if k is not type(None)]
        return _unwrap(kinds[0]) if len(kinds) == 1 else ("other", None)
    if kind is str:
        return "text", None
    if origin is list:
        (item,) = typing.get_args(kind)
        if item is str:
            return "texts", None
        if dataclasses.is_dataclass(item):
            return "objects", item
    if dataclasses.is_dataclass(kind):
        return "object", kind
    return "other", None


def text_fields(cls: Any) -> Iterator[tuple[str, dataclasses.Field[Any]]]:
    """Every text field reachable from `cls`, as 'Class.field'."""
    hints = typing.get_type_hints(cls)
    for field in dataclasses.fields(cls):
        shape, inner = _unwrap(hints[field.name])
        name = f"{cls.__name__}.{field.name}"
        if shape in ("text", "texts") and "pattern" not in field.metadata:
            if name not in NOT_TEXT:
                yield name, field
        elif inner is not None:
            yield from text_fields(inner)


ALL_FIELDS = sorted(
    {
        name
        for root in (*ROOTS.values(), model.PhaseMeta, model.DraftMeta)
        for name, _ in text_fields(root)
    }
)


class _Marker:
    def __init__(self) -> None:
        self.counter = itertools.count()
        self.by_field: dict[str, list[str]] = {}

    def new(self, name: str) -> str:
        value = f"Feltprøve{next(self.counter)}x"
        self.by_field.setdefault(name, []).append(value)
        return value

    def fill(self, cls: Any, data: dict[str, Any]) -> None:
        """Put a marker in every text field of `data` (modelled by `cls`), adding optional
        text fields and one item to empty lists of objects."""
        hints = typing.get_type_hints(cls)
        for field in dataclasses.fields(cls):
            shape, inner = _unwrap(hints[field.name])
            name = f"{cls.__name__}.{field.name}"
            if shape == "text" and name in ALL_FIELDS:
                data[field.name] = self.new(name)
            elif shape == "texts" and name in ALL_FIELDS:
                data[field.name] = [self.new(name) for _ in data.get(field.name) or [0]]
            elif shape == "object":
                if field.name not in data or data[field.name] is None:
                    continue
                self.fill(inner, data[field.name])
            elif shape == "objects":
                items = data.setdefault(field.name, [])
                added = REQUIRED[inner.__name__](data) if inner.__name__ in REQUIRED else None
                if not items and added is not None:
                    items.append(added)
                for item in items:
                    self.fill(inner, item)


class _NoAliases(yaml.SafeDumper):
    def ignore_aliases(self, data: Any) -> bool:
        return True


def _dump(data: Any) -> str:
    return yaml.dump(data, Dumper=_NoAliases, allow_unicode=True, sort_keys=False)


def marked_content(root: Path) -> _Marker:
    """The shipped content at `root` with a marker in every text field."""
    marker = _Marker()
    for name, cls in ROOTS.items():
        path = root / name
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        marker.fill(cls, data)
        path.write_text(_dump(data), encoding="utf-8")
    for path in sorted((root / "phases").glob("*.md")):
        _, front, body = path.read_text(encoding="utf-8").split("---\n", 2)
        data = yaml.safe_load(front)
        marker.fill(model.PhaseMeta, data)
        path.write_text(f"---\n{_dump(data)}---\n{body}", encoding="utf-8")
    return marker


def outputs(cli: Cli, content: Path, tmp_path: Path) -> str:
    """Everything a person reads, for the whole programme, as one text."""
    texts: list[str] = []

    def run(*args: str | Path) -> str:
        result = cli(*args, "--content", content)
        assert result.code == 0, (args, result.output)
        return result.out

    assert cli("grundlag", "new", "--all", "--content", content, "--as-of", "2018-06-08").code == 0
    for draft in (content / "ledelsesgrundlag").glob("*.md"):
        text = draft.read_text(encoding="utf-8").replace("status: udkast", "status: udgivet")
        draft.write_text(text.replace("\n## ", "\nMin egen tekst.\n\n## "), encoding="utf-8")
    site = tmp_path / "site"
    run("export", "site", "-o", site, "--as-of", AS_OF)
    texts.append((site / "index.html").read_text(encoding="utf-8"))
    for phase in (content / "phases").glob("*.md"):
        phase_id = re.search(r"^id: (\S+)$", phase.read_text(encoding="utf-8"), re.M)
        assert phase_id is not None
        for kind in ("md", "html"):
            texts.append(run("export", "agenda", "--phase", phase_id.group(1), "--format", kind))
    texts.append(run("export", "ics"))
    texts.append(run("export", "grundlag", "--format", "md"))
    texts.append(run("next", "--as-of", "2018-06-01", "20"))
    texts.append(run("next", "--group", "1", "--as-of", "2018-06-01", "20"))
    rounds = yaml.safe_load((content / "survey.yaml").read_text(encoding="utf-8"))["rounds"]
    for survey_round in rounds:
        texts.append(run("survey", "form", survey_round["id"]))
    example = tmp_path / "svar.csv"
    run("survey", "template", rounds[0]["id"], "--example", "-o", example)
    data = tmp_path / "data"
    run("survey", "import", rounds[0]["id"], example, "--data", data)
    texts.append(run("survey", "report", rounds[0]["id"], "--data", data))
    return html.unescape("\n".join(texts))


def test_the_walk_finds_the_texts_it_should() -> None:
    assert "Programme.design_criteria" in ALL_FIELDS
    assert "KeyPoint.text" in ALL_FIELDS and "Goal.example_competencies" in ALL_FIELDS
    assert "Activity.purpose" in ALL_FIELDS and "Statement.text" in ALL_FIELDS
    assert "Activity.id" not in ALL_FIELDS and "Period.start" not in ALL_FIELDS


def test_every_text_field_of_the_content_is_shown_somewhere(cli: Cli, tmp_path: Path) -> None:
    content = copy_shipped(tmp_path / "content")
    marker = marked_content(content)
    validate = cli("validate", "--content", content)
    assert validate.code == 0, validate.output
    shown = outputs(cli, content, tmp_path)
    unseen = [
        name
        for name in ALL_FIELDS
        if name in marker.by_field and not any(v in shown for v in marker.by_field[name])
    ]
    assert unseen == []
    assert set(ALL_FIELDS) - set(marker.by_field) == {"DraftMeta.leader"}  # names from groups


def test_every_phase_text_is_on_the_site(cli: Cli, tmp_path: Path) -> None:
    content = copy_shipped(tmp_path / "content")
    result = cli("export", "site", "--content", content, "-o", tmp_path / "site", "--as-of", AS_OF)
    assert result.code == 0, result.output
    page = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    inline = re.sub(r"</?(?:em|strong)>", "", page)
    shown = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", inline)).split())
    for phase in sorted((content / "phases").glob("*.md")):
        body = phase.read_text(encoding="utf-8").split("---\n", 2)[2]
        for line in without_comments(body).splitlines():  # notes to the author are not text
            plain = " ".join(re.sub(r"[*_]|^\s*(?:-|\d+\.|#+)\s+", "", line).split())
            assert plain in shown, (phase.name, plain)


@pytest.mark.parametrize(
    "phrase",
    [
        "aktionslæring som arbejdsform",  # a design criterion
        "Fra ord til handling",  # a central point
        "Befordring/kørsel",  # an øvebane
        "Besøg hos hinanden",  # an example of an activity
        "Frem mod første seminar i Strategisk Ledelsesforum udvikler",  # a phase's text
        "Hvad skal der ske?",
    ],
)
def test_the_site_shows_the_programmes_story(cli: Cli, tmp_path: Path, phrase: str) -> None:
    content = copy_shipped(tmp_path / "content")
    assert cli("export", "site", "--content", content, "-o", tmp_path / "s").code == 0
    page = html.unescape((tmp_path / "s" / "index.html").read_text(encoding="utf-8"))
    assert phrase in " ".join(page.split())


def test_a_seminars_agenda_has_its_phase_text_and_example_competencies(
    cli: Cli, content: Path
) -> None:
    result = cli("export", "agenda", "seminar-graensekrydsende-samarbejde", "--content", content)
    assert result.code == 0, result.output
    out = result.out
    assert "## Om fasen: Grænsekrydsende samarbejde" in out
    assert "### Eksempler på kompetencer" in out
    assert "- Evne til at gå ud af eget ledelsesrum og ind i andres" in out
    assert "# Grænsekrydsende samarbejde\n" not in out  # the body's title is not repeated
    html_out = cli(
        "export", "agenda", "seminar-graensekrydsende-samarbejde", "--content", content,
        "--format", "html",
    ).out  # fmt: skip
    assert "<h2>Om fasen: Grænsekrydsende samarbejde</h2>" in html_out
    assert "<li>Evne til at gå ud af eget ledelsesrum og ind i andres</li>" in html_out


def test_html_in_a_phase_text_is_shown_as_text(cli: Cli, content: Path, tmp_path: Path) -> None:
    phase = content / "phases" / "02-aktiv-visionsledelse.md"
    phase.write_text(
        phase.read_text(encoding="utf-8") + "\n<script>alert(1)</script> [x](https://x.example)\n",
        encoding="utf-8",
    )
    result = cli("export", "agenda", "seminar-aktiv-visionsledelse", "--content", content,
                 "--format", "html")  # fmt: skip
    assert result.code == 0
    assert "<script>" not in result.out and "&lt;script&gt;" in result.out
    assert "x (https://x.example)" in result.out and 'href="https' not in result.out
    markdown = cli("export", "agenda", "seminar-aktiv-visionsledelse", "--content", content).out
    assert "&lt;script>" in markdown and "<script>" not in markdown
    assert cli("export", "site", "--content", content, "-o", tmp_path / "s").code == 0
    assert "<script>" not in (tmp_path / "s" / "index.html").read_text(encoding="utf-8")
