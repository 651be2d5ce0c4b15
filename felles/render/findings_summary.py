"""The Danish summary that ends `felles validate` and `grundlag check` in text and GitHub
format: what the content holds, how many errors and warnings, and each accepted warning
with its reason."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Final

from felles.findings import Finding
from felles.words import count

TEXT: Final = {
    "no errors": "ingen fejl",
    "no warnings": "ingen advarsler",
    "accepted": "advarsel er tilladt:",
    "accepted_plural": "advarsler er tilladt:",
    "accepted line": "  {location}: {code} {message} – tilladt: {reason}",
    "content": "{leaders} i {groups}, {goals}, {themes}, {phases}, {activities}",
}
# What the content holds, each as (one, many).
THINGS: Final = {
    "leaders": ("leder", "ledere"),
    "groups": ("sparringsgruppe", "sparringsgrupper"),
    "goals": ("læringsmål", "læringsmål"),
    "themes": ("tema", "temaer"),
    "phases": ("fase", "faser"),
    "activities": ("aktivitet", "aktiviteter"),
    "drafts": ("ledelsesgrundlag", "ledelsesgrundlag"),
}


@dataclass(frozen=True)
class Summary:
    leaders: int
    groups: int
    goals: int
    themes: int
    phases: int
    activities: int
    errors: int
    warnings: int
    drafts: int = 0
    accepted: Sequence[tuple[Finding, str]] = field(default=())  # (warning, reason)

    def content_line(self) -> str:
        words = {key: count(getattr(self, key), *forms) for key, forms in THINGS.items()}
        line = TEXT["content"].format(**words)
        if self.drafts:
            line += ", " + words["drafts"]
        return line + "."

    def result_line(self) -> str:
        errors = count(self.errors, "fejl", "fejl") if self.errors else TEXT["no errors"]
        warnings = (
            count(self.warnings, "advarsel", "advarsler") if self.warnings else TEXT["no warnings"]
        )
        return f"{errors.capitalize()}, {warnings}."

    def lines(self) -> list[str]:
        return [self.content_line(), self.result_line(), *self.accepted_lines()]

    def accepted_lines(self) -> list[str]:
        """'1 advarsel er tilladt:' and each accepted warning with its place and reason."""
        return accepted_lines(self.accepted)


def accepted_lines(accepted: Sequence[tuple[Finding, str]]) -> list[str]:
    if not accepted:
        return []
    head = count(len(accepted), TEXT["accepted"], TEXT["accepted_plural"])
    return [
        head,
        *(
            TEXT["accepted line"].format(
                location=f.location, code=f.code, message=f.message, reason=reason
            )
            for f, reason in accepted
        ),
    ]
