"""The e-mail addresses in the content: the leaders' (groups.yaml) and the organizer's
(programme.yaml). Nothing requires them until `felles invite`; when written, each must be
a plain address (E340) and no two leaders may share one (E341)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from felles.checks.common import at, file_display
from felles.content.load import Content
from felles.findings import Finding

# A plain address: local part, one @, a domain with a dot; no space, no control character,
# no display name or <>, nothing a header or calendar line could be split with.
_ADDRESS: Final = re.compile(
    r"\A[^\s@<>()\[\],;:\"\\\x00-\x1f\x7f]+@[^\s@<>()\[\],;:\"\\\x00-\x1f\x7f]+\.[^\s@<>()\[\],;:\"\\\x00-\x1f\x7f.]+\Z"
)


def valid(address: str) -> bool:
    """Is `address` a plain e-mail address (name@domain.tld)?"""
    local, _, domain = address.rpartition("@")
    return (
        _ADDRESS.match(address) is not None
        and len(address) <= 254
        and len(local) <= 64
        and not local.startswith(".")
        and not local.endswith(".")
        and ".." not in address
        and not domain.startswith(("-", "."))
    )


def check(content: Content) -> Iterator[Finding]:
    programme = content.programme
    if programme is not None and programme.organizer is not None:
        address = programme.organizer.email
        if not valid(address):
            where = file_display(content, "programme.yaml")
            yield at(content, where, ("organizer", "email"), "E340", value=address)
    groups_file = file_display(content, "groups.yaml")
    seen: dict[str, str] = {}
    for g, group in enumerate(content.groups):
        for m, member in enumerate(group.members):
            if member.email is None:
                continue
            loc = ("groups", g, "members", m, "email")
            if not valid(member.email):
                yield at(content, groups_file, loc, "E340", value=member.email)
                continue
            key = member.email.casefold()
            if key in seen and seen[key] != member.name:
                yield at(
                    content,
                    groups_file,
                    loc,
                    "E341",
                    name=member.name,
                    other=seen[key],
                    value=member.email,
                )
            seen.setdefault(key, member.name)
