"""A fork server for benchmarks/mutation.py: pytest runs without paying its start-up each time.

Started in the sandbox (the temporary copy of the repository) with the sandbox first on
sys.path. It imports pytest and felles' third-party libraries once, never felles itself,
then reads one JSON request a line from stdin ({"args": [...], "timeout": seconds}),
forks, and the child runs `pytest.main(args)`, importing felles (with the one mutated
module) afresh. The answer is one JSON line: {"rc": exit code} or {"rc": "timeout"}.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path.cwd()))
sys.dont_write_bytecode = True

import pytest  # noqa: E402

# Not hypothesis: it is a pytest plugin, and pytest refuses (warning → error) to run one
# imported before it could rewrite its asserts.
for _name in (
    "yaml",
    "jinja2",
    "pydantic",
    "typer",
    "rich",
    "babel",
    "icalendar",
    "markdown_it",
    "platformdirs",
    "jsonschema",
):
    with contextlib.suppress(ImportError):
        __import__(_name)


def _run(args: list[str], timeout: float) -> int | str:
    pid = os.fork()
    if pid == 0:  # the child: its own process group, quiet, one pytest run
        os.setpgid(0, 0)
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.dup2(devnull, 2)
        code = 3
        try:
            code = int(pytest.main(args))
        finally:
            os._exit(code)
    deadline = time.monotonic() + timeout
    while True:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return os.waitstatus_to_exitcode(status)
        if time.monotonic() > deadline:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            return "timeout"
        time.sleep(0.02)


def main() -> None:
    for line in sys.stdin:
        request = json.loads(line)
        rc = _run(request["args"], float(request["timeout"]))
        sys.stdout.write(json.dumps({"rc": rc}) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
