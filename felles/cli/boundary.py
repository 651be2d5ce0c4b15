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
from felles.errors import ExitCode, FellesError, os_reason

# What a failing write to standard output says: closed, full, broken.
_STREAM_ERRORS: Final = frozenset({errno.EBADF, errno.ENOSPC, errno.EDQUOT, errno.EIO})

ISSUES_URL = "https://github.com/felles-dev/felles/issues"

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
    (re.compile(r"Got unexpected extra arguments? \((.+)\)"), "uventet ekstra argument: {0}"),
    (
        re.compile(r"Invalid value for '(.+?)': '(.+?)' is not one of (.+)\."),
        "ugyldig værdi for {0}: »{1}« – vælg en af {2}",
    ),
    (
        re.compile(r"Invalid value for '(.+?)': '(.+?)' is not a valid int(?:eger)?\."),
        "ugyldig værdi for {0}: »{1}« er ikke et helt tal",
    ),
    (re.compile(r"Invalid value for '(.+?)': (.+)"), "ugyldig værdi for {0}: {1}"),
]


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
            words = [re.sub(r", ([^,]+)$", r" eller \1", group) for group in match.groups()]
            words = [re.sub(r"'([^']*)'", r"»\1«", word).strip("[]") for word in words]
            return template.format(*words)
    return message


def run(app: Any, args: list[str]) -> int:
    """The full command line (Typer and click) inside the boundary."""
    if not args or "-h" in args or "--help" in args:
        from felles.cli import danish_help

        danish_help.install()
    return guarded(lambda: _click(app, args), args)


def _click(app: Any, args: list[str]) -> int:
    """click's own outcomes as exit codes: usage errors in Danish, help, a closed pipe."""
    from typer._click.exceptions import ClickException, NoArgsIsHelpError, UsageError

    try:
        result = app(args=args, prog_name="felles", standalone_mode=False)
        return int(result) if isinstance(result, int) else ExitCode.OK
    except NoArgsIsHelpError as error:  # `felles`, `felles export`: show what there is
        if error.ctx is not None:
            from felles.cli import danish_help

            danish_help.install()
            write(error.ctx.get_help())
        return ExitCode.OK
    except UsageError as error:
        command = error.ctx.command_path if error.ctx is not None else "felles"
        say(f"felles: forkert brug: {danish_usage(error.format_message())}")
        say(f"Se »{command} --help«.")
        return ExitCode.USAGE
    except ClickException as error:
        say(f"felles: {danish_usage(error.format_message())}")
        return ExitCode.USAGE
    except SystemExit as stop:
        # click answers a closed pipe (`felles next | head -1`) with exit 1 itself.
        if isinstance(stop.__context__, OSError) and stop.__context__.errno == errno.EPIPE:
            raise BrokenPipeError(errno.EPIPE, "Broken pipe") from None
        return stop.code if isinstance(stop.code, int) else ExitCode.UNEXPECTED


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
            reason = "den er lukket" if error.errno == errno.EBADF else os_reason(error)
            say(f"felles: kan ikke skrive til standardoutput: {reason}")
        else:
            where = f"{error.filename}: " if error.filename else ""
            say(f"felles: {where}{os_reason(error)}")
        return ExitCode.CONTENT
    except Exception as error:  # the last resort: no traceback, no locals
        from felles import __version__

        say(
            f"felles: uventet fejl ({type(error).__name__}). Det er en fejl i felles, ikke i "
            f"dit indhold."
        )
        say(
            f"Meld den gerne på {ISSUES_URL} med version {__version__} og kommandoen: "
            f"felles {' '.join(args[:1])}"
        )
        return ExitCode.UNEXPECTED


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
    write, which the boundary reports. Text a console cannot encode degrades to '?'.
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


def _silence_stdout() -> None:
    """After a closed pipe or a full disk, let the interpreter's final flush go nowhere."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
        pass
