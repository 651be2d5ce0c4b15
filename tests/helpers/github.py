"""What the GitHub Actions runner makes of a step's output: its workflow commands.

The runner reads the output line by line (it splits at CR and LF only). A line that
begins with `::` is a command (`::name key=value,…::data`) — unless commands are
stopped: after `::stop-commands::TOKEN`, nothing is a command until the line
`::TOKEN::`. This is the runner's reading, so a test can ask what an annotation
really is rather than what a line looks like.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_COMMAND = re.compile(r"::(?P<name>[A-Za-z-]+)(?: (?P<props>[^:]*))?::(?P<data>.*)\Z", re.DOTALL)


def _unescape_data(value: str) -> str:
    return value.replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%")


def _unescape_property(value: str) -> str:
    return _unescape_data(value.replace("%3A", ":").replace("%2C", ","))


@dataclass(frozen=True)
class Command:
    name: str
    properties: dict[str, str] = field(default_factory=dict)
    data: str = ""


def commands(output: str) -> list[Command]:
    """The workflow commands the runner would carry out, in order."""
    found: list[Command] = []
    stopped: str | None = None
    for line in re.split(r"\r\n|\r|\n", output):
        if stopped is not None:
            if line == f"::{stopped}::":
                stopped = None
            continue
        match = _COMMAND.match(line)
        if match is None:
            continue
        name = match.group("name")
        if name == "stop-commands":
            stopped = match.group("data")
            continue
        props = {}
        for pair in filter(None, (match.group("props") or "").split(",")):
            key, _, value = pair.partition("=")
            props[key] = _unescape_property(value)
        found.append(Command(name, props, _unescape_data(match.group("data"))))
    return found


def annotations(output: str) -> list[Command]:
    return [c for c in commands(output) if c.name in ("error", "warning", "notice")]
