"""What a field is called in Danish (content/field_words.py): a missing field is named in
Danish and by its key ("der mangler et sted (feltet place)"), an unknown Danish one gets
the key it means ("ukendt felt »sted« – mente du »place«?")."""

from __future__ import annotations

import dataclasses
import inspect
from pathlib import Path

from felles.content import field_words, invitations_model, model, pairs_model, survey_model
from tests.helpers.run import Cli
from tests.helpers.tree import edit


def _required_fields() -> set[str]:
    names: set[str] = set()
    for module in (model, survey_model, pairs_model, invitations_model):
        for _, cls in inspect.getmembers(module, dataclasses.is_dataclass):
            if cls.__module__ == module.__name__:
                names |= {
                    field.name
                    for field in dataclasses.fields(cls)
                    if field.default is dataclasses.MISSING
                    and field.default_factory is dataclasses.MISSING
                }
    return names


def test_every_required_field_has_a_danish_word() -> None:
    required = _required_fields()
    assert {"title", "when", "id", "group", "visitor", "made"} <= required
    assert required - set(field_words.FIELDS) == set()


def test_every_danish_word_means_one_field_of_the_models() -> None:
    meant = [word for words in field_words.FIELDS.values() for word in words.danish]
    assert len(meant) == len(set(meant))
    assert field_words.meant("Sted") == "place" and field_words.meant("hvornår") == "when"
    assert field_words.meant("place") is None
    assert field_words.holds("place") == "et sted" and field_words.holds("ukendt") == "en værdi"


def test_a_danish_field_name_gets_the_key_it_means(cli: Cli, content: Path) -> None:
    edit(content / "phases" / "01-opstart.md", '    title: "Seminar:', '    titel: "Seminar:')
    result = cli("validate", "--content", content)
    assert result.code == 1
    assert "E201 ukendt felt »titel« – mente du »title«?" in result.out


def test_a_missing_title_says_what_is_missing_and_which_key_to_write(
    cli: Cli, content: Path
) -> None:
    edit(content / "phases" / "01-opstart.md", '    title: "Seminar: Fælles retning"\n', "")
    result = cli("validate", "--content", content)
    assert result.code == 1
    assert "E202 der mangler en titel (feltet title)" in result.out
