"""Every finding and error code, with its Danish message and explanation.

The one place for these user-facing strings, split by series (one module each):
reading (E1xx), model (E2xx), rules (E3xx), drafts (E4xx), calendar (W5xx),
survey (E6xx, W601, U06x), invitations (E34x, W32x, U12x: `felles invite`), output
(U05x, E70x: writing -o) and usage (the other U codes).
Codes are stable: E = error, W = warning, U = wrong use of a command.
`felles validate --explain CODE` prints the explanation and the example.

A message names its parameters as `{name}`; `tests/unit/codes` checks every
place that raises or reports a code against its message, and `render` never lets
a placeholder through to a user even if one is missed.
"""

from __future__ import annotations

import string
from typing import Any, Final

from felles.codes import (
    calendar_codes,
    drafts_codes,
    invite_codes,
    model_codes,
    output_codes,
    reading,
    rules,
    survey_codes,
    usage,
)
from felles.codes.code import Code

CODES: Final[dict[str, Code]] = {
    **reading.CODES,
    **model_codes.CODES,
    **rules.CODES,
    **drafts_codes.CODES,
    **calendar_codes.CODES,
    **survey_codes.CODES,
    **output_codes.CODES,
    **usage.CODES,
    **invite_codes.CODES,
}
MISSING: Final = "…"  # stands for a parameter a caller forgot: never a raw '{name}'

__all__ = ["CODES", "Code", "fields", "render"]


class _Params(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return MISSING


def render(code: str, params: dict[str, Any]) -> str:
    """The Danish message of a code, filled with its parameters."""
    entry = CODES.get(code)
    if entry is None:
        return code
    try:
        return entry.message.format_map(_Params(params))
    except (IndexError, ValueError, AttributeError, TypeError):
        return "".join(text for text, *_ in string.Formatter().parse(entry.message))


def fields(text: str) -> set[str]:
    """The parameter names a message or explanation uses."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}
