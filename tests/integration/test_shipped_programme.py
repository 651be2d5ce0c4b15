"""The shipped programme (content/) as the seeds have it: the names and dates, loaded.

Integration tests: they read the shipped programme itself, so a change to it can touch
them. Unit tests build their own small programme (tests/helpers/tree.py).
"""

from __future__ import annotations

from felles.content.load import load
from felles.content.locate import ContentDir
from tests.helpers.content import SHIPPED

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
