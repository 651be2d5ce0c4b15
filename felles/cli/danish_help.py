"""Danish `--help` (its words are `danish_words.py`'s), put where click writes its own.

Through Typer's public API and the click API it documents (Typer carries its own
copy of click, a private module felles never imports): each command's
`context_class` is a `typer.Context` whose formatter writes "Brug:", the headings
and the help option's line in Danish, and each command's `short_help` and each
option's `metavar` are set before the help is written. This runs only when help is
about to be shown, so other commands pay nothing for it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager
from typing import Any, Final

import typer

from felles.cli.danish_words import heading, metavar, option_help, short_help, usage_args

TEXT: Final = {"usage": "Brug: "}  # before the usage line, where click says "Usage: "


class DanishFormatter:
    """click's help formatter (documented API: write_usage, section, write_dl and the
    rest), writing felles' Danish words; everything else is click's own formatter."""

    def __init__(self, formatter: Any) -> None:
        self._formatter = formatter

    def __getattr__(self, name: str) -> Any:
        return getattr(self._formatter, name)

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        self._formatter.write_usage(
            prog, usage_args(args), TEXT["usage"] if prefix is None else prefix
        )

    def section(self, name: str) -> AbstractContextManager[None]:
        section: AbstractContextManager[None] = self._formatter.section(heading(name))
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
