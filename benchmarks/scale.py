"""Scale benchmark: felles on a municipality-sized programme, measured in one run.

Generates a content tree with N leaders in N/4 sparring groups, N/10 activities in ten
phases, and a ledelsesgrundlag draft for every leader (made by the real
`felles grundlag new --all`), and a copy of it without the drafts. Then it times
whole-process runs (medians) and reads each run's peak memory:

- `felles next` with the drafts against `felles next` without them (next reads no
  draft but the one `--leader` asks for: the drafts must cost it nothing);
- `felles validate` against check-jsonschema (where installed) on the same N front
  matters, written out as YAML files (check-jsonschema cannot read front matter);
- `felles grundlag status`, `felles export site`, `felles grundlag new --all`;
- the same commands (and `export ics`, `next --group`) on a copy where every group has
  its own session (day, time, place) of each of phase 1's three workshops ("+ sessions");
- `felles survey report` on the example answers at 38 and at 500 leaders.

    python benchmarks/scale.py                 # 1,000 and 10,000 leaders
    python benchmarks/scale.py --sizes 2000    # other sizes
    python benchmarks/scale.py --runs 5        # more runs per command (median)

POSIX only (peak memory from os.wait4).
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
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
FIRST = ["Søren", "Åse", "Bjørn", "Mette", "Niels", "Lise", "Hans", "Kirsten", "Jens", "Ærling"]
LAST = ["Aakjær", "Højberg", "Sjøgreen", "Møller", "Lauridsen", "Pedersen", "Kaastrup-Hansen"]


def generate(root: Path, leaders: int) -> Path:
    content = root / "content"
    (content / "phases").mkdir(parents=True)
    for name in ("programme.yaml", "learning_goals.yaml", "survey.yaml"):
        shutil.copy(REPO / "content" / name, content / name)
    for phase in ("01-ledelsesgrundlag.md", "04-samskabelse-af-velfaerd.md"):  # survey.yaml's
        shutil.copy(REPO / "content" / "phases" / phase, content / "phases")
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
    for phase in range(12, 22):
        month = f"2030-{phase - 11:02d}"
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


def _sessions(phase: Path, group_count: int) -> None:
    """Every group's own session (day, time, place) of each of phase 1's three workshops:
    a plan, the site and `grundlag status` ask for each group's dates."""
    text = phase.read_text(encoding="utf-8")
    parts = text.split("    who: grupper\n")
    assert len(parts) == 4, "phase 1 has three workshops in the sparring groups"
    for month in (8, 9, 10):  # August, September, October 2018: inside the window
        days = [day for day in range(1, 29) if date(2018, month, day).weekday() < 5]
        block = ["    who: grupper", "    sessions:"]
        for group in range(1, group_count + 1):
            day, hour = days[group % len(days)], 9 + (group // len(days)) % 8
            when = f"2018-{month:02d}-{day:02d}"
            block.append(
                f"      - {{group: {group}, when: {when} {hour:02d}:00, "
                f"end: {when} {hour:02d}:45, place: Lokale {group}}}"
            )
        parts[month - 7] = "\n".join(block) + "\n" + parts[month - 7]
    phase.write_text(parts[0] + "".join(parts[1:]), encoding="utf-8")


def _age(content: Path) -> None:
    """Files an hour old, as content that was not just written (`next` may use its cache)."""
    past = time.time() - 3600
    for path in content.rglob("*"):
        os.utime(path, (past, past))


def front_matters(content: Path, target: Path) -> list[Path]:
    """Each draft's front matter as a YAML file of its own (what check-jsonschema can read)."""
    target.mkdir()
    files = []
    for draft in sorted((content / "ledelsesgrundlag").glob("*.md")):
        text = draft.read_text(encoding="utf-8")
        yaml = text.split("---\n", 2)[1]
        path = target / f"{draft.stem}.yaml"
        path.write_text(yaml, encoding="utf-8")
        files.append(path)
    return files


def felles(*args: str) -> list[str]:
    script = Path(sys.executable).with_name("felles")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "felles"]
    return [*command, *args]


