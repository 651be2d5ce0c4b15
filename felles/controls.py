"""What in content could steer a terminal or a renderer instead of being read: control
characters, and links to anything but a web page or a mail address.

Content is data. ESC opens escape sequences (OSC 0 sets a terminal's title, OSC 52
writes the clipboard, CSI 2J clears the screen), BEL rings, a lone CR moves back over
a line and hides it, and the bidirectional overrides (U+202A–U+202E, U+2066–U+2069)
make text read in another order than it is stored. `felles validate` reports each at its
line (`checks/text_rules.py`, E370); every output shows them harmlessly (`harmless`): the
streams of the CLI, and every document written to stdout or a file.

One rule for links, in every output that can carry one (a Markdown agenda or booklet,
a Word document): only `http:`, `https:` and `mailto:` addresses stay links
(`link_allowed`); anything else (`javascript:`, `vbscript:`, `data:`, `file:`, a
relative path, an address in `<…>`, which Python-Markdown keeps as a relative link) is
plain text. The address is judged as a renderer would read it: HTML entities and
Markdown backslash escapes decoded, whitespace and controls (which browsers drop from a
scheme) removed, case folded.
"""

from __future__ import annotations

import re
from typing import Final

# C0 except TAB and LF, DEL, C1, and the bidi embeddings, overrides and isolates. A CR
# is allowed only as the first half of CRLF (calendars and CSV end lines so).
CONTROLS: Final = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]|\r(?!\n)"
)
REPLACEMENT: Final = "\ufffd"


def harmless(text: str) -> str:
    """`text` with every control character (see CONTROLS) replaced by U+FFFD."""
    if CONTROLS.search(text) is None:
        return text
    return CONTROLS.sub(REPLACEMENT, text)


def codepoint(char: str) -> str:
    """'U+001B' for ESC."""
    return f"U+{ord(char[0]):04X}"


LINK_SCHEMES: Final = ("http://", "https://", "mailto:")
_MARKDOWN_ESCAPE: Final = re.compile(r"\\([!-/:-@\[-`{-~])")
_DROPPED: Final = re.compile(
    "[\\s\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]+"
)


def link_allowed(address: str) -> bool:
    """May `address` stay a link? Only http, https and mailto, however written."""
    import html  # its entity table costs a millisecond: not on `felles next`'s path

    text = _MARKDOWN_ESCAPE.sub(r"\1", address)
    for _ in range(3):  # '&amp;#106;' decoded twice by some renderers
        text = html.unescape(text)
    text = _DROPPED.sub("", text).casefold()
    return text.startswith(LINK_SCHEMES) and len(text) > len("mailto:")
