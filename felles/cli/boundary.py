"""The one error boundary of felles: every outcome becomes an exit code and Danish lines.

A known failure (`FellesError`) is one line, `felles: path:line:col: message`; click's
English usage errors are rewritten in Danish; a closed pipe, Ctrl-C and anything
unexpected end quietly with their exit code (no traceback, no locals: they can hold
leaders' names).
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import pathlib
import re
import sys
from collections.abc import Callable
from typing import Any, Final

from felles.cli.output import harmless_streams, say, write
from felles.errors import ExitCode, FellesError, interrupted, os_reason

# What a failing write to standard output says: closed, full, broken.
_STREAM_ERRORS: Final = frozenset({errno.EBADF, errno.ENOSPC, errno.EDQUOT, errno.EIO})

# click's English usage messages, in Danish.
_USAGE = [
    (
        re.compile(r"No such option: (\S+)\s+Did you mean (\S+)\?"),
        "ukendt tilvalg: {0} – mente du {1}?",
    ),
    (
        re.compile(r"No such option: (\S+)\s+\(Possible options: (.+)\)"),
        "ukendt tilvalg: {0} – mente du {1}?",
    ),
    (re.compile(r"No such option: (.+)"), "ukendt tilvalg: {0}"),
    (
        re.compile(r"No such command '(.+)'\.\s+Did you mean '(.+)'\?"),
        "ukendt kommando »{0}« – mente du »{1}«?",
    ),
    (re.compile(r"No such command '(.+)'\."), "ukendt kommando »{0}«"),
    (re.compile(r"Missing argument '(.+)'\."), "argumentet {0} mangler"),
    (re.compile(r"Missing option '(.+)'\."), "tilvalget {0} mangler"),
    (re.compile(r"Option '(.+)' requires an argument\."), "tilvalget {0} kræver en værdi"),
    (
        re.compile(r"Got unexpected extra arguments?(?:\(s\))? \((.+)\)"),
        "uventet ekstra argument: »{0}«",
    ),
    (re.compile(r"Option '(.+)' does not take a value\."), "tilvalget {0} tager ingen værdi"),
    (
        re.compile(r"Option '(.+)' requires (\d+) arguments\."),
        "tilvalget {0} kræver {1} værdier",
    ),
    (re.compile(r"Missing parameter: (.+)"), "{0} mangler"),
    (
        re.compile(r"Invalid value for '(.+?)': '(.*?)' is not one of (.+)\."),
        "ugyldig værdi for {0}: »{1}« – vælg en af {2}",
    ),
    (
        re.compile(r"Invalid value for '(.+?)': '(.*?)' is not a valid int(?:eger)?\."),
        "ugyldig værdi for {0}: »{1}« er ikke et helt tal",
    ),
    (
        re.compile(r"Invalid value for '(.+?)': '(.*?)' is not a valid float\."),
        "ugyldig værdi for {0}: »{1}« er ikke et tal",
    ),
    (
        re.compile(r"Invalid value for '(.+?)': '(.*?)' is not a valid boolean\..*"),
        "ugyldig værdi for {0}: »{1}« – skriv ja eller nej",
    ),
    (
        re.compile(r"Invalid value for '(.+?)': (.*?) is not in the range (.+)\."),
        "ugyldig værdi for {0}: {1} ligger uden for {2}",
    ),
    # A Danish reason of felles' own (a callback's BadParameter) after click's English frame.
    (re.compile(r"Invalid value for '(.+?)': (.+)"), "ugyldig værdi for {0}: {1}"),
]
# click's last alternative ('a', 'b', 'c' → 'a', 'b' eller 'c'): danish_usage puts
# _OR_LAST, Danish for the user, where _LAST_COMMA finds the comma.
_LAST_COMMA: Final = re.compile(r", ([^,]+)$")
_OR_LAST: Final = r" eller \1"
# What the boundary says; "unknown_usage" when click says something _USAGE does not know:
# never English.
TEXT: Final = {
    "unknown_usage": "kommandolinjen kan ikke læses sådan",
    "wrong_use": "felles: forkert brug: {usage}",
    "see_help": "Se »{command} --help«.",
    "closed": "den er lukket",
    "no_stdout": "felles: kan ikke skrive til standardoutput: {reason}",
    "unexpected": "felles: uventet fejl ({error}). Det er en fejl i felles, ikke i dit indhold.",
    "what": (
        "versionen (felles --version: felles {version}), kommandoen, du skrev ({command} …), "
        "og de sidste linjer herover"
    ),
    "to_tracker": "Meld den gerne på {tracker}, og send {what}.",
    "to_installer": (
        "Send gerne {what} til den, der har installeret felles for dig (fx din it-support)."
    ),
}
# Words of click's and the operating system's English that no Danish message holds.
_ENGLISH: Final = re.compile(
    r"\b(?:is|not|the|does|valid|value|option|argument|arguments|missing|such|expected|got|"
    r"unexpected|requires|invalid|must|range|match|formats|error|file|exists|no|of)\b",
    re.IGNORECASE,
)


def _english(message: str) -> bool:
    return len({word.lower() for word in _ENGLISH.findall(message)}) >= 2


def error_line(error: FellesError) -> str:
    where = error.path or ""
    if where and error.line is not None:
        where += f":{error.line}:{error.col or 1}"
    prefix = f"{where}: " if where else ""
    return f"felles: {prefix}{error}"


def danish_usage(message: str) -> str:
    for pattern, template in _USAGE:
        match = pattern.fullmatch(message.strip())
        if match:
            # click lists alternatives as 'a', 'b', 'c'; Danish reads »a«, »b« eller »c«.
            words = [_LAST_COMMA.sub(_OR_LAST, group) for group in match.groups()]
            words = [re.sub(r"'([^']*)'", r"»\1«", word).strip("[]") for word in words]
            result = template.format(*words)
            return TEXT["unknown_usage"] if _english(result) else result
    return TEXT["unknown_usage"] if _english(message) else message


def run(app: Any, args: list[str]) -> int:
    """The full command line (Typer and click) inside the boundary."""
    return guarded(lambda: _command_line(app, args), args)


def _command_line(app: Any, args: list[str]) -> int:
    """click's own outcomes as exit codes: usage errors in Danish, help, a closed pipe.

    Typer's public API only: its errors are `typer.TyperException`s, with click's
    documented `ctx`, `exit_code` and `format_message()`.
    """
    import typer

    try:
        if "-h" in args or "--help" in args:
            from felles.cli import danish_help

            command = danish_help.click_command(app)
            result = command.main(args=args, prog_name="felles", standalone_mode=False)
        else:
            result = app(args=args, prog_name="felles", standalone_mode=False)
        return int(result) if isinstance(result, int) else ExitCode.OK
    except typer.TyperException as error:
        ctx = getattr(error, "ctx", None)
        # `felles`, `felles export`: show what there is
        if _bare_group(error.format_message(), ctx):
            from felles.cli import danish_help

            write(danish_help.text(ctx))
            return ExitCode.OK
        if hasattr(error, "ctx"):  # click's UsageError and its kinds
            command = ctx.command_path if ctx is not None else "felles"
            say(TEXT["wrong_use"].format(usage=danish_usage(error.format_message())))
            say(TEXT["see_help"].format(command=command))
            return ExitCode.USAGE
        say(f"felles: {danish_usage(error.format_message())}")
        return ExitCode.USAGE
    except SystemExit as stop:
        # click answers a closed pipe (`felles next | head -1`) with exit 1 itself.
        if isinstance(stop.__context__, OSError) and stop.__context__.errno == errno.EPIPE:
            raise BrokenPipeError(errno.EPIPE, "Broken pipe") from None
        return stop.code if isinstance(stop.code, int) else ExitCode.UNEXPECTED


def _bare_group(message: str, ctx: Any) -> bool:
    """Is this click's answer to a group given nothing at all (`no_args_is_help`)? That
    usage error's message is the group's help, usage line first."""
    return (
        ctx is not None
        and bool(getattr(ctx.command, "no_args_is_help", False))
        and message.startswith(ctx.get_usage())
    )


def guarded(body: Callable[[], int], args: list[str]) -> int:
    """The one error boundary of felles: run `body`, and make every outcome an exit code.

    Used by the full command line (`run`) and by the fast path of `felles next`
    (`cli/quick.py`), which never imports click.
    """
    _safe_streams()
    with harmless_streams():
        return _outcome(body, args)


def _outcome(body: Callable[[], int], args: list[str]) -> int:
    try:
        code = body()
        sys.stdout.flush()  # a full disk (> /dev/full) shows here, not at exit
        return code
    except FellesError as error:
        say(error_line(error))
        return error.exit_code
    except KeyboardInterrupt:
        return ExitCode.INTERRUPTED
    except BrokenPipeError:
        _silence_stdout()
        return ExitCode.OK
    except OSError as error:
        # The machine, not felles: a closed or full output stream (`>&-`, `> /dev/full`), or
        # a file operation that failed where no command expected it.
        _silence_stdout()
        if error.errno in _STREAM_ERRORS and not error.filename:
            reason = TEXT["closed"] if error.errno == errno.EBADF else os_reason(error)
            say(TEXT["no_stdout"].format(reason=reason))
        else:
            where = f"{error.filename}: " if error.filename else ""
            say(f"felles: {where}{os_reason(error)}")
        return ExitCode.CONTENT
    except Exception as error:  # the last resort: no traceback, no locals
        if interrupted(error):  # a Ctrl-C that an import turned into a RuntimeError
            return ExitCode.INTERRUPTED
        from felles import __version__

        say(TEXT["unexpected"].format(error=type(error).__name__))
        for line in report_lines(__version__, args):
            say(line)
        return ExitCode.UNEXPECTED


def report_lines(version: str, args: list[str]) -> list[str]:
    """What to send about a bug in felles, and to whom: the tracker the installed felles
    names in its metadata (`[project.urls]`), or else the people who installed it."""
    from felles.cli.source import issue_tracker

    command = f"felles {' '.join(args[:1])}".strip()  # the rest may hold leaders' names
    what = TEXT["what"].format(version=version, command=command)
    try:
        tracker = issue_tracker()
    except Exception:  # the metadata itself may be what is broken
        tracker = None
    if tracker:
        return [TEXT["to_tracker"].format(tracker=tracker, what=what)]
    return [TEXT["to_installer"].format(what=what)]


class _Closed(io.TextIOBase):
    """Standard output that was closed before felles started (`felles next >&-`)."""

    def write(self, text: str) -> int:
        raise OSError(errno.EBADF, "Bad file descriptor")

    def isatty(self) -> bool:
        return False


def _safe_streams() -> None:
    """Streams that were closed before felles started, and text a console cannot encode.

    A closed stdin reads as empty (no terminal to ask); a closed stderr swallows what
    felles would say (the exit code still tells); a closed stdout fails the first
    write, which the boundary reports. Text a console cannot encode degrades to '?';
    redirected standard output is UTF-8 (`_utf8_when_redirected`).
    """
    if sys.stdin is None:
        sys.stdin = pathlib.Path(os.devnull).open(encoding="utf-8")  # noqa: SIM115 (lives as long as felles)
    if sys.stderr is None:
        sys.stderr = pathlib.Path(os.devnull).open("w", encoding="utf-8")  # noqa: SIM115
    if sys.stdout is None:
        sys.stdout = _Closed()
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):
                reconfigure(errors="replace")
    _utf8_when_redirected(sys.stdout)


def _utf8_when_redirected(stream: object) -> None:
    """Standard output into a file or a pipe is UTF-8 with the line ends felles wrote,
    whatever PYTHONIOENCODING or the Windows code page says: an export saved with `>` is
    the same bytes as one written with `-o` (HTML and XML declare UTF-8, ICS has its own
    CRLF). Text for a terminal follows the console."""
    isatty = getattr(stream, "isatty", None)
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is None or isatty is None:
        return
    with contextlib.suppress(ValueError, OSError):
        if not isatty():
            reconfigure(encoding="utf-8", errors="replace", newline="\n")


def _silence_stdout() -> None:
    """After a closed pipe or a full disk, let the interpreter's final flush go nowhere."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
        pass
