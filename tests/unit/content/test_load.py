"""felles.content.load on the shipped content: the names and dates as the seeds have them."""

from __future__ import annotations

from pathlib import Path

import pytest

from felles.content.load import display_path, load
from felles.content.locate import ContentDir
from tests.helpers.content import SHIPPED, copy_shipped

# The 38 leaders, spelled as in the first seed's "Sparringsgrupper" slides, by group.
SEED_GROUPS = {
    1: ["Niels Højberg", "Henrik Seiding", "Søren Aakjær"],
    2: ["Kirsten Jørgensen", "Hosea Dutschke", "Erik Kaastrup-Hansen"],
    3: ["Lotte Henriksen", "Hardy Pedersen", "Thune Korsager"],
    4: ["Vibeke Jensen", "Peter Pedersen", "Helle Bach Lauridsen", "Lone Dannerby Paulsen"],
    5: ["Bjarne Høyer Andresen", "Christian Mølgaard", "Ole Kiil Jacobsen", "Jakob Ljungberg"],
    6: ["Erik Frisgaard", "Lise Uhre Pless", "Charlotte Storm Gregersen"],
    7: ["Michael Johansson", "Jeanette L. Hoppe", "Jan Beyer Schmidt-Sørensen"],
    8: ["Luise Pape Rydahl", "Niels Rask", "Jens Lassen"],
    9: ["Otto Ohrt", "Lars Davidsen", "Bjarne Munk Jensen"],
    10: ["Hans van Binsbergen", "Tyge Wanstrup", "Kirstine Markvorsen"],
    11: ["Carsten Holst", "Bente Lykke Sørensen", "Maj Morgenstjerne Bek"],
    12: ["Vibeke Sjøgreen", "Maibritt Møller", "Erik Jespersgaard"],
}


def test_shipped_names_are_spelled_as_in_the_seed() -> None:
    content = load(ContentDir(SHIPPED, "option"), SHIPPED)
    by_group = {g.number: [m.name for m in g.members] for g in content.groups}
    assert by_group == SEED_GROUPS


def test_shipped_dates_are_the_seeds_dates() -> None:
    content = load(ContentDir(SHIPPED, "option"), SHIPPED)
    dated = {(a.when, a.end) for _, _, a in content.activities() if len(a.when) > 7}
    assert dated == {
        ("2018-06-08", None),
        ("2018-11-08 12:00", "2018-11-09 12:00"),
        ("2019-02-22", None),
        ("2019-08-30", None),
    }
    periods = [(p.meta.period.start, p.meta.period.end) for p in content.phases]
    assert periods == [
        ("2018-06", "2018-11"),
        ("2018-11", "2019-02"),
        ("2019-03", "2019-06"),
        ("2019-08", "2019-11"),
        ("2020", None),
    ]
    titles = [goal.title for goal in content.goals]
    assert titles == [
        "Aktiv visionsledelse",
        "Grænsekrydsende samarbejde",
        "Samskabelse af velfærd",
    ]
    assert all(len(goal.themes) == 3 for goal in content.goals)


@pytest.mark.parametrize("where", ["content", "phases", "above", "elsewhere"])
def test_every_file_is_named_as_the_user_would_name_it_from_where_they_stand(
    tmp_path: Path, where: str
) -> None:
    """Each file's path in the findings and documents is its path from the working
    folder (or absolute from outside it), whichever folder felles is run from."""
    root = copy_shipped(tmp_path / "a" / "content")
    cwd = {
        "content": root,
        "phases": root / "phases",
        "above": tmp_path,
        "elsewhere": tmp_path.parent,
    }[where]
    content = load(ContentDir(root, "option"), cwd)
    phases = sorted((root / "phases").glob("*.md"))
    assert [phase.display for phase in content.phases] == [
        display_path(path, cwd) for path in phases
    ]
    assert all(phase.display in content.documents for phase in content.phases)
