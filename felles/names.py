"""Leaders' names: Danish slugs, forgiving matching, and suggestions."""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable
from typing import Final

_DANISH: Final = str.maketrans(
    {"æ": "ae", "ø": "oe", "å": "aa", "ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"}
)
_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def ascii_fold(text: str) -> str:
    """Lowercase ASCII with the Danish transliteration (æ→ae, ø→oe, å→aa)."""
    decomposed = unicodedata.normalize("NFKD", text.lower().translate(_DANISH))
    return decomposed.encode("ascii", "ignore").decode("ascii")


def slug(name: str) -> str:
    """'Søren Aakjær' → 'soeren-aakjaer': ASCII, lowercase, hyphens; '' if nothing is left."""
    return _NON_ALNUM.sub("-", ascii_fold(name)).strip("-")


def match_key(name: str) -> str:
    """A key equal for 'Søren Aakjær', 'soren aakjaer' and 'Soeren Aakjaer'."""
    folded = _NON_ALNUM.sub(" ", ascii_fold(name)).strip()
    return folded.replace("oe", "o").replace("aa", "a").replace("ue", "u")


def find_name(query: str, names: Iterable[str]) -> tuple[str | None, list[str]]:
    """(the name `query` means, or None and the closest names to suggest)."""
    candidates = list(names)
    if query in candidates:
        return query, []
    key = match_key(query)
    by_key: dict[str, list[str]] = {}
    for name in candidates:
        by_key.setdefault(match_key(name), []).append(name)
    found = by_key.get(key, [])
    if len(found) == 1 and key:
        return found[0], []
    close = difflib.get_close_matches(key, list(by_key), n=3, cutoff=0.6)
    return None, found or [name for k in close for name in by_key[k]]


def suggestion(names: list[str]) -> str:
    """' – mente du "Søren Aakjær"?' or ''."""
    if not names:
        return ""
    return " – mente du " + " eller ".join(f"'{name}'" for name in names) + "?"
