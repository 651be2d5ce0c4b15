"""The sandbox every template runs in: Jinja2's, with limits on what a template may build.

`jinja2.sandbox.SandboxedEnvironment` keeps a template away from Python itself: no
attribute or item whose name begins with `_`, no unsafe callables, `range` capped. A
template from a content repository runs in CI and pre-commit on other people's pull
requests, so this one also refuses to build what would exhaust memory in one step:
a power with a large exponent, a string or list repeated past MAX_SIZE, a format
width or padding past MAX_SIZE (`'%0999999999d'`, `'{:>999999999}'`,
`'x'.ljust(10**9)`, `| center(10**9)`). Each is a `SecurityError`, which
`render/template_errors.py` turns into a Danish line. Imported only when a template runs.
"""

from __future__ import annotations

import re
from typing import Any, Final

from jinja2.exceptions import SecurityError
from jinja2.sandbox import SandboxedEnvironment

MAX_SIZE: Final = 1_000_000  # the longest text or list a template may make in one step
MAX_EXPONENT: Final = 64
# A %-format or format() spec wider or more precise than MAX_SIZE allows (or '*', taken
# from the arguments).
_WIDE: Final = re.compile(
    r"%[-#0 +]*(?:\*|\d{7,})|%[-#0 +]*\d*\.(?:\*|\d{7,})"
    r"|\{[^{}]*:[^{}]*?\d{7,}[^{}]*\}|\{[^{}]*:[^{}]*\{"  # a width from the arguments
)
_PADDING: Final = frozenset({"ljust", "rjust", "center", "zfill", "expandtabs"})
_SIZED_FILTERS: Final = ("center", "indent", "wordwrap", "truncate", "format")
# The SecurityError messages, in English like Jinja2's own: no user reads them;
# render/template_errors.py (unsafe_reason) finds "too large", "too long" or "too wide"
# in them and says it in Danish.
REFUSED: Final = {
    "power": "a power too large for a template",
    "format": "a format too wide for a template",
    "size": "a string or list too long for a template",
    "padding": "a padding too wide for a template",
}


class Sandbox(SandboxedEnvironment):
    """SandboxedEnvironment with size limits (see the module docstring)."""

    intercepted_binops = frozenset({"*", "**", "%"})

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        for name in _SIZED_FILTERS:
            self.filters[name] = _sized(self.filters[name])

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        check_binop(operator, left, right)
        return super().call_binop(context, operator, left, right)

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        owner = getattr(__obj, "__self__", None)
        if isinstance(owner, str) and getattr(__obj, "__name__", "") in _PADDING:
            _check_numbers(args, kwargs)
        return SandboxedEnvironment.call(__self, __context, __obj, *args, **kwargs)

    def wrap_str_format(self, value: Any) -> Any:
        """`str.format` and `format_map` as a template gets them: refused for a wide spec."""
        owner = getattr(value, "__self__", None)
        name = getattr(value, "__name__", "")
        if isinstance(owner, str) and name in ("format", "format_map") and _WIDE.search(owner):

            def refuse(*args: Any, **kwargs: Any) -> str:
                raise SecurityError(REFUSED["format"])

            return refuse
        return super().wrap_str_format(value)


def check_binop(operator: str, left: Any, right: Any) -> None:
    if operator == "**":
        if isinstance(right, int) and isinstance(left, int | float) and abs(right) > MAX_EXPONENT:
            raise SecurityError(REFUSED["power"])
        return
    if operator == "%":
        if isinstance(left, str) and _WIDE.search(left):
            raise SecurityError(REFUSED["format"])
        return
    for seq, times in ((left, right), (right, left)):
        sized = isinstance(seq, str | list | tuple) and isinstance(times, int)
        if sized and len(seq) * times > MAX_SIZE:
            raise SecurityError(REFUSED["size"])


def _check_numbers(args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    for value in (*args, *kwargs.values()):
        if isinstance(value, int) and value > MAX_SIZE:
            raise SecurityError(REFUSED["padding"])


def _sized(original: Any) -> Any:
    """A filter that refuses a width past MAX_SIZE or a too wide format."""
    from functools import wraps

    @wraps(original)
    def guarded(*args: Any, **kwargs: Any) -> Any:
        _check_numbers(args[1:], kwargs)
        texts = [a for a in args if isinstance(a, str)]
        if original.__name__ == "do_format" and any(_WIDE.search(t) for t in texts):
            raise SecurityError(REFUSED["format"])
        return original(*args, **kwargs)

    return guarded
