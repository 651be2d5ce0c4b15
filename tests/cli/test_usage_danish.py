"""Every wrong use of every command is answered in Danish: click's and the operating
system's English never reaches a coordinator (exit 2, or 1 where the content is at fault)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.helpers.run import Cli

# Words of English that no Danish message holds (option names and quoted values are
# removed before looking).
ENGLISH = re.compile(
    r"\b(is|not|the|does|valid|value|values|option|options|arguments|missing|such|"
    r"got|unexpected|requires|invalid|error|exists|file|directory|permission|denied|usage|"
    r"try|command|expected|must|range|integer|int|boolean|choose|from|no)\b",
    re.IGNORECASE,
)

WRONG_USES: list[tuple[str, ...]] = [
    ("next", ""),
    ("next", "abc"),
    ("next", "0"),
    ("next", "5", "6"),
    ("next", "--as-of"),
    ("next", "--as-of", "xyz"),
    ("next", "--as-of", ""),
    ("next", "--group"),
    ("next", "--group", "abc"),
    ("next", "--group", ""),
    ("next", "--group", "99"),
    ("next", "--format", "xml"),
    ("next", "--until", "2018-13-45"),
    ("next", "--frobnicate"),
    ("validate", "--format", "yaml"),
    ("validate", "--strict=yes"),
    ("validate", "extra"),
    ("validate", "--explain"),
    ("validate", "--explain", "X999"),
    ("grundlag", "check", "--frob"),
    ("grundlag", "status", "--format", "x"),
    ("export", "agenda"),
    ("export", "agenda", "findes-ikke"),
    ("export", "ics", "--group", "x"),
    ("export", "ics", "--leader"),
    ("export", "site", "-o"),
    ("schema", "--output"),
    ("pair",),
    ("pair", "jobbesoeg-graensekrydsende-samarbejde", "--seed", "x"),
    ("init",),
    ("move",),
    ("move", "--start"),
    ("survey", "import"),
    ("survey", "report", "--format", "q"),
    ("survey", "form"),
    ("--version=3",),
    ("-x",),
    ("findesikke",),
    ("grundlag", "docx"),
    ("grundlag", "import"),
    ("grundlag", "docx", "Søren Aakjær", "--all"),
    ("grundlag", "docx", "--all", "--group", "1"),
    ("grundlag", "docx", "--group", "x"),
    ("grundlag", "docx", "--group", "99"),
    ("grundlag", "import", "findes-ikke-mappe"),
    ("grundlag", "import", "."),
    ("invite", "--send"),
    ("invite", "--send", "--smtp", "smtp.example.dk"),
    ("invite", "--send", "--smtp", "smtp.example.dk:25", "--smtp-security", "none"),
    ("invite", "--send", "--smtp", "smtp.example.dk:25", "--smtp-security", "tls"),
    ("invite", "--group", "2", "--leader", "Hosea Dutschke"),
    ("invite", "--smtp-security", "tls"),  # wrong use even without --send
    ("invite", "--group", "x"),
    ("invite", "--as-of", "xyz"),
    ("invite", "findes-ikke"),
]


def english_in(text: str) -> list[str]:
    text = re.sub(r"»[^«]*«", "", text)  # what the user typed, quoted back
    text = re.sub(r"(?<!\w)--?[\w-]+", "", text)  # option names
    return ENGLISH.findall(text)


def test_the_table_is_long_enough() -> None:
    assert len(WRONG_USES) >= 30


@pytest.mark.parametrize("args", WRONG_USES, ids=lambda args: " ".join(args) or "''")
def test_every_wrong_use_is_answered_in_danish(
    cli: Cli, content: Path, args: tuple[str, ...]
) -> None:
    result = (
        cli(*args, "--content", content) if args[0] not in ("--version=3", "-x") else cli(*args)
    )
    assert result.code in (1, 2), (args, result.code, result.err)
    assert result.err.strip(), args
    assert "Traceback" not in result.err
    assert english_in(result.err) == [], (args, result.err)


def test_the_english_detector_finds_clicks_words() -> None:
    assert english_in("Got unexpected extra argument(s) (6)")
    assert english_in("Option '--strict' does not take a value.")
    assert english_in("[Errno 17] File exists: 'x'")
    assert english_in("felles: der er ingen sparringsgruppe 99; grupperne er 1–12") == []


def test_a_wrong_smtp_security_is_wrong_use_before_the_content_is_read(
    cli: Cli, content: Path
) -> None:
    # The shipped content has no organizer (E343, exit 1): the option is judged first.
    result = cli("invite", "--smtp-security", "tls", "--content", content)
    assert result.code == 2 and "»tls« er ikke en sikkerhed for mailserveren" in result.err
