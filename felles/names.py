"""Leaders' names: Danish slugs, forgiving matching, and suggestions."""

from __future__ import annotations

import difflib
import functools
import re
import unicodedata
from collections.abc import Iterable
from typing import Final

_DANISH: Final = str.maketrans(
    {"æ": "ae", "ø": "oe", "å": "aa", "ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"}
)
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_NON_WORD = re.compile(r"[\W_]+")
# The hint after a name felles does not know (`suggestion`).
TEXT: Final = {"suggestion": " – mente du {names}?", "or": " eller ", "name": "»{name}«"}
MAX_SLUG: Final = 80  # a file name stays well inside every file system's limit
_FINGERPRINT: Final = 10  # hex digits of the fingerprint that keeps slugs apart
# Names Windows (and Git for Windows) refuse for a file, whatever its extension or case.
WINDOWS_RESERVED: Final = frozenset(
    {"con", "prn", "aux", "nul"}
    | {f"{device}{n}" for device in ("com", "lpt") for n in "123456789\u00b9\u00b2\u00b3"}
)


def windows_reserved(name: str) -> bool:
    """True for a file name Windows refuses: a device name (`nul`, `COM1.md`, `Aux.tar.gz`),
    or one ending in a dot or a space."""
    stem = name.split(".", 1)[0].rstrip(" ").lower()
    return stem in WINDOWS_RESERVED or name.endswith((".", " "))


def _fold(text: str) -> str:
    """Lowercase, the Danish transliteration (æ→ae, ø→oe, å→aa), accents dropped; letters of
    other scripts (王, Л, Δ) kept as they are."""
    decomposed = unicodedata.normalize("NFKD", text.lower().translate(_DANISH))
    return "".join(char for char in decomposed if not unicodedata.category(char).startswith("M"))


def ascii_fold(text: str) -> str:
    """Lowercase ASCII with the Danish transliteration (æ→ae, ø→oe, å→aa)."""
    return _fold(text).encode("ascii", "ignore").decode("ascii")


@functools.lru_cache(maxsize=16384)  # each draft asks twice, and every leader at scale
def slug(name: str) -> str:
    """'Søren Aakjær' → 'soeren-aakjaer': ASCII, lowercase, hyphens.

    A name the ASCII letters do not hold whole ('王伟', 'Søren 王') or one too long for a
    file name gets a short fingerprint of the whole name, so two names never share a
    slug and none is empty: '王伟' → 'leder-…'. So does a name Windows reserves for a
    device ('Nul' → 'nul-…', never `nul.md`). '' only for a name with no letter or digit
    at all.
    """
    plain = _NON_ALNUM.sub("-", ascii_fold(name)).strip("-")
    key = match_key(name)
    lost = any(not char.isascii() for char in key)
    # No longer than a fingerprinted slug: so a slug given back as a name is itself.
    fits = not lost and len(plain) <= MAX_SLUG + 1 + _FINGERPRINT
    if not key or (fits and plain not in WINDOWS_RESERVED):
        return plain
    import hashlib  # rarely needed: keep it off the start-up of `felles next`

    fingerprint = hashlib.sha256(key.encode("utf-8")).hexdigest()[:_FINGERPRINT]
    head = plain[:MAX_SLUG].rsplit("-", 1)[0] if len(plain) > MAX_SLUG else plain
    return f"{head or 'leder'}-{fingerprint}"


@functools.lru_cache(maxsize=65536)  # a draft, a survey row, a --leader: the same names again
def match_key(name: str) -> str:
    """A key equal for 'Søren Aakjær', 'soren aakjaer' and 'Soeren Aakjaer' (and different
    for '王伟' and '李娜')."""
    folded = _NON_WORD.sub(" ", _fold(name)).strip()
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
    quoted = TEXT["or"].join(TEXT["name"].format(name=name) for name in names)
    return TEXT["suggestion"].format(names=quoted)
