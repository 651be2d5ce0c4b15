"""Scale benchmark: felles on a municipality-sized programme.

Generates a content tree with N leaders in N/4 sparring groups, N/10 activities
in ten phases, and a ledelsesgrundlag draft for every leader (made by the real
`felles grundlag new --all`), then times whole-process runs of
`felles validate` and `felles grundlag status` and reads each run's peak memory.

    python benchmarks/scale.py                 # 1,000 and 10,000 leaders
    python benchmarks/scale.py --sizes 2000    # other sizes
    python benchmarks/scale.py --runs 5        # more runs per command (median)

Targets (2-core machine): validate on 10,000 leaders/drafts under 4 s wall and
300 MB peak, growing linearly. POSIX only (peak memory from os.wait4).
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
FIRST = ["Søren", "Åse", "Bjørn", "Mette", "Niels", "Lise", "Hans", "Kirsten", "Jens", "Ærling"]
LAST = ["Aakjær", "Højberg", "Sjøgreen", "Møller", "Lauridsen", "Pedersen", "Kaastrup-Hansen"]


def generate(root: Path, leaders: int) -> Path:
    content = root / "content"
    (content / "phases").mkdir(parents=True)
    for name in ("programme.yaml", "learning_goals.yaml"):
        shutil.copy(REPO / "content" / name, content / name)
    groups = ["groups:"]
    for number in range(1, leaders // 4 + 1):
        groups.append(f"  - number: {number}\n    members:")
        for member in range(4):
            index = (number - 1) * 4 + member
            name = f"{FIRST[index % len(FIRST)]} {LAST[index % len(LAST)]} {index:05d}"
            groups.append(f"      - name: {name}")
    (content / "groups.yaml").write_text("\n".join(groups) + "\n", encoding="utf-8")
    goals = ["aktiv-visionsledelse", "graensekrydsende-samarbejde", "samskabelse-af-velfaerd"]
    activities_per_phase = max(1, leaders // 100)
    group_count = leaders // 4
    for phase in range(1, 11):
        month = f"2030-{phase:02d}"
        lines = [
            "---",
            f"id: fase-{phase}",
            f"number: {phase}",
            f"title: Fase {phase}",
            f"goal: {goals[phase % 3]}",
            "period:",
            f"  start: {month}",
            f"  end: {month}",
            "activities:",
        ]
        for a in range(activities_per_phase):
            day = 1 + a % 28
            lines += [
                f"  - id: aktivitet-{phase}-{a}",
                "    type: workshop",
                f"    title: Workshop {a} i fase {phase}",
                f"    when: {month}-{day:02d} 09:30",
                f"    end: {month}-{day:02d} 12:00",
                "    who: grupper",
                f"    groups: [{1 + a % group_count}, {1 + (a * 7) % group_count}]",
                "    purpose: Øvelser og refleksion i sparringsgruppen.",
                "    preparation: Læs udkastet igennem.",
            ]
        lines += ["---", f"# Fase {phase}", "", "Beskrivelse."]
        (content / "phases" / f"{phase:02d}-fase.md").write_text(
            "\n".join(lines) + "\n", encoding="utf-8"
        )
    return content


def felles(*args: str) -> list[str]:
    script = Path(sys.executable).with_name("felles")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "felles"]
    return [*command, *args]


def measure(command: list[str], cwd: Path) -> tuple[float, float, int]:
    """(wall seconds, peak RSS in MB, exit code) of one whole-process run."""
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    if process.stderr is not None:
        process.stderr.close()
    process.returncode = os.waitstatus_to_exitcode(status)
    return wall, usage.ru_maxrss / 1024, process.returncode


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--runs", type=int, default=3)
    options = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as temp:
        for size in options.sizes:
            root = Path(temp) / str(size)
            content = generate(root, size)
            created = measure(felles("grundlag", "new", "--all", "--content", str(content)), root)
            drafts = len(list((content / "ledelsesgrundlag").glob("*.md")))
            for label, args in (
                ("validate", ["validate", "--content", str(content)]),
                ("grundlag status", ["grundlag", "status", "--content", str(content)]),
            ):
                runs = [measure(felles(*args), root) for _ in range(options.runs)]
                rows.append(
                    (
                        size,
                        drafts,
                        label,
                        statistics.median(r[0] for r in runs),
                        max(r[1] for r in runs),
                        runs[0][2],
                    )
                )
            rows.append((size, drafts, "grundlag new --all", created[0], created[1], created[2]))
    print(f"{'leaders':>8} {'drafts':>7}  {'command':<20} {'wall s':>7} {'peak MB':>8} {'exit':>4}")
    for size, drafts, label, wall, peak, code in rows:
        print(f"{size:>8} {drafts:>7}  {label:<20} {wall:>7.2f} {peak:>8.0f} {code:>4}")
    by_label: dict[str, list[tuple[int, float]]] = {}
    for size, _, label, wall, _, _ in rows:
        by_label.setdefault(label, []).append((size, wall))
    for label, points in by_label.items():
        if len(points) >= 2:
            (small, t_small), (large, t_large) = points[0], points[-1]
            print(
                f"{label}: {large / small:.0f}× the leaders took {t_large / t_small:.1f}× the time"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
