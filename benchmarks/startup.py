"""Start-up of the commands people wait for, measured as a user meets them: whole processes.

Runs, interleaved so that a busy moment hits every command alike (medians of at
least 15 runs each, after two warm-ups):

- `python -c pass` (the bare interpreter) and `python -c "import yaml"` (the floor
  for anything that reads YAML);
- `felles next --as-of 2018-11-01` on the shipped programme, as it runs every day
  (the content cache warm), and with `FELLES_CACHE=0` (every file read afresh);
- `felles status --as-of 2018-10-15` on the shipped programme (the content cache warm),
  the coordinator's Monday;
- `felles validate` on the shipped programme, and, where check-jsonschema is
  installed, `check-jsonschema --schemafile schemas/programme.schema.json
  content/programme.yaml`: one hook on one file, checking nothing across files.

It prints each median and the ratios, and exits 1 when `next` or `status` is over its
budget (2.5× `import yaml`) or `validate` is slower than the one check-jsonschema hook.
Use the interpreter of the environment felles is installed in, never a pyenv shim
(it adds ~135 ms to every run):

    .venv/bin/python benchmarks/startup.py [--runs 21] [--profile]
    .venv/bin/python benchmarks/startup.py --baseline /tmp/venv-main/bin/python \
        --baseline-content /tmp/main/content

`--baseline PYTHON` adds `felles next` as installed in another environment (say, of the
main branch), interleaved with the rest, to measure a change before and after in one run;
`--baseline-content` is the content it reads (its own, when the model has changed).

With PYTHONDONTWRITEBYTECODE set, an installed package would recompile every module
on every run; the bytecode goes to a private cache instead, so the checkout stays clean.
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

NEXT_BUDGET = 2.5  # × `python -c "import yaml"`, for `next` and `status` alike
REPO = Path(__file__).resolve().parents[1]


def _felles(python: str) -> list[str]:
    script = Path(python).with_name("felles.exe" if os.name == "nt" else "felles")
    return [str(script)] if script.exists() else [python, "-m", "felles"]


def commands(
    cache: Path, baseline: str | None = None, baseline_content: str | None = None
) -> dict[str, tuple[list[str], dict[str, str]]]:
    felles = _felles(sys.executable)
    content = ["--content", str(REPO / "content")]
    found: dict[str, tuple[list[str], dict[str, str]]] = {
        "python -c pass": ([sys.executable, "-c", "pass"], {}),
        "python -c 'import yaml'": ([sys.executable, "-c", "import yaml"], {}),
        # The warm cache where a user's is (the XDG folder, found as felles finds it every
        # day), not FELLES_CACHE, which skips that lookup and what it imports.
        "felles next": (
            [*felles, "next", "--as-of", "2018-11-01", *content],
            {"XDG_CACHE_HOME": str(cache)},
        ),
        "felles next (no cache)": (
            [*felles, "next", "--as-of", "2018-11-01", *content],
            {"FELLES_CACHE": "0"},
        ),
        "felles status": (
            [*felles, "status", "--as-of", "2018-10-15", *content],
            {"XDG_CACHE_HOME": str(cache)},
        ),
        "felles validate": ([*felles, "validate", *content], {}),
    }
    if baseline is not None:
        found["felles next (baseline)"] = (
            [
                *_felles(baseline),
                *("next", "--as-of", "2018-11-01", "--content"),
                baseline_content or str(REPO / "content"),
            ],
            {"XDG_CACHE_HOME": str(cache.with_name("cache-baseline"))},
        )
    checker = shutil.which(
        "check-jsonschema", path=str(Path(sys.executable).parent)
    ) or shutil.which("check-jsonschema")
    if checker:
        schema, file = (
            REPO / "schemas" / "programme.schema.json",
            REPO / "content" / "programme.yaml",
        )
        found["check-jsonschema (1 file)"] = ([checker, "--schemafile", str(schema), str(file)], {})
    return found


def time_once(argv: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(argv, env=env, cwd=REPO, capture_output=True, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"{' '.join(argv)} failed ({done.returncode}):\n{done.stderr.decode()}")
    return elapsed


def measure(
    cmds: dict[str, tuple[list[str], dict[str, str]]], env: dict[str, str], runs: int
) -> tuple[dict[str, float], dict[str, list[float]]]:
    """Median wall time of each command over `runs` interleaved runs (after two warm-ups)."""
    for _ in range(2):  # warm the file cache, the bytecode and felles' content cache
        for argv, extra in cmds.values():
            time_once(argv, env | extra)
    times: dict[str, list[float]] = {name: [] for name in cmds}
    for _ in range(runs):
        for name, (argv, extra) in cmds.items():
            times[name].append(time_once(argv, env | extra))
    return {name: statistics.median(values) for name, values in times.items()}, times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21, help="runs of each command (>= 15)")
    parser.add_argument(
        "--profile", action="store_true", help="also print the costliest imports of one next"
    )
    parser.add_argument(
        "--baseline",
        metavar="PYTHON",
        help="also time `felles next` of the felles installed for this interpreter",
    )
    parser.add_argument("--baseline-content", metavar="DIR", help="the content the baseline reads")
    args = parser.parse_args()
    runs = max(args.runs, 15)
    env = {
        k: v
        for k, v in os.environ.items()
        if k
        not in (
            "FELLES_CONTENT",
            "FELLES_CACHE",
            "PYTHONPROFILEIMPORTTIME",
            "PYTHONDONTWRITEBYTECODE",
        )
    }
    env["NO_COLOR"] = "1"
    with tempfile.TemporaryDirectory(prefix="felles-bench-") as temp:
        env["PYTHONPYCACHEPREFIX"] = str(Path(temp) / "pycache")
        medians, times = measure(
            commands(Path(temp) / "cache", args.baseline, args.baseline_content), env, runs
        )
        if args.profile:
            profile(env | {"FELLES_CACHE": str(Path(temp) / "cache")})
    print(f"{runs} runs each, interleaved; {sys.executable}")
    yaml = medians["python -c 'import yaml'"]
    bare = medians["python -c pass"]
    for name, value in medians.items():
        spread = f"min {min(times[name]) * 1000:.0f}, max {max(times[name]) * 1000:.0f}"
        print(
            f"  {name:<27} median {value * 1000:6.1f} ms  ×{value / bare:5.2f} pass  "
            f"×{value / yaml:5.2f} yaml  ({spread})"
        )
    failed = False
    ratio = medians["felles next"] / yaml
    print(f"next / import yaml: {ratio:.2f} (budget {NEXT_BUDGET})")
    failed |= ratio > NEXT_BUDGET
    desk = medians["felles status"] / yaml
    print(f"status / import yaml: {desk:.2f} (budget {NEXT_BUDGET})")
    failed |= desk > NEXT_BUDGET
    before = medians.get("felles next (baseline)")
    if before is not None:
        print(f"next / next of the baseline: {medians['felles next'] / before:.2f}")
    checker = medians.get("check-jsonschema (1 file)")
    if checker is not None:
        versus = medians["felles validate"] / checker
        print(f"validate / check-jsonschema on programme.yaml: {versus:.2f} (must be under 1)")
        failed |= versus >= 1
    else:
        print("check-jsonschema is not installed: `pip install check-jsonschema` to compare")
    return 1 if failed else 0


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
