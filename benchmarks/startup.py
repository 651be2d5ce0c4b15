"""Start-up time of `felles next`, measured as a user meets it: whole processes.

Runs, interleaved so that a busy moment hits every command alike:

- `felles next --as-of 2018-11-01` (the console script next to this interpreter,
  or `python -m felles` when there is none),
- `python -c pass` (the bare interpreter),
- `python -c "import yaml"` (the floor for anything that reads YAML),

and prints the median wall time of each and the ratio next/yaml (budget: at
most 4). Use the interpreter of the environment felles is installed in, never
a pyenv shim (it adds ~135 ms to every run):

    /work/venv/bin/python benchmarks/startup.py [--runs 21]

Exit code 1 when the ratio is over budget, so CI can run it too.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BUDGET = 4.0
REPO = Path(__file__).resolve().parents[1]


def commands() -> dict[str, list[str]]:
    script = Path(sys.executable).with_name("felles.exe" if os.name == "nt" else "felles")
    felles = [str(script)] if script.exists() else [sys.executable, "-m", "felles"]
    return {
        "felles next": [*felles, "next", "--as-of", "2018-11-01"],
        "python -c pass": [sys.executable, "-c", "pass"],
        "python -c 'import yaml'": [sys.executable, "-c", "import yaml"],
    }


def time_once(argv: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(argv, env=env, cwd=REPO, capture_output=True, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"{' '.join(argv)} failed ({done.returncode}):\n{done.stderr.decode()}")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21, help="runs of each command (>= 15)")
    parser.add_argument(
        "--profile", action="store_true", help="also print the costliest imports of one run"
    )
    args = parser.parse_args()
    runs = max(args.runs, 15)
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("FELLES_CONTENT", "PYTHONPROFILEIMPORTTIME")
    }
    env["NO_COLOR"] = "1"
    # An installed felles has bytecode (pip compiles it); an editable checkout run with
    # PYTHONDONTWRITEBYTECODE=1 would recompile every module on every run. Keep the
    # bytecode in a private cache so the checkout stays clean.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    with tempfile.TemporaryDirectory(prefix="felles-bench-pycache-") as cache:
        env["PYTHONPYCACHEPREFIX"] = cache
        medians, times = measure(commands(), env, runs)
        if args.profile:
            profile(env)
    print(f"{runs} runs each, interleaved; {sys.executable}")
    for name, value in medians.items():
        spread = f"min {min(times[name]) * 1000:.0f}, max {max(times[name]) * 1000:.0f}"
        print(f"  {name:<26} median {value * 1000:6.1f} ms  ({spread})")
    ratio = medians["felles next"] / medians["python -c 'import yaml'"]
    bare = medians["felles next"] / medians["python -c pass"]
    print(f"ratio next/yaml: {ratio:.2f} (budget {BUDGET:.0f}); next/pass: {bare:.2f}")
    return 0 if ratio <= BUDGET else 1


def measure(
    cmds: dict[str, list[str]], env: dict[str, str], runs: int
) -> tuple[dict[str, float], dict[str, list[float]]]:
    """Median wall time of each command over `runs` interleaved runs (after two warm-ups)."""
    for _ in range(2):  # warm the file cache and write the bytecode
        for argv in cmds.values():
            time_once(argv, env)
    times: dict[str, list[float]] = {name: [] for name in cmds}
    for _ in range(runs):
        for name, argv in cmds.items():
            times[name].append(time_once(argv, env))
    medians = {name: statistics.median(values) for name, values in times.items()}
    return medians, times


def profile(env: dict[str, str], top: int = 20) -> None:
    """`python -X importtime` of one `felles next`: the imports with the largest own cost."""
    argv = [sys.executable, "-X", "importtime", "-m", "felles", "next", "--as-of", "2018-11-01"]
    done = subprocess.run(argv, env=env, cwd=REPO, capture_output=True, text=True, check=False)
    rows = []
    for line in done.stderr.splitlines():
        parts = line.split("|")
        if len(parts) == 3 and parts[0].split(":")[-1].strip().isdigit():
            rows.append((int(parts[0].split(":")[-1]), int(parts[1]), parts[2].rstrip()))
    print(f"costliest imports (own µs, cumulative µs), total {sum(r[0] for r in rows)} µs:")
    for own, cumulative, name in sorted(rows, reverse=True)[:top]:
        print(f"  {own:7d} {cumulative:8d} {name}")


if __name__ == "__main__":
    raise SystemExit(main())
