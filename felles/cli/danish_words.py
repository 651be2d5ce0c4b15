"""The Danish words of `--help`, for the parts Typer and click write in English: the
headings, the usage line, the help option's line, `[default: …]`, option metavars and a
command's line in its group's list. Plain text in, text out; `danish_help.py` puts them
where click writes its own.
"""

from __future__ import annotations

import re
from typing import Any, Final

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


def heading(name: str) -> str:
    """A heading of the help (Options, Commands, Arguments) in Danish."""
    return _HEADINGS.get(name, name)
