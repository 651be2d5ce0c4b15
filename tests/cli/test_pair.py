"""`felles pair`: who visits whom, as a coordinator runs it on a copy of the content."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from felles.content.reader import read_yaml
from tests.helpers.content import REPO, edit
from tests.helpers.run import Cli

JOBBESOEG = "jobbesoeg-graensekrydsende-samarbejde"
SPARRING = "coaching-sparring-samskabelse-af-velfaerd"
PHASE_3 = "phases/03-graensekrydsende-samarbejde.md"
PHASE_4 = "phases/04-samskabelse-af-velfaerd.md"


def pairs_of(cli: Cli, content: Path, *args: str) -> list[dict[str, object]]:
    result = cli("pair", JOBBESOEG, "--format", "json", "--content", content, *args)
    assert result.code == 0, result.output
    found: list[dict[str, object]] = json.loads(result.out)
    return found


def groups_of(content: Path) -> dict[str, int]:
    data = read_yaml(content / "groups.yaml").data
    return {m["name"]: g["number"] for g in data["groups"] for m in g["members"]}


# --- the must-show ----------------------------------------------------------------------


def test_38_visits_each_leader_once_each_way_never_within_the_group(
    cli: Cli, content: Path
) -> None:
    visits = pairs_of(cli, content, "--seed", "1")
    groups = groups_of(content)
    assert len(visits) == 38
    assert Counter(v["visitor"] for v in visits) == Counter(list(groups))  # each visits once
    assert Counter(v["host"] for v in visits) == Counter(list(groups))  # each hosts once
    for visit in visits:
        assert groups[str(visit["visitor"])] != groups[str(visit["host"])], visit
        assert visit["visitor_group"] == groups[str(visit["visitor"])]
        assert visit["host_group"] == groups[str(visit["host"])]
    hosts = {v["visitor"]: v["host"] for v in visits}
    assert all(hosts[hosts[name]] != name for name in hosts)  # nobody visits back
    # The same seed again is the same pairs (and changes nothing); another seed, other pairs.
    again = cli("pair", JOBBESOEG, "--seed", "1", "--format", "json", "--content", content)
    assert again.code == 0 and json.loads(again.out) == visits
    assert "har allerede netop disse par; intet er ændret" in again.err
    other = pairs_of(cli, content, "--seed", "2", "--dry-run")
    assert other != visits and len(other) == 38


def test_after_writing_the_pairs_next_leader_names_whom_he_visits_and_who_visits_him(
    cli: Cli, content: Path
) -> None:
    visits = pairs_of(cli, content, "--seed", "1")
    host = next(v["host"] for v in visits if v["visitor"] == "Søren Aakjær")
    guest = next(v["visitor"] for v in visits if v["host"] == "Søren Aakjær")
    result = cli("next", "--leader", "Søren Aakjær", "--as-of", "2019-03-01", "--content", content)
    assert result.code == 0, result.output
    assert (
        f"Jobbesøg hos hinanden, marts – juni 2019: Du besøger {host} · {guest} besøger dig\n"
        in result.out
    )
    # As typed, on any day after the visits: the record of them, in the past tense.
    typed = cli("next", "--leader", "Søren Aakjær", "--content", content)
    assert typed.code == 0, typed.output
    assert f": Du besøgte {host} · {guest} besøgte dig\n" in typed.out


# --- the file -------------------------------------------------------------------------------


def test_the_file_is_reviewable_yaml_that_validates_and_fits_its_schema(
    cli: Cli, content: Path
) -> None:
    result = cli("pair", JOBBESOEG, "--seed", "7", "--content", content)
    assert result.code == 0, result.output
    path = content / "pairs" / f"{JOBBESOEG}.yaml"
    assert f"Parrene er gemt i {path}." in result.err
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=../../schemas/pairs.schema.json\n")
    assert f"lavet med: felles pair {JOBBESOEG} --seed 7\n" in text
    data = read_yaml(path).data
    assert data["activity"] == JOBBESOEG and data["seed"] == 7
    assert len(data["pairs"]) == 38
    schema = json.loads((REPO / "schemas" / "pairs.schema.json").read_text(encoding="utf-8"))
    assert list(Draft202012Validator(schema).iter_errors(data)) == []
    checked = cli("validate", "--strict", "--content", content)
    assert "pairs/" not in checked.out, checked.out
    # The text on the screen: one line a visit.
    lines = result.out.splitlines()
    assert lines[0] == "Jobbesøg hos hinanden: 38 besøg (--seed 7)"
    assert all(" besøger " in line for line in lines[2:]) and len(lines) == 40


def test_without_a_seed_felles_picks_one_and_records_it(cli: Cli, content: Path) -> None:
    first = cli("pair", JOBBESOEG, "--content", content)
    assert first.code == 0, first.output
    seed = read_yaml(content / "pairs" / f"{JOBBESOEG}.yaml").data["seed"]
    shown = cli("pair", JOBBESOEG, "--seed", str(seed), "--dry-run", "--content", content)
    assert shown.out == first.out  # the recorded seed gives the recorded pairs


def test_other_pairs_are_never_written_over_without_replace(cli: Cli, content: Path) -> None:
    assert cli("pair", JOBBESOEG, "--seed", "1", "--content", content).code == 0
    path = content / "pairs" / f"{JOBBESOEG}.yaml"
    before = path.read_bytes()
    refused = cli("pair", JOBBESOEG, "--seed", "2", "--content", content)
    assert refused.code == 1
    assert refused.out == ""
    assert "har allerede andre par til Jobbesøg hos hinanden" in refused.err
    assert "uden --replace" in refused.err
    assert path.read_bytes() == before
    shown = cli("pair", JOBBESOEG, "--seed", "2", "--dry-run", "--content", content)
    assert shown.code == 0 and "Prøvekørsel: parrene ville blive gemt i " in shown.err
    assert path.read_bytes() == before
    replaced = cli("pair", JOBBESOEG, "--seed", "2", "--replace", "--content", content)
    assert replaced.code == 0 and "er lavet forfra" in replaced.err
    assert read_yaml(path).data["seed"] == 2


def test_a_broken_pairs_file_can_be_made_anew_with_replace(cli: Cli, content: Path) -> None:
    # felles wrote it; an edit broke it. Its header still says felles made it for the activity.
    assert cli("pair", JOBBESOEG, "--seed", "1", "--content", content).code == 0
    path = content / "pairs" / f"{JOBBESOEG}.yaml"
    head = path.read_text(encoding="utf-8").split("activity:", 1)[0]
    path.write_text(head + "activity: [\n", encoding="utf-8")
    refused = cli("pair", JOBBESOEG, "--seed", "1", "--content", content)
    assert refused.code == 1 and "Kør »felles validate«" in refused.err
    assert cli("pair", JOBBESOEG, "--seed", "1", "--replace", "--content", content).code == 0
    assert cli("validate", "--content", content).code == 0


@pytest.mark.parametrize(
    "own",
    [
        "activity: [\n",  # someone's broken notes
        "# Vores egne par\nactivity: jobbesoeg-graensekrydsende-samarbejde\nseed: 1\n"
        'made: "2019-02-01"\npairs: []\n',  # pairs written by hand
        "# Parrene til »Coaching«, lavet med: felles pair coaching-aktiv-visionsledelse --seed 1\n"
        "activity: [\n",  # felles' header, but for another activity
    ],
)
def test_a_file_felles_pair_did_not_write_is_never_replaced(
    cli: Cli, content: Path, own: str
) -> None:
    (content / "pairs").mkdir()
    path = content / "pairs" / f"{JOBBESOEG}.yaml"
    path.write_text(own, encoding="utf-8")
    result = cli("pair", JOBBESOEG, "--seed", "1", "--replace", "--content", content)
    assert result.code == 1, result.output
    assert result.out == ""
    assert "er ikke en parfil, felles har lavet til Jobbesøg hos hinanden" in result.err
    assert "heller ikke med --replace" in result.err
    assert path.read_text(encoding="utf-8") == own


@pytest.mark.skipif(sys.platform == "win32", reason="symlinks")
def test_a_symlink_is_never_written_through(cli: Cli, content: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "andet-sted.yaml"
    elsewhere.write_text("mine egne ord\n", encoding="utf-8")
    (content / "pairs").mkdir()
    link = content / "pairs" / f"{JOBBESOEG}.yaml"
    link.symlink_to(elsewhere)
    result = cli("pair", JOBBESOEG, "--seed", "1", "--replace", "--content", content)
    assert result.code == 1, result.output
    assert "er et symbolsk link; felles skriver ikke gennem det" in result.err
    assert link.is_symlink() and elsewhere.read_text(encoding="utf-8") == "mine egne ord\n"
    # Nor a pairs folder that is a link: the file would land wherever it leads.
    link.unlink()
    (content / "pairs").rmdir()
    folder = tmp_path / "andre-par"
    folder.mkdir()
    (content / "pairs").symlink_to(folder, target_is_directory=True)
    result = cli("pair", JOBBESOEG, "--seed", "1", "--content", content)
    assert result.code == 1, result.output
    assert "er et symbolsk link" in result.err
    assert list(folder.iterdir()) == []


def test_a_folder_or_file_in_the_way_is_one_danish_line(cli: Cli, content: Path) -> None:
    (content / "pairs").write_text("", encoding="utf-8")
    result = cli("pair", JOBBESOEG, "--seed", "1", "--content", content)
    assert result.code == 2, result.output
    assert "pairs er en fil, ikke en mappe" in result.err and "Traceback" not in result.err
    (content / "pairs").unlink()
    (content / "pairs" / f"{JOBBESOEG}.yaml").mkdir(parents=True)
    assert cli("pair", JOBBESOEG, "--seed", "1", "--content", content).code == 1  # E101 first
    result = cli("pair", JOBBESOEG, "--seed", "1", "--replace", "--content", content)
    assert result.code == 2, result.output
    assert "det er en mappe" in result.err and "Traceback" not in result.err


def test_the_packaged_programme_is_never_written_to(cli: Cli) -> None:
    # The working directory (conftest) holds no content: felles would read its own copy.
    refused = cli("pair", JOBBESOEG, "--seed", "1")
    assert refused.code == 2
    assert "felles skriver ikke i det forløb, der følger med" in refused.err
    assert "felles init" in refused.err
    assert cli("pair", JOBBESOEG, "--seed", "1", "--dry-run").code == 0
    # Nor when --content names it.
    from felles.content.locate import packaged

    named = cli("pair", JOBBESOEG, "--seed", "1", "--content", packaged("content"))
    assert named.code == 2 and "felles init" in named.err
    assert not (packaged("content") / "pairs").exists()


def test_the_pairs_are_written_before_a_closed_pipe_can_stop_the_listing(
    content: Path, tmp_path: Path
) -> None:
    command = f"{sys.executable} -m felles pair {JOBBESOEG} --seed 3 --content {content} | head -1"
    done = subprocess.run(
        command, shell=True, capture_output=True, text=True, cwd=tmp_path, check=False
    )
    assert done.stdout == "Jobbesøg hos hinanden: 38 besøg (--seed 3)\n"
    assert "Traceback" not in done.stderr
    assert len(read_yaml(content / "pairs" / f"{JOBBESOEG}.yaml").data["pairs"]) == 38


# --- the rules ------------------------------------------------------------------------------


def test_areas_are_kept_apart_too(cli: Cli, content: Path) -> None:
    groups = groups_of(content)
    areas = {name: f"Afdeling {i % 5}" for i, name in enumerate(groups)}
    text = (content / "groups.yaml").read_text(encoding="utf-8")
    for name, area in areas.items():
        text = text.replace(f"- name: {name}\n", f"- name: {name}\n        area: {area}\n", 1)
    (content / "groups.yaml").write_text(text, encoding="utf-8")
    assert cli("validate", "--content", content).code == 0
    for visit in pairs_of(cli, content, "--seed", "4", "--dry-run"):
        assert areas[str(visit["visitor"])] != areas[str(visit["host"])], visit


def test_a_later_pairing_never_repeats_an_earlier_pair(cli: Cli, content: Path) -> None:
    earlier = {frozenset((v["visitor"], v["host"])) for v in pairs_of(cli, content, "--seed", "1")}
    edit(
        content / PHASE_4,
        '    title: Coaching/sparring\n    when: "2019-08"\n    end: "2019-11"\n'
        "    who: individuel",
        "    title: Coaching/sparring\n    when: 2019-08\n    end: 2019-11\n    who: par",
    )
    result = cli("pair", SPARRING, "--seed", "1", "--format", "json", "--content", content)
    assert result.code == 0, result.output
    later = {frozenset((v["visitor"], v["host"])) for v in json.loads(result.out)}
    assert len(later) == 38 and not later & earlier
    checked = cli("validate", "--content", content)
    assert "W310" not in checked.out


def _row(visitor: str, host: str) -> str:
    """A visit as felles pair writes it in the file."""
    return (
        f"{{visitor: {json.dumps(visitor, ensure_ascii=False)}, host: "
        + json.dumps(host, ensure_ascii=False)
        + "}"
    )


def test_a_repeated_pair_is_accepted_in_the_pairs_file_like_any_other_warning(
    cli: Cli, content: Path
) -> None:
    earlier = {str(v["visitor"]): str(v["host"]) for v in pairs_of(cli, content, "--seed", "1")}
    edit(
        content / PHASE_4,
        '    title: Coaching/sparring\n    when: "2019-08"\n    end: "2019-11"\n'
        "    who: individuel",
        "    title: Coaching/sparring\n    when: 2019-08\n    end: 2019-11\n    who: par",
    )
    result = cli("pair", SPARRING, "--seed", "1", "--format", "json", "--content", content)
    later = {str(v["visitor"]): str(v["host"]) for v in json.loads(result.out)}
    groups = groups_of(content)
    before = {frozenset(pair) for pair in earlier.items()}
    # One visit of the earlier pairing again: A visits their earlier host H, and whoever
    # visited H now visits A's later host instead (so everyone still visits and hosts once).
    for a, h in earlier.items():
        b = next(v for v, host in later.items() if host == h)
        x = later[a]
        if b != a and groups[b] != groups[x] and frozenset((b, x)) not in before and b != x:
            break
    else:
        pytest.fail("no visit of the earlier pairing can come again")
    path = content / "pairs" / f"{SPARRING}.yaml"
    text = path.read_text(encoding="utf-8")
    text = text.replace(
        _row(a, x), _row(a, h) + "  # felles: tillad W310 – de ønsker at mødes igen", 1
    )
    text = text.replace(_row(b, h) + "\n", _row(b, x) + "\n", 1)
    path.write_text(text, encoding="utf-8")
    checked = cli("validate", "--strict", "--content", content)
    assert checked.code == 0, checked.out
    assert "W310" in checked.out and "de ønsker at mødes igen" in checked.out
    assert "W310" not in cli("validate", "--format", "json", "--content", content).out


def test_when_the_rules_cannot_be_met_nothing_is_written_and_felles_says_why(
    cli: Cli, content: Path
) -> None:
    text = (content / "groups.yaml").read_text(encoding="utf-8")
    names = list(groups_of(content))
    for name in names[:20]:  # 20 of 38 in one area: more than half
        text = text.replace(
            f"- name: {name}\n", f"- name: {name}\n        area: Sundhed og Omsorg\n", 1
        )
    (content / "groups.yaml").write_text(text, encoding="utf-8")
    result = cli("pair", JOBBESOEG, "--seed", "1", "--content", content)
    assert result.code == 1
    assert result.out == ""
    assert result.err.startswith("felles: parrene til Jobbesøg hos hinanden kan ikke laves: ")
    assert "området »Sundhed og Omsorg« har 20 af de 38 ledere" in result.err
    assert "i eget område" in result.err
    assert not (content / "pairs").exists()


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (
            ["coaching-aktiv-visionsledelse"],
            "Coaching (coaching-aktiv-visionsledelse) er ikke en aktivitet for par "
            "(who: individuel); skriv »who: par« i ",
        ),
        (["jobbesoeg"], "ingen aktivitet har id'et »jobbesoeg« – mente du"),
        ([JOBBESOEG, "--seed", "-1"], "--seed skal være et helt tal fra 0 til 4294967295, ikke -1"),
        ([JOBBESOEG, "--seed", "4294967296"], "ikke 4294967296"),
        ([JOBBESOEG, "--format", "xml"], "xml"),
    ],
)
def test_wrong_use_is_said_in_danish(cli: Cli, content: Path, args: list[str], words: str) -> None:
    result = cli("pair", *args, "--content", content)
    assert result.code == 2
    assert words in result.err
    assert not (content / "pairs").exists()


def test_the_agenda_of_the_job_visits_lists_the_pairs(cli: Cli, content: Path) -> None:
    visits = pairs_of(cli, content, "--seed", "1")
    result = cli("export", "agenda", JOBBESOEG, "--content", content)
    assert result.code == 0, result.output
    assert "- **Deltagere:** Lederne to og to (38 ledere)" in result.out
    listed = result.out.split("## Par\n\n", 1)[1].split("\n\n", 1)[0].splitlines()
    first = visits[0]
    assert listed[0] == (
        f"- {first['visitor']} (sparringsgruppe {first['visitor_group']}) besøger "
        f"{first['host']} (sparringsgruppe {first['host_group']})"
    )
    assert len(listed) == 38
    html = cli("export", "agenda", JOBBESOEG, "--format", "html", "--content", content)
    assert html.out.count("</li>") >= 38 and "<h2>Par</h2>" in html.out


def test_a_broken_pairs_file_is_said_in_next_leader_and_stops_no_one_else(
    cli: Cli, content: Path
) -> None:
    (content / "pairs").mkdir()
    (content / "pairs" / f"{JOBBESOEG}.yaml").write_text("activity: [\n", encoding="utf-8")
    result = cli("next", "--leader", "Søren Aakjær", "--as-of", "2019-03-01", "--content", content)
    assert result.code == 0, result.output
    assert "Jobbesøg hos hinanden, marts – juni 2019: parrene i " in result.out
    assert "kan ikke læses; kør »felles validate«" in result.out
    assert cli("next", "--as-of", "2019-03-01", "--content", content).code == 0
    assert cli("validate", "--content", content).code == 1
