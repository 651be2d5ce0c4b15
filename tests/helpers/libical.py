"""libical's iTIP check (`icalrestriction_check`, RFC 5546's restriction tables) through its
C library (Debian's libical3), called with ctypes.

`problems(ics)` parses the calendar with libical, runs the check and returns every
X-LIC-ERROR libical added (parse errors and broken restrictions alike). Without the
library the test skips, naming the package, or fails when the variable CI is set.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import re

_LIB: ctypes.CDLL | None = None


def library() -> ctypes.CDLL:
    import pytest

    global _LIB
    if _LIB is not None:
        return _LIB
    for name in ("libical.so.3", ctypes.util.find_library("ical")):
        if not name:
            continue
        try:
            lib = ctypes.CDLL(name)
            break
        except OSError:
            continue
    else:
        if os.environ.get("CI"):
            pytest.fail("CI is set but libical is missing (Debian package libical3)")
        pytest.skip("libical is missing: install Debian's libical3 to run the iTIP check")
    lib.icalparser_parse_string.argtypes = [ctypes.c_char_p]
    lib.icalparser_parse_string.restype = ctypes.c_void_p
    lib.icalrestriction_check.argtypes = [ctypes.c_void_p]
    lib.icalrestriction_check.restype = ctypes.c_int
    lib.icalcomponent_as_ical_string.argtypes = [ctypes.c_void_p]
    lib.icalcomponent_as_ical_string.restype = ctypes.c_char_p
    lib.icalcomponent_free.argtypes = [ctypes.c_void_p]
    lib.icalcomponent_free.restype = None
    _LIB = lib
    return lib


def problems(ics: bytes) -> list[str]:
    """libical's X-LIC-ERROR lines for the calendar (none: it passes)."""
    lib = library()
    component = lib.icalparser_parse_string(ics)
    assert component, "libical could not parse the calendar at all"
    try:
        lib.icalrestriction_check(component)
        text = lib.icalcomponent_as_ical_string(component).decode("utf-8")
    finally:
        lib.icalcomponent_free(component)
    unfolded = re.sub(r"\r?\n[ \t]", "", text)
    return [line for line in unfolded.splitlines() if line.startswith("X-LIC-ERROR")]