def measure(command: list[str], cwd: Path, env: dict[str, str]) -> tuple[float, float, int]:
    """(wall seconds, peak RSS in MiB, exit code) of one whole-process run."""
    start = time.perf_counter()
    process = subprocess.Popen(
        command, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    return wall, usage.ru_maxrss / 1024, process.returncode


def timed(
    command: list[str], cwd: Path, runs: int, env: dict[str, str]
) -> tuple[float, float, int]:
    results = [measure(command, cwd, env) for _ in range(runs)]
    return (
        statistics.median(r[0] for r in results),
        max(r[1] for r in results),
        results[0][2],
    )


def _with_sessions(
    root: Path, target: Path, size: int, runs: int, env: dict[str, str]
) -> list[tuple[int, str, float, float, int]]:
    """The commands that ask for each group's dates, on a copy of `root` with sessions."""
    shutil.copytree(root, target)
    content = target / "content"
    _sessions(content / "phases" / "01-ledelsesgrundlag.md", size // 4)
    _age(content)
    commands = {
        "next": ["next", "--as-of", "2018-06-01"],
        "next --group": ["next", "--as-of", "2018-06-01", "--group", "7"],
        "validate": ["validate"],
        "grundlag status": ["grundlag", "status", "--as-of", "2018-09-15"],
        "export site": ["export", "site", "-o", str(target / "site"), "--as-of", "2018-09-15"],
        "export ics": ["export", "ics", "-o", str(target / "forloeb.ics")],
    }
    return [
        (
            size,
            f"{label} + sessions",
            *timed(felles(*args, "--content", str(content)), target, runs, env),
        )
        for label, args in commands.items()
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--survey", type=int, nargs=2, default=[38, 500], metavar=("SMALL", "LARGE")
    )
    options = parser.parse_args()
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("FELLES_CONTENT", "PYTHONDONTWRITEBYTECODE")
    }
    checker = shutil.which(
        "check-jsonschema", path=str(Path(sys.executable).parent)
    ) or shutil.which("check-jsonschema")
    rows: list[tuple[int, str, float, float, int]] = []
    ratios: list[str] = []
    with tempfile.TemporaryDirectory() as temp:
        env["FELLES_CACHE"] = str(Path(temp) / "cache")
        env["PYTHONPYCACHEPREFIX"] = str(Path(temp) / "pycache")
        for size in options.sizes:
            root = Path(temp) / str(size)
            content = generate(root, size)
            bare_root = Path(temp) / f"{size}-no-drafts"
            shutil.copytree(root, bare_root)
            _age(content)
            _age(bare_root / "content")
            created = measure(
                felles("grundlag", "new", "--all", "--content", str(content)), root, env
            )
            rows.append((size, "grundlag new --all", *created))
            _age(content)
            commands = {
                "next (drafts)": (
                    ["next", "--as-of", "2030-01-01", "--content", str(content)],
                    root,
                ),
                "next (no drafts)": (
                    ["next", "--as-of", "2030-01-01", "--content", str(bare_root / "content")],
                    bare_root,
                ),
                "validate": (["validate", "--content", str(content)], root),
                "grundlag status": (["grundlag", "status", "--content", str(content)], root),
                "export site": (
                    ["export", "site", "-o", str(root / "site"), "--content", str(content)],
                    root,
                ),
            }
            for label, (args, cwd) in commands.items():
                rows.append((size, label, *timed(felles(*args), cwd, options.runs, env)))
            found = {label: wall for s, label, wall, _, _ in rows if s == size}
            ratios.append(
                f"{size} leaders: next with drafts / without: "
                f"{found['next (drafts)'] / found['next (no drafts)']:.2f} (at most 1.2)"
            )
            rows += _with_sessions(root, Path(temp) / f"{size}-sessions", size, options.runs, env)
            if checker:
                files = front_matters(content, root / "front-matter")
                schema = REPO / "schemas" / "ledelsesgrundlag.schema.json"
                hook = timed(
                    [checker, "--schemafile", str(schema), *map(str, files)],
                    root,
                    options.runs,
                    env,
                )
                rows.append((size, "check-jsonschema", *hook))
                ratios.append(
                    f"{size} leaders: validate / check-jsonschema on the same front matters: "
                    f"{found['validate'] / hook[0]:.2f} (at most 0.4)"
                )
        survey = {}
        for size in options.survey:
            root = Path(temp) / f"survey-{size}"
            content = generate(root, size)
            example = root / "eksempel.csv"
            data = root / "data"
            for args in (
                ["survey", "template", "baseline", "--example", "-o", str(example)],
                ["survey", "import", "baseline", str(example), "--data", str(data)],
            ):
                subprocess.run(
                    felles(*args, "--content", str(content)),
                    cwd=root,
                    env=env,
                    check=True,
                    capture_output=True,
                )
            report = [
                "survey",
                "report",
                "baseline",
                "--data",
                str(data),
                "--content",
                str(content),
            ]
            survey[size] = timed(felles(*report), root, options.runs, env)
            rows.append((size, "survey report", *survey[size]))
        small, large = options.survey
        ratios.append(
            f"survey report at {large} / at {small} leaders: "
            f"{survey[large][0] / survey[small][0]:.2f} (at most 3)"
        )
    print(f"{'leaders':>8}  {'command':<28} {'wall s':>7} {'peak MiB':>9} {'exit':>4}")
    for size, label, wall, peak, code in rows:
        print(f"{size:>8}  {label:<28} {wall:>7.2f} {peak:>9.0f} {code:>4}")
    for line in ratios:
        print(line)
    if not checker:
        print("check-jsonschema is not installed: `pip install check-jsonschema` to compare")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
