"""Danish words for the parts of `--help` that Typer and click write in English.

Typer takes its headings through gettext (no Danish catalogue exists) and click
hard-codes the help option's text and "Usage:". This is installed only when
help is about to be shown, so other commands pay nothing for it.
"""

from __future__ import annotations

from typing import Any, Final

_WORDS: Final = {
    "Options": "Tilvalg",
    "Commands": "Kommandoer",
    "Arguments": "Argumenter",
    "default: {default}": "standard: {default}",
    "required": "påkrævet",
    "env var: {var}": "miljøvariabel: {var}",
}
HELP_TEXT: Final = "Vis denne hjælp og stop."


def install() -> None:
    import typer.core
    from typer._click import decorators, formatting

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
            write_usage(self, prog, args, "Brug: " if prefix is None else prefix)

        danish_usage._felles = True  # type: ignore[attr-defined]
        formatting.HelpFormatter.write_usage = danish_usage  # type: ignore[method-assign]
