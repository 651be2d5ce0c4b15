"""The pairs of `felles pair` as a content file, pairs/<id>.yaml (on screen: pairs_listing).

The file is YAML that felles' strict reader and every other YAML tool read alike, written
by PyYAML's emitter (never by joining strings): each name is a double-quoted scalar with
YAML's own escapes, so a name such as "No", one with a colon or a line break can never
turn into something else, and the date is quoted (YAML 1.1 tools read a bare 2019-02-01
as a timestamp). The header comments have no escaping: the title and the command are
written on one line each, control characters as U+FFFD. Its header is felles' mark
(`is_ours`): `felles pair` replaces only a file whose header names the command that made it
for the same activity, never anyone's own file of that name.
"""

from __future__ import annotations

import re
import shlex
from datetime import date
from typing import Final

from felles.controls import harmless
from felles.render.template_values import one_line

HEADER: Final = (
    "# Parrene til »{title}«, lavet med: {command}",
    "# Hver leder besøger én kollega (visitor) og får besøg af én anden (host).",
    "# Gennemse parrene, og læg filen i git; kør »felles validate«, hvis I retter i den.",
)
MODELINE: Final = "# yaml-language-server: $schema=../../schemas/pairs.schema.json"
# felles' mark on a pairs file: the header line naming the command that made it.
_MARK: Final = re.compile(r"# Parrene til .*, lavet med: felles pair (\S+)(?: .*)?")
_OPENING: Final = "# Parrene til »"
_BROKEN_MARK: Final = re.compile(r"«, lavet med: felles pair (\S+)(?: |$)")
HEAD_BYTES: Final = 4096  # the header is the file's first lines
_BIDI: Final = re.compile("[\u202a-\u202e\u2066-\u2069]")


def yaml_text(
    activity: str, title: str, seed: int, made: date, pairs: list[tuple[str, str]], command: str
) -> str:
    """The pairs file as felles writes it (see the module docstring)."""
    import yaml

    class Dumper(yaml.SafeDumper):
        pass

    Dumper.add_representer(
        _Quoted, lambda dumper, value: dumper.represent_scalar("tag:yaml.org,2002:str", value, '"')
    )
    Dumper.add_representer(
        _Visit, lambda dumper, value: dumper.represent_mapping("tag:yaml.org,2002:map", value, True)
    )
    data = {
        "activity": activity,
        "seed": seed,
        "made": _Quoted(made.isoformat()),
        "pairs": [_Visit(visitor=_Quoted(visitor), host=_Quoted(host)) for visitor, host in pairs],
    }
    body = yaml.dump(
        data,
        Dumper=Dumper,
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=None,
        width=1 << 30,
    )
    # PyYAML escapes what it deems unprintable but writes the bidirectional overrides as
    # they are; they can stand only inside the double-quoted names, so YAML's \u escape is
    # theirs too (an editor shows the name as stored, not reordered).
    body = _BIDI.sub(lambda found: f"\\u{ord(found.group()):04X}", body)
    lines = [
        MODELINE,
        *(line.format(title=_comment(title), command=_comment(command)) for line in HEADER),
    ]
    return "\n".join(lines) + "\n" + body


class _Visit(dict[str, str]):
    """One visit, written on one line: `{visitor: "…", host: "…"}`."""


class _Quoted(str):
    """A value the emitter writes double-quoted (a name, the date): never read as
    anything but text, by felles or by a YAML 1.1 tool."""


def _comment(text: str) -> str:
    """Text for a header comment, which has no escaping of its own: one line (every line
    break a space, so nothing can start a line of YAML), control characters as U+FFFD."""
    return one_line(harmless(text)).replace("\r", " ")


def is_ours(head: str, activity: str) -> bool:
    """Did `felles pair` write the file that begins with `head` for `activity`? Its header
    (`HEADER`, within the first lines) names the command: `felles pair <activity> …`.

    A file an older felles wrote with a line break in the title has the header broken over
    several lines (and may not read as YAML at all): it is still felles' if it opens with
    the header's first words and names the command further down, so `--replace` can
    repair it."""
    wanted = shlex.quote(activity)
    lines = [line.rstrip("\r") for line in head.split("\n")]
    for line in lines[: len(HEADER) + 2]:
        found = _MARK.fullmatch(line)
        if found is not None and found.group(1) == wanted:
            return True
    opens = any(line.startswith(_OPENING) for line in lines[:2])
    return opens and any(
        (found := _BROKEN_MARK.search(line)) is not None and found.group(1) == wanted
        for line in lines
    )
