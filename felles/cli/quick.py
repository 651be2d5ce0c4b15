"""The fast path of `felles next` and `felles status`: their options read without Typer or
click.

`felles next` is typed dozens of times a day, and Typer with click and their ~80
modules cost about a third of its start-up. An ordinary invocation (the options of
`felles next --help`, each given once or more, values after a space or '=') is
read here and handed to `next_view.show()`, the same function the Typer command
calls, inside the same error boundary. Anything else (help, a misspelt option, a
value click would refuse, such as a count that is not a number) returns None, and
the full command line takes over and says what is wrong, in the same Danish.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Final

_VALUES: Final = {
    "--as-of": "as_of",
    "--until": "until",
    "--group": "group",
    "--goal": "goal",
    "--type": "activity_type",
    "--leader": "leader",
    "--format": "output_format",
    "--content": "content",
}
_FLAGS: Final = {"--verbose": "verbose", "-v": "verbose", "--undated": "undated"}
_FORMATS: Final = ("text", "json")
# `felles status`: its options, and no argument.
_STATUS_VALUES: Final = {"--as-of": "as_of", "--format": "output_format", "--content": "content"}
_STATUS_FLAGS: Final = {"--verbose": "verbose", "-v": "verbose"}
_STATUS_FORMATS: Final = ("text", "json", "md")


def parse(args: list[str]) -> dict[str, Any] | None:
    """The keyword arguments of `next_view.show()` for `felles next ARGS`, or None when the
    full command line should read them (see the module docstring)."""
    return _parse(args, _VALUES, _FLAGS, _FORMATS, counted=True)


def parse_status(args: list[str]) -> dict[str, Any] | None:
    """The keyword arguments of `status_view.show()` for `felles status ARGS`, or None."""
    return _parse(args, _STATUS_VALUES, _STATUS_FLAGS, _STATUS_FORMATS, counted=False)


def _parse(
    args: list[str],
    values: dict[str, str],
    flags: dict[str, str],
    formats: tuple[str, ...],
    *,
    counted: bool,
) -> dict[str, Any] | None:
    found: dict[str, Any] = {}
    positional: list[str] = []
    tokens = iter(args)
    for token in tokens:
        if token == "--":
            positional += list(tokens)
            break
        if not token.startswith("-") or token == "-":
            positional.append(token)
            continue
        name, equals, value = token.partition("=")
        if name in flags and not equals:
            found[flags[name]] = True
            continue
        if name not in values:
            return None  # --help, -h, a misspelt option: click says it
        if not equals:
            following = next(tokens, None)
            if following is None or following.startswith("-"):
                return None
            value = following
        found[values[name]] = value
    if len(positional) > (1 if counted else 0):
        return None
    try:
        if positional:
            found["count"] = int(positional[0])
        if "group" in found:
            found["group"] = int(found["group"])
    except ValueError:
        return None  # click's own words for a value that is not a whole number
    if found.get("output_format", "text") not in formats:
        return None
    if "content" in found:
        found["content"] = Path(found["content"])
    return found


def run(argv: list[str]) -> int | None:
    """`felles next …` or `felles status …` on the fast path; None for anything the full
    command line must do."""
    if not argv or argv[0] not in ("next", "status"):
        return None
    from felles.cli.boundary import guarded

    if argv[0] == "status":
        status = parse_status(argv[1:])
        if status is None:
            return None
        from felles.cli import status_view

        return guarded(lambda: status_view.show(**status), argv)
    options = parse(argv[1:])
    if options is None:
        return None
    from felles.cli.next_view import show

    return guarded(lambda: show(**options), argv)
