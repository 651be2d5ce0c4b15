"""felles.checks.check: the rules over loaded content, and what they cost to import."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from felles.checks import check
from felles.content.load import load
from felles.content.locate import ContentDir
from tests.helpers.strategies import FIELDS, TEXT, VALUES
from tests.helpers.tree import PHASE_2, PHASES, programme


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(front=st.dictionaries(st.sampled_from(FIELDS) | TEXT, VALUES, max_size=6))
def test_random_front_matter_never_makes_validate_raise(
    front: dict[Any, Any], content: Path
) -> None:
    phase = content / "phases" / "09-random.md"
    phase.write_text(
        "---\n" + yaml.safe_dump(front, allow_unicode=True) + "---\nTekst\n", encoding="utf-8"
    )
    loaded = load(ContentDir(content, "option"), content)
    for finding in [*loaded.findings, *check(loaded)]:
        assert finding.message and finding.code[0] in "EW"


def test_loading_content_for_other_commands_does_not_import_holidays(tmp_path: Path) -> None:
    """`felles next` must start fast: the calendar checks only run for validate."""
    # One warning for the checks to find: phase 2's meeting in March, before its period.
    phase = PHASE_2.replace('when: "2027-09-02"', 'when: "2027-03-02"')
    content = programme(tmp_path / "content", phases={**PHASES, "02-opfoelgning.md": phase})
    code = (
        "import sys; from pathlib import Path; from felles.content.load import load; "
        "from felles.content.locate import find_content; from felles.checks import check; "
        f"c = load(find_content(Path({str(content)!r}), {{}}, Path.cwd()), Path.cwd()); "
        "print([f.code for f in c.findings + check(c)], 'holidays' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.split() == ["['W301']", "False"]
