"""Danish words for the parts of `--help` that Typer and click write in English.

Through Typer's public API and the click API it documents (Typer carries its own
copy of click, a private module felles never imports): each command's
`context_class` is a `typer.Context` whose formatter writes "Brug:", the headings
and the help option's line in Danish, and each command's `short_help` and each
option's `metavar` are set before the help is written. This runs only when help is
about to be shown, so other commands pay nothing for it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import AbstractContextManager
from typing import Any, Final

import typer

# The headings Typer writes (through gettext, for which no Danish catalogue exists).
_HEADINGS: Final = {"Options": "Tilvalg", "Commands": "Kommandoer", "Arguments": "Argumenter"}
# What Typer writes in brackets after an option's help, `[default: text; required]`.
_EXTRAS: Final = (
    ("default: ", "standard: "),
    ("env var: ", "miljøvariabel: "),
    ("required", "påkrævet"),
)
_EXTRA: Final = re.compile(r"(?:(?<=  )|^)\[([^\n]*)\]\Z")
# click's own line for the help option.
_ENGLISH_HELP_TEXT: Final = "Show this message and exit."
HELP_TEXT: Final = "Vis denne hjælp."
# click writes these into the usage line; a required argument Typer puts in {braces}.
_USAGE_WORDS: Final = (
    ("COMMAND [ARGS]...", "KOMMANDO [ARGUMENTER]"),
    ("[OPTIONS]", "[TILVALG]"),
)
_FIRST_SENTENCE: Final = re.compile(r"(.+?[.!?])(?=\s+[A-ZÆØÅ]|$)", re.DOTALL)


def short_help(help: str) -> str:
    """A command's line in its group's list: the first sentence of its help, whole.

    click cuts the help at about 45 characters and adds "..."; a sentence cut
    off in the middle reads as an error, so the whole first sentence is shown
    and wrapped instead.
    """
    text = " ".join(help.split())
    match = _FIRST_SENTENCE.match(text)
    return match.group(1) if match else text


# A value's kind when a command gives no metavar of its own (click writes <text>, <path>).
_KINDS: Final = {
    **dict.fromkeys(("int", "integer"), "N"),
    **dict.fromkeys(("float",), "TAL"),
    **dict.fromkeys(("path", "filename", "file"), "STI"),
    **dict.fromkeys(("str", "text"), "TEKST"),
    **dict.fromkeys(("bool", "boolean"), "JA|NEJ"),
}


def metavar(kind: str, choices: Any = None) -> str:
    """The Danish stand-in for an option's value: its choices (text|json) or its kind."""
    if choices:
        return "|".join(str(getattr(choice, "value", choice)) for choice in choices)
    return _KINDS.get(kind.strip("<>").lower(), "VÆRDI")


def usage_args(args: str) -> str:
    """The usage line's arguments in Danish: [TILVALG], KOMMANDO, no braces."""
    for english, danish in _USAGE_WORDS:
        args = args.replace(english, danish)
    return re.sub(r"\{([^{}]+)\}", r"\1", args)


def option_help(help: str) -> str:
    """An option's line in Danish: click's help option, Typer's `[default: …; required]`."""
    if help == _ENGLISH_HELP_TEXT:
        return HELP_TEXT
    match = _EXTRA.search(help)
    if match is None:
        return help
    parts = match.group(1).split("; ")
    for index, part in enumerate(parts):
        for english, danish in _EXTRAS:
            if part.startswith(english):
                parts[index] = danish + part[len(english) :]
    return f"{help[: match.start()]}[{'; '.join(parts)}]"


class DanishFormatter:
    """click's help formatter (documented API: write_usage, section, write_dl and the
    rest), writing felles' Danish words; everything else is click's own formatter."""

    def __init__(self, formatter: Any) -> None:
        self._formatter = formatter

    def __getattr__(self, name: str) -> Any:
        return getattr(self._formatter, name)

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        self._formatter.write_usage(prog, usage_args(args), "Brug: " if prefix is None else prefix)

    def section(self, name: str) -> AbstractContextManager[None]:
        section: AbstractContextManager[None] = self._formatter.section(_HEADINGS.get(name, name))
        return section

    def write_dl(self, rows: Any, *args: Any, **kwargs: Any) -> None:
        danish = [(first, option_help(second)) for first, second in rows]
        self._formatter.write_dl(danish, *args, **kwargs)


class DanishContext(typer.Context):
    """A context whose help is written by `DanishFormatter`."""

    def make_formatter(self) -> Any:
        return DanishFormatter(super().make_formatter())


def click_command(app: typer.Typer) -> Any:
    """The click command Typer makes of `app`, with Danish help throughout.

    Typer hands out its click command through public API only with a context: `felles`
    alone is answered with its help (`no_args_is_help`), a usage error that carries the
    context of the command it would show. The caller runs that command (`main`).
    """
    ctx = None
    try:
        app(args=[], prog_name="felles", standalone_mode=False)
    except typer.TyperException as error:
        ctx = getattr(error, "ctx", None)
    if ctx is None:
        raise RuntimeError("felles without arguments did not answer with its help")
    prepare(ctx.command)
    return ctx.command


def prepare(command: Any) -> None:
    """Danish help for `command` and every command under it, through click's documented
    attributes: the context class, each command's short help, each option's metavar."""
    for each in _tree(command):
        each.context_class = DanishContext
        each.short_help = short_help(each.short_help or each.help or "")
        for param in each.params:
            if param.param_type_name == "option" and param.metavar is None:
                kind = getattr(param, "type", None)
                param.metavar = metavar(getattr(kind, "name", ""), getattr(kind, "choices", None))


def _tree(command: Any) -> Iterator[Any]:
    yield command
    for sub in getattr(command, "commands", {}).values():
        yield from _tree(sub)


def text(ctx: Any) -> str:
    """The help of the command `ctx` runs, in Danish (click's `Context.get_help`)."""
    prepare(ctx.command)
    formatter = ctx.make_formatter()
    if not isinstance(formatter, DanishFormatter):
        formatter = DanishFormatter(formatter)
    ctx.command.format_help(ctx, formatter)
    return str(formatter.getvalue()).rstrip("\n")
