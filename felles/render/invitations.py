"""The sent record (invitations.yaml) as text: YAML that every YAML tool reads alike.

Every text is written as a JSON string (a valid YAML double-quoted scalar), so a title
such as "No" or one with a colon never turns into something else, and the times are
quoted (YAML 1.1 tools would read a bare date as a timestamp).
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from felles.content.invitations_model import Invitations

HEADER: Final = (
    "# yaml-language-server: $schema=../schemas/invitations.schema.json",
    "# Hvad »felles invite« har sendt: for hver begivenhed dens SEQUENCE, det deltagerne så,",
    "# og hvad hver modtager sidst fik. Skrives af felles efter hver sendt mail; læg filen",
    "# i git, og ret ikke i den i hånden.",
)


def _s(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


def yaml_text(invitations: Invitations) -> str:
    lines = [*HEADER, "events:" if invitations.events else "events: []"]
    for e in invitations.events:
        lines += [
            f"  - uid: {_s(e.uid)}",
            f"    activity: {_s(e.activity)}",
        ]
        if e.group is not None:
            lines.append(f"    group: {e.group}")
        lines += [
            f"    sequence: {e.sequence}",
            f"    digest: {_s(e.digest)}",
            f"    title: {_s(e.title)}",
            f"    start: {_s(e.start)}",
        ]
        if e.end is not None:
            lines.append(f"    end: {_s(e.end)}")
        if e.place is not None:
            lines.append(f"    place: {_s(e.place)}")
        if e.cancelled:
            lines.append("    cancelled: true")
        lines.append("    recipients:" if e.recipients else "    recipients: []")
        for r in e.recipients:
            lines.append(f"      - email: {_s(r.email)}")
            if r.name is not None:
                lines.append(f"        name: {_s(r.name)}")
            lines.append(f"        sequence: {r.sequence}")
            if r.cancelled:
                lines.append("        cancelled: true")
    return "\n".join(lines) + "\n"
