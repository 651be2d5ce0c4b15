"""Danish words for the parts of `--help` that Typer and click write in English.

Typer takes its headings through gettext (no Danish catalogue exists) and click
hard-codes the help option's text and "Usage:". This is installed only when
help is about to be shown, so other commands pay nothing for it.
"""

from __future__ import annotations

import re
from typing import Any, Final

_WORDS: Final = {
    "Options": "Tilvalg",
    "Commands": "Kommandoer",
    "Arguments": "Argumenter",
    "default: {default}": "standard: {default}",
    "required": "påkrævet",
    "env var: {var}": "miljøvariabel: {var}",
}
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


def install() -> None:
    import typer.core
    from typer._click import core, decorators, formatting

    typer.core._ = lambda message: _WORDS.get(message, message)  # type: ignore[attr-defined]
    original = decorators.help_option

    def help_option(param_decls: list[str]) -> Any:
        decorate = original(param_decls)

        def apply(command: Any) -> Any:
            result = decorate(command)
            command.params[-1].help = HELP_TEXT
            return result

        return apply

    if not getattr(decorators.help_option, "_felles", False):
        help_option._felles = True  # type: ignore[attr-defined]
        decorators.help_option = help_option
    write_usage = formatting.HelpFormatter.write_usage
    if not getattr(write_usage, "_felles", False):

        def danish_usage(self: Any, prog: str, args: str = "", prefix: str | None = None) -> None:
            write_usage(self, prog, usage_args(args), "Brug: " if prefix is None else prefix)

        danish_usage._felles = True  # type: ignore[attr-defined]
        formatting.HelpFormatter.write_usage = danish_usage  # type: ignore[method-assign]
    if not getattr(core.Parameter.make_metavar, "_felles", False):
        english_metavar = core.Parameter.make_metavar

        def danish_metavar(self: Any, ctx: Any) -> str:
            if self.metavar is not None:
                return english_metavar(self, ctx)
            text = metavar(getattr(self.type, "name", ""), getattr(self.type, "choices", None))
            return text

        danish_metavar._felles = True  # type: ignore[attr-defined]
        core.Parameter.make_metavar = danish_metavar  # type: ignore[method-assign]
    if not getattr(core.Command.get_short_help_str, "_felles", False):

        def whole_sentence(self: Any, limit: int = 45) -> str:
            return short_help(self.short_help or self.help or "")

        whole_sentence._felles = True  # type: ignore[attr-defined]
        core.Command.get_short_help_str = whole_sentence  # type: ignore[method-assign]
