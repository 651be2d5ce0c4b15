"""Where felles is installed from, for `felles init`'s hooks and CI: the git repository and
commit PEP 610's `direct_url.json` names (read by `cli/source.py`), or the
`--felles-source URL@REV` given; else, in words, where the running felles came from."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Final

# A URL and a revision put into YAML, a requirements line and a shell line unquoted: a
# scheme, then no space, no quote, no shell or YAML syntax of its own.
_URL: Final = re.compile(r"[a-z][a-z0-9+.-]*://[A-Za-z0-9._~:/?=+%@,!-]+")
_REV: Final = re.compile(r"[A-Za-z0-9][A-Za-z0-9._/-]*")
_COMMIT: Final = re.compile(r"[0-9a-f]{40}|[0-9a-f]{64}")
# Where the running felles came from, in words, when it is no git repository.
TEXT: Final = {
    "index": "en pakke-server eller en kildemappe, felles ikke kan se",
    "folder": "mappen {url}",
    "file": "filen {url}",
    "unknown": "et ukendt sted",
}


@dataclass(frozen=True)
class Source:
    """Where felles is installed from: a git repository at a revision, or not (`url`
    empty: `origin` says in words where the running felles came from)."""

    url: str = ""
    rev: str = ""
    origin: str = ""

    @property
    def vcs(self) -> bool:
        return bool(self.url and self.rev)

    @property
    def local(self) -> bool:
        """A git repository in a folder of this machine (GitHub cannot fetch from it)."""
        return self.url.startswith("file:")

    @property
    def requirement(self) -> str:
        return f"felles @ git+{self.url}@{self.rev}"


def safe(text: str) -> bool:
    """A URL fit to be written unquoted into a committed file and a shell line: no space, quote or
    shell syntax, and no password (a `user:secret@` in a URL would be committed for all)."""
    from urllib.parse import urlsplit

    if not _URL.fullmatch(text):
        return False
    try:
        return urlsplit(text).password is None
    except ValueError:
        return False


def from_direct_url(data: dict[str, Any] | None) -> Source:
    """The source PEP 610's `direct_url.json` names (None: installed from an index, or
    run from a source folder that was never installed)."""
    if data is None:
        return Source(origin=TEXT["index"])
    url = data.get("url")
    url = url if isinstance(url, str) else ""
    vcs = data.get("vcs_info")
    if isinstance(vcs, dict) and vcs.get("vcs") == "git" and not data.get("subdirectory"):
        commit = vcs.get("commit_id")
        if isinstance(commit, str) and _COMMIT.fullmatch(commit) and safe(url):
            return Source(url=url, rev=commit)
    if isinstance(data.get("dir_info"), dict):
        return Source(origin=TEXT["folder"].format(url=url))
    if isinstance(data.get("archive_info"), dict):
        return Source(origin=TEXT["file"].format(url=url))
    return Source(origin=url or TEXT["unknown"])


def from_option(value: str) -> Source | None:
    """`URL@REV` of `--felles-source` (a `git+` in front is allowed); None if it is not."""
    url, at, rev = value.removeprefix("git+").rpartition("@")
    if not at or not safe(url) or not _REV.fullmatch(rev):
        return None
    return Source(url=url, rev=rev)
