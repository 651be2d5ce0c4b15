"""The pairs file of `felles pair`: nothing from the content escapes its place in it.

A title is written into the header comment, which YAML cannot escape: it is written on one
line, control characters harmless. The data are written by a YAML emitter. A pairs file an
older felles broke (a title with a line break became a `seed:` key) is repaired by
`--replace`.
"""

from __future__ import annotations

import json
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.cli.test_pair import JOBBESOEG, PHASE_3
from tests.helpers.content import SHIPPED, edit
from tests.helpers.run import Cli

TITLE = "title: Jobbesøg hos hinanden"
PAIRS = Path("pairs") / f"{JOBBESOEG}.yaml"


def with_title(content: Path, title: str) -> None:
    edit(content / PHASE_3, TITLE, f"title: {json.dumps(title, ensure_ascii=False)}")


def old_felles_file(title: str) -> str:
    """What felles before this change wrote: the title joined raw into the header."""
    return (
        "# yaml-language-server: $schema=../../schemas/pairs.schema.json\n"
        f"# Parrene til »{title}«, lavet med: felles pair {JOBBESOEG} --seed 1\n"
        "# Hver leder besøger én kollega (visitor) og får besøg af én anden (host).\n"
        f'activity: {JOBBESOEG}\nseed: 1\nmade: "2019-02-01"\npairs:\n'
        '  - {visitor: "Søren Aakjær", host: "Kirsten Jørgensen"}\n'
    )


def test_a_title_with_a_line_break_gives_a_file_validate_accepts(cli: Cli, content: Path) -> None:
    with_title(content, "Jobbesøg\nseed: 99\n- x: [")
    made = cli("pair", JOBBESOEG, "--seed", "1", "--content", content)
    assert made.code == 0, made.err
    text = (content / PAIRS).read_text(encoding="utf-8")
    comments = [line for line in text.splitlines() if line.startswith("#")]
    assert len(comments) == 4 and "seed: 99" in comments[1]  # the title, on its one line
    data = yaml.safe_load(text)
    assert data["seed"] == 1 and data["activity"] == JOBBESOEG and len(data["pairs"]) == 38
    checked = cli("validate", "--content", content)
    assert str(PAIRS) not in checked.out, checked.out
    # felles recognises its own file again: the same pairs change nothing, --replace replaces.
    again = cli("pair", JOBBESOEG, "--seed", "2", "--replace", "--content", content)
    assert again.code == 0, again.err


def test_replace_repairs_a_pairs_file_an_older_felles_broke(cli: Cli, content: Path) -> None:
    title = "Jobbesøg\nseed: 7\n"
    with_title(content, title)
    (content / "pairs").mkdir()
    (content / PAIRS).write_text(old_felles_file(title), encoding="utf-8")
    broken = cli("validate", "--content", content)
    assert broken.code == 1 and PAIRS.name in broken.out
    refused = cli("pair", JOBBESOEG, "--seed", "1", "--content", content)
    assert refused.code != 0  # without --replace the file stays as it is
    repaired = cli("pair", JOBBESOEG, "--seed", "1", "--replace", "--content", content)
    assert repaired.code == 0, repaired.err
    assert cli("validate", "--content", content).code == 0


def test_someone_elses_file_is_still_refused(cli: Cli, content: Path) -> None:
    (content / "pairs").mkdir()
    own = "# Vores egne par, lavet med: felles pair " + JOBBESOEG + "\nactivity: [\n"
    (content / PAIRS).write_text(own, encoding="utf-8")
    refused = cli("pair", JOBBESOEG, "--seed", "1", "--replace", "--content", content)
    assert refused.code == 1 and "E319" not in refused.err
    assert (content / PAIRS).read_text(encoding="utf-8") == own


LINE_BREAKS = ["\n", "\r", "\r\n", "\x85", "\u2028", "\u2029", "\x0b", "\x0c"]


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    title=st.lists(
        st.sampled_from(
            [
                *LINE_BREAKS,
                "seed: 3",
                "pairs: []",
                "#",
                "«",
                "»",
                '"',
                "\x1b]0;x\x07",
                "Jobbesøg",
                " ",
                ":",
                "- ",
            ]
        ),
        min_size=1,
        max_size=8,
    ).map("".join)
)
def test_any_title_gives_the_header_of_four_comment_lines_and_the_same_data(
    cli: Cli, content: Path, title: str
) -> None:
    path = content / PHASE_3
    original = (SHIPPED / PHASE_3).read_text(encoding="utf-8")
    assert TITLE in original
    quoted = json.dumps(title, ensure_ascii=False)
    quoted = "".join(f"\\u{ord(c):04x}" if ord(c) < 0x20 or 0x7F <= ord(c) < 0xA0 or c in
                     "\u2028\u2029" else c for c in quoted)  # fmt: skip
    path.write_text(original.replace(TITLE, f"title: {quoted}"), encoding="utf-8")
    made = cli("pair", JOBBESOEG, "--seed", "1", "--replace", "--content", content)
    assert made.code == 0, made.err
    text = (content / PAIRS).read_text(encoding="utf-8")
    lines = text.split("\n")
    assert all(line.startswith("#") for line in lines[:4]) and not lines[4].startswith("#")
    assert "\x1b" not in text and "\x07" not in text
    data = yaml.safe_load(text)
    assert set(data) == {"activity", "seed", "made", "pairs"} and data["seed"] == 1
    assert cli("pair", JOBBESOEG, "--seed", "1", "--content", content).code == 0  # same: ours
