"""One code's Danish texts."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Code:
    message: str  # str.format template; parameters come from the finding or error
    explain: str
    example: str = ""
