"""Where the running felles comes from: its home and how it was installed.

`[project.urls]` in pyproject.toml is the only place an address of felles may be
written; everything that would name one reads it here, from the installed package's
metadata (`Project-URL`). How felles was installed is PEP 610's `direct_url.json`
(a VCS URL and commit, a local folder, a wheel) or nothing (an index, or unknown).

importlib.metadata is imported inside the functions: the fast path of `felles next`
never reads the metadata.
"""

from __future__ import annotations

import json
import re
from typing import Any, Final

DISTRIBUTION: Final = "felles"
# Normalised `Project-URL` labels of an issue tracker (the core-metadata spec's well-known
# labels: lowercase, punctuation and spaces removed).
_TRACKER: Final = frozenset({"issues", "issuetracker", "bugtracker", "bugs", "bugreports"})


def _normalised(label: str) -> str:
    return re.sub(r"[^a-z0-9]", "", label.lower())


def project_urls() -> dict[str, str]:
    """`[project.urls]` of the installed felles by normalised label; {} when there are none
    (today: felles has no public home yet) or the metadata cannot be read."""
    from importlib import metadata

    try:
        entries = metadata.metadata(DISTRIBUTION).get_all("Project-URL") or []
    except (metadata.PackageNotFoundError, OSError, ValueError):
        return {}
    urls: dict[str, str] = {}
    for entry in entries:
        label, _, url = str(entry).partition(",")
        if url.strip():
            urls.setdefault(_normalised(label), url.strip())
    return urls


def issue_tracker() -> str | None:
    """Where a bug in felles is reported, if the installed felles names such a place."""
    urls = project_urls()
    return next((url for label, url in urls.items() if label in _TRACKER), None)


def direct_url() -> dict[str, Any] | None:
    """PEP 610's `direct_url.json` of the installed felles, or None (an index install, a
    source checkout on sys.path, or a file that cannot be read)."""
    from importlib import metadata

    try:
        text = metadata.distribution(DISTRIBUTION).read_text("direct_url.json")
    except (metadata.PackageNotFoundError, OSError, ValueError):
        return None
    if not text:
        return None
    try:
        data = json.loads(text)
    except ValueError:
        return None
    return data if isinstance(data, dict) else None
