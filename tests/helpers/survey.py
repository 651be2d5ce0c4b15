"""Survey test helpers: CSV tables, and data folders of an older felles (of the shipped
leaders, tests/helpers/content.py)."""

from __future__ import annotations

import csv
import io
import os
import secrets
import sqlite3
import subprocess
import sys
from pathlib import Path

# The schema felles before this change wrote: a row per respondent under a pseudonym, and
# the key from name to pseudonym in keys.sqlite3.
LEGACY_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE rounds (
    id TEXT PRIMARY KEY, imported TEXT NOT NULL, population INTEGER NOT NULL,
    example INTEGER NOT NULL);
CREATE TABLE respondents (
    round TEXT NOT NULL, pseudonym TEXT NOT NULL, PRIMARY KEY (round, pseudonym));
CREATE TABLE answers (
    round TEXT NOT NULL, respondent TEXT NOT NULL, section TEXT NOT NULL,
    item TEXT NOT NULL, value INTEGER NOT NULL);
CREATE TABLE relations (
    round TEXT NOT NULL, respondent TEXT NOT NULL, question TEXT NOT NULL,
    target TEXT NOT NULL, same_group INTEGER NOT NULL, value INTEGER NOT NULL);
"""


def rows(path: Path) -> list[list[str]]:
    text = path.read_text(encoding="utf-8-sig")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))


def write_rows(path: Path, table: list[list[str]], delimiter: str = ";") -> None:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(table)
    path.write_text(buffer.getvalue(), encoding="utf-8", newline="")


def answers_of(table: list[list[str]]) -> dict[str, dict[str, int]]:
    """Each answering respondent's (slug's) non-empty answers, by column header."""
    header = table[0]
    result = {}
    for row in table[1:]:
        cells = {h: c for h, c in zip(header[1:], row[1:], strict=False) if c and h != "eksempel"}
        if cells:
            result[row[0]] = {h: int(c) for h, c in cells.items()}
    return result


def legacy_folder(folder: Path, table: list[list[str]], round_id: str = "baseline") -> None:
    """What felles before this change stored for the CSV `table`: answers under pseudonyms
    in the groups.yaml order, and the key file beside them."""
    from felles.names import slug
    from tests.helpers.content import GROUPS, LEADERS

    folder.mkdir(parents=True, exist_ok=True)
    by_slug = {slug(name): name for name in LEADERS}
    codes = {name: secrets.token_hex(8) for name in LEADERS}
    with sqlite3.connect(folder / "answers.sqlite3") as db:
        db.executescript(LEGACY_SCHEMA)
        db.executemany(
            "INSERT INTO meta VALUES (?, ?)", [("programme", "faelles-om-ledelse"), ("schema", "1")]
        )
        db.execute("INSERT INTO rounds VALUES (?, '2018-06-01', ?, 1)", (round_id, len(LEADERS)))
        for who, answers in answers_of(table).items():
            name = by_slug[who]
            db.execute("INSERT INTO respondents VALUES (?, ?)", (round_id, codes[name]))
            for header, value in answers.items():
                prefix, item = header.split(".", 1)
                if prefix in ("hyppighed", "oplevelse"):
                    target = by_slug[item]
                    same = int(GROUPS[target] == GROUPS[name])
                    db.execute(
                        "INSERT INTO relations VALUES (?, ?, ?, ?, ?, ?)",
                        (round_id, codes[name], prefix, codes[target], same, value),
                    )
                else:
                    section = "statement" if prefix == "udsagn" else "external"
                    db.execute(
                        "INSERT INTO answers VALUES (?, ?, ?, ?, ?)",
                        (round_id, codes[name], section, item, value),
                    )
    db.close()
    with sqlite3.connect(folder / "keys.sqlite3") as keys:
        keys.execute("CREATE TABLE pseudonyms (round TEXT, name TEXT, pseudonym TEXT)")
        keys.executemany(
            "INSERT INTO pseudonyms VALUES (?, ?, ?)",
            [(round_id, name, code) for name, code in codes.items()],
        )
    keys.close()


def hot_journal(folder: Path) -> None:
    """Leave answers.sqlite3 as an older felles's import killed mid-transaction did: a hot
    rollback journal beside a half-written database."""
    script = (
        "import os, sqlite3, sys\n"
        "db = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "db.execute('PRAGMA journal_mode=DELETE')\n"
        "db.execute('PRAGMA cache_size=1')\n"
        "db.execute('BEGIN IMMEDIATE')\n"
        "db.execute('UPDATE answers SET value = value + 1')\n"
        "db.execute('UPDATE relations SET value = value + 1')\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", script, str(folder / "answers.sqlite3")], check=True)
    journal = folder / "answers.sqlite3-journal"
    assert journal.exists() and journal.stat().st_size > 0, "no hot journal was left"


def is_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def many_leaders(content: Path, count: int) -> None:
    """Replace the copy's groups.yaml with `count` made-up leaders in groups of four (the
    first twelve groups keep their numbers, so the phases' group activities still fit)."""
    lines = ["groups:"]
    for number in range(1, count // 4 + 1):
        lines.append(f"  - number: {number}\n    members:")
        lines += [f"      - name: Leder {(number - 1) * 4 + member:04d}" for member in range(4)]
    (content / "groups.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
