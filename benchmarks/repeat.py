"""The suite, run several times in CI's profile: does every run give the same result?

Each run is the README's test command with `CI` set (Hypothesis derandomized, no example
database: the `ci` profile in tests/conftest.py) and a JUnit report; the script compares
the outcome of every test across the runs and prints the tests whose outcome changed.

    python benchmarks/repeat.py [--runs 10] [-- pytest arguments]

Exit 0 when every run gave the same outcome for every test (whatever that outcome), 1
when some test changed between runs.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def outcomes(report: Path) -> dict[str, str]:
    """test id → passed, failed, error or skipped, from one JUnit report."""
    found = {}
    for case in ET.parse(report).getroot().iter("testcase"):
        name = f"{case.get('classname')}::{case.get('name')}"
        kinds = [child.tag for child in case if child.tag in {"failure", "error", "skipped"}]
        found[name] = kinds[0] if kinds else "passed"
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("pytest_args", nargs="*", default=["-q", "-n", "auto"])
    args = parser.parse_args()
    env = {**os.environ, "CI": "true"}
    runs: list[dict[str, str]] = []
    with tempfile.TemporaryDirectory() as folder:
        for number in range(1, args.runs + 1):
            report = Path(folder) / f"run-{number}.xml"
            started = time.monotonic()
            command = [sys.executable, "-m", "pytest", *args.pytest_args, f"--junitxml={report}"]
            subprocess.run(command, cwd=REPO, env=env, capture_output=True, check=False)
            runs.append(outcomes(report))
            counts: dict[str, int] = {}
            for outcome in runs[-1].values():
                counts[outcome] = counts.get(outcome, 0) + 1
            took = time.monotonic() - started
            print(f"run {number}: {counts} in {took:.0f} s", flush=True)
    names = set().union(*runs)
    changed = sorted(n for n in names if len({run.get(n, "missing") for run in runs}) > 1)
    for name in changed:
        print("changed:", name, [run.get(name, "missing") for run in runs])
    print(f"{len(names)} tests, {args.runs} runs, {len(changed)} changed between runs")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
