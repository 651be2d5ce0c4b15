"""Every finding and error code, with its Danish message and explanation.

The one place for these user-facing strings, split by series (one module each, and
a series too long for one module split by what it is about): reading (E1xx), model
(E2xx), rules (E3xx, with the groups' sessions, the pairs, `felles move` and accepted
warnings apart), drafts (E4xx, with the drafts in Word apart), calendar (W5xx and the
school holidays), survey (E60x; its answers and its data folder apart), invitations
(E34x, W32x; its U12x apart: `felles invite`), output (U05x, E70x, U039, U041: writing a
file) and usage (the other U codes, with grundlag, export and init/move/pair apart).
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
    accepted_codes,
    calendar_codes,
    drafts_codes,
    export_usage_codes,
    grundlag_usage_codes,
    grundlag_word_codes,
    init_move_pair_codes,
    invite_codes,
    invite_usage_codes,
    model_codes,
    move_codes,
    output_codes,
    pair_codes,
    reading,
    rules,
    session_codes,
    survey_answer_codes,
    survey_codes,
    survey_data_codes,
    usage,
)
from felles.codes.code import Code

CODES: Final[dict[str, Code]] = {
    **reading.CODES,
    **model_codes.CODES,
    **rules.CODES,
    **session_codes.CODES,
    **pair_codes.CODES,
    **move_codes.CODES,
    **accepted_codes.CODES,
    **drafts_codes.CODES,
    **grundlag_word_codes.CODES,
    **calendar_codes.CODES,
    **survey_codes.CODES,
    **survey_answer_codes.CODES,
    **survey_data_codes.CODES,
    **output_codes.CODES,
    **usage.CODES,
    **grundlag_usage_codes.CODES,
    **export_usage_codes.CODES,
    **init_move_pair_codes.CODES,
    **invite_codes.CODES,
    **invite_usage_codes.CODES,
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
