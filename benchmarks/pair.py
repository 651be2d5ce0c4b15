"""How long `felles pair` takes, as a coordinator runs it, at 38, 200 and 2,000 leaders.

For each size it makes a copy of the shipped programme with that many leaders in
sparring groups of four (each leader with one of eight areas, so that the area rule
bites too) and with an earlier pairing recorded (the phase 4 coaching/sparring made a
pairing activity and paired first, so the history rule bites as well), then times:

- the whole process, `felles pair jobbesoeg-… --seed 1 --dry-run --format json`
  (start-up, reading the content, SciPy's import and the assignment; median of --runs),
  with its peak memory;
- the assignment alone, `felles.plan.pairs.make`, in this process (median of --runs).

    python benchmarks/pair.py                    # 38, 200 and 2000 leaders
    python benchmarks/pair.py --sizes 500 5000   # other sizes
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
ACTIVITY = "jobbesoeg-graensekrydsende-samarbejde"
EARLIER = "coaching-sparring-samskabelse-af-velfaerd"
AREAS = 8


def generate(root: Path, leaders: int) -> Path:
    content = root / "content"
    shutil.copytree(REPO / "content", content, ignore=shutil.ignore_patterns("ledelsesgrundlag"))
    lines = ["groups:"]
    for number in range(1, (leaders + 3) // 4 + 1):
        lines.append(f"  - number: {number}\n    members:")
        for index in range((number - 1) * 4, min(number * 4, leaders)):
            lines.append(f"      - name: Leder {index:05d}\n        area: Område {index % AREAS}")
    (content / "groups.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    phase = content / "phases" / "04-samskabelse-af-velfaerd.md"
    text = phase.read_text(encoding="utf-8")
    old = "    title: Coaching/sparring\n    when: 2019-08\n    end: 2019-11\n    who: individuel"
    phase.write_text(text.replace(old, old.replace("individuel", "par")), encoding="utf-8")
    done = subprocess.run(
        felles("pair", EARLIER, "--seed", "9", "--content", str(content)),
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        sys.exit(f"could not make the earlier pairing:\n{done.stderr}")
    return content


def felles(*args: str) -> list[str]:
    script = Path(sys.executable).with_name("felles")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "felles"]
    return [*command, *args]


def measure(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall seconds, peak RSS in MiB) of one whole-process run; exits on failure."""
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{' '.join(command)} failed")
    return wall, usage.ru_maxrss / 1024


def assignment(content: Path, runs: int) -> float:
    from felles.content.load import load, load_pairs
    from felles.content.locate import ContentDir
    from felles.plan import pairs

    loaded = load(ContentDir(content, "option"), content.parent)
    load_pairs(loaded)
    activity = next(a for _, _, a in loaded.activities() if a.id == ACTIVITY)
    leaders = pairs.leaders_for(loaded, activity)
    earlier = pairs.history(loaded, ACTIVITY)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        pairs.make(leaders, earlier, 1)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[38, 200, 2000])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    env = {k: v for k, v in os.environ.items() if k != "FELLES_CONTENT"}
    print(f"{args.runs} runs each; {sys.executable}")
    for size in args.sizes:
        with tempfile.TemporaryDirectory(prefix="felles-pair-") as temp:
            content = generate(Path(temp), size)
            command = felles(
                "pair", ACTIVITY, "--seed", "1", "--dry-run", "--format", "json",
                "--content", str(content),
            )  # fmt: skip
            runs = [measure(command, env) for _ in range(args.runs)]
            wall = statistics.median(r[0] for r in runs)
            peak = max(r[1] for r in runs)
            alone = assignment(content, args.runs)
            print(
                f"  {size:6d} leaders: felles pair {wall * 1000:7.0f} ms (peak {peak:5.0f} MiB), "
                f"the assignment alone {alone * 1000:7.1f} ms"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
