"""A CSV of answers, read and checked cell by cell; nothing is kept unless all is right.

Rows and columns are numbered as a spreadsheet shows them: the header is row 1,
column A is 1. Errors name the row and the column, never the respondent: a
finding must not put a name next to answers in a terminal or a CI log. So no
message repeats a cell or an unknown header (either may hold a name), and a
relation column (`<question>.<leader id>`) is named by its question and "en
kollega", never by its header. A file that is not CSV (an unclosed quote) is one
error at the line where the quote opened.
"""

from __future__ import annotations

import csv
import difflib
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final, NamedTuple

from felles import paths
from felles.content.survey_model import EXAMPLE, EXAMPLE_VALUE, RESPONDENT
from felles.errors import os_reason
from felles.findings import Finding
from felles.names import match_key, slug, suggestion
from felles.survey.layout import Column

MAX_BYTES: Final = 20_000_000
MAX_FINDINGS: Final = 200  # a file of the wrong kind would otherwise print thousands

TEXT: Final = {
    "not_regular": "det er ikke en almindelig fil (men fx en mappe, en enhed eller en FIFO)",
    # A header as a message names it; a relation column by its question, never its header.
    "header": "»{header}«",
    "to_question": "til spørgsmålet »{item}« om en kollega",
    "of_question": "spørgsmålet »{item}« om en kollega",
    # Why a file is not CSV (E623).
    "unclosed": "anførselstegnet i linje {line} lukkes aldrig",
    "unmatched": "anførselstegnene i linje {start}–{end} passer ikke sammen",
    "too_long": "en celle er for lang",
    "misplaced": "et anførselstegn står forkert: efter det afsluttende anførselstegn skal der "
    "stå et skilletegn eller et linjeskift",
}


@dataclass
class Response:
    respondent: str  # the leader's name: held in memory only, `store` replaces it
    answers: dict[Column, int]


@dataclass
class Responses:
    example: bool = False
    rows: list[Response] = field(default_factory=list)


def column_letter(number: int) -> str:
    """1 → A, 27 → AA: the column as a spreadsheet names it."""
    letters = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


class _Problems:
    """The findings of one file, each at a row and a column as a spreadsheet shows them."""

    def __init__(self, display: str) -> None:
        self.display = display
        self.found: list[Finding] = []

    def __call__(self, row: int | None, col: int | None, code: str, **params: object) -> None:
        if col is not None:
            params.setdefault("column", column_letter(col))
        self.found.append(Finding(self.display, row, col, code, dict(params)))


class _Header(NamedTuple):
    names: list[str]  # the header's cells, stripped
    known: dict[str, Column]  # the columns the survey has, by header
    position: dict[str, int]  # each usable header's first column (0-based)


def read(
    path: Path, display: str, columns: list[Column], leaders: list[str]
) -> tuple[Responses, list[Finding]]:
    """The answers in the file and every problem found; use the answers only without problems."""
    problem = _Problems(display)
    responses = Responses()
    text = _text(path, problem)
    records = None if text is None else _records(text, problem)
    if records is None:
        return responses, problem.found
    header = _header(records[0], columns, problem)
    if problem.found:
        return responses, problem.found[:MAX_FINDINGS]
    _rows(records, header, leaders, problem, responses)
    if not problem.found and not responses.rows:
        problem(None, None, "E622")
    return responses, problem.found[:MAX_FINDINGS]


def _text(path: Path, problem: _Problems) -> str | None:
    """The file as text; None (and why) when it cannot be read, is no UTF-8 or holds a NUL."""
    try:
        raw = paths.read_bytes(path, MAX_BYTES)
    except paths.NotAFile:
        problem(None, None, "E101", reason=TEXT["not_regular"])
        return None
    except paths.TooBig as error:
        problem(None, None, "E109", size=error.size, limit=MAX_BYTES)
        return None
    except OSError as error:
        problem(None, None, "E101", reason=os_reason(error))
        return None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        row = raw[: error.start].count(b"\n") + 1
        problem(row, None, "E610", byte=f"{raw[error.start]:02x}")
        return None
    if "\x00" in text:
        problem(text[: text.index("\x00")].count("\n") + 1, None, "E623", reason="NUL-tegn")
        return None
    return text


def _records(text: str, problem: _Problems) -> list[list[str]] | None:
    """The CSV's records (the header first); None (and why) when it is no CSV or has no header."""
    first_line = text.split("\n", 1)[0]  # the header has no quoted line breaks
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    # newline="": only the csv module splits rows, so a line break or U+0085 inside
    # a quoted cell stays in the cell (str.splitlines would split it). strict: a quote
    # that never closes is an error, not a cell that swallows the rest of the file.
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    records: list[list[str]] = []
    start = 1  # the line the record being read begins on
    try:
        for record in reader:
            records.append(record)
            start = reader.line_num + 1
    except csv.Error as error:
        line, why = _csv_problem(text, start, reader.line_num, delimiter, str(error))
        problem(line, None, "E623", reason=why)
        return None
    if not records or not any(cell.strip() for cell in records[0]):
        problem(1, None, "E611")
        return None
    return records


def _header(record: list[str], columns: list[Column], problem: _Problems) -> _Header:
    """The header row, checked: each known header once, none unknown, none missing."""
    header = _Header([cell.strip() for cell in record], {c.header: c for c in columns}, {})
    questions = sorted({c.item for c in columns if c.target is not None}, key=len, reverse=True)
    plain = [RESPONDENT, *(h for h, c in header.known.items() if c.target is None)]
    present = set(header.names)
    for index, name in enumerate(header.names):
        if not name:
            continue
        if name in header.position:
            first = column_letter(header.position[name] + 1)
            problem(1, index + 1, "E614", header=_named(name, header.known), first=first)
        elif name not in header.known and name not in (RESPONDENT, EXAMPLE):
            _unknown(name, index, questions, [h for h in plain if h not in present], plain, problem)
        else:
            header.position.setdefault(name, index)
    _missing(header, plain, problem)
    return header


def _missing(header: _Header, plain: list[str], problem: _Problems) -> None:
    """Each header the survey needs that the file lacks (E612), and per question the
    relation columns it lacks (E625)."""
    present = set(header.names)
    for name in plain:
        if name not in present:
            problem(1, None, "E612", header=_named(name, header.known))
    gaps: dict[str, int] = {}
    for name, column in header.known.items():
        if column.target is not None and name not in present:
            gaps[column.item] = gaps.get(column.item, 0) + 1
    for question, count in gaps.items():
        problem(1, None, "E625", question=question, count=count)


def _unknown(
    name: str,
    index: int,
    questions: list[str],
    missing: list[str],
    plain: list[str],
    problem: _Problems,
) -> None:
    """An unknown header: a relation column of no leader (E626), else E613 with a guess."""
    question = next((q for q in questions if name.startswith(f"{q}.")), None)
    if question is not None:
        problem(1, index + 1, "E626", question=question)
        return
    # A misspelt header usually means one of the missing ones; only headers that hold no
    # leader's id are suggested.
    close = difflib.get_close_matches(name, missing, n=1, cutoff=0.6)
    close = close or difflib.get_close_matches(name, plain, n=1, cutoff=0.6)
    problem(1, index + 1, "E613", hint=suggestion(close))


def _rows(
    records: list[list[str]],
    header: _Header,
    leaders: list[str],
    problem: _Problems,
    responses: Responses,
) -> None:
    """Each row's respondent and answers into `responses`; whether it is the example."""
    by_key = {match_key(name): name for name in leaders}
    by_key.update({slug(name): name for name in leaders})
    first_row: dict[str, int] = {}
    example_values: set[str] = set()
    position, width = header.position, len(header.names)
    who_col = position[RESPONDENT]
    for row_number, record in enumerate(records[1:], start=2):
        cells = [cell.strip() for cell in record]
        if len(cells) > width and any(cells[width:]):
            problem(row_number, width + 1, "E620", cells=len(cells), header=width)
            continue
        cells += [""] * (width - len(cells))
        answered = {n: cells[i] for n, i in position.items() if n in header.known and cells[i]}
        if not answered:
            continue  # a leader who did not answer: the template lists everyone
        if EXAMPLE in position:
            example_values.add(cells[position[EXAMPLE]].lower())
        name = _respondent(cells[who_col], by_key, first_row, row_number, who_col, problem)
        if name is None:
            continue
        first_row[name] = row_number
        answers = _answers(answered, header, name, row_number, problem)
        responses.rows.append(Response(name, answers))
        if len(problem.found) >= MAX_FINDINGS:
            break
    if EXAMPLE in position:
        if example_values - {EXAMPLE_VALUE, ""} or len(example_values) > 1:
            problem(None, position[EXAMPLE] + 1, "E621", value=EXAMPLE_VALUE)
        responses.example = example_values == {EXAMPLE_VALUE}


def _respondent(
    who: str,
    by_key: dict[str, str],
    first_row: dict[str, int],
    row_number: int,
    who_col: int,
    problem: _Problems,
) -> str | None:
    """The leader a row is from; None (and why) for no name, an unknown one or a second row."""
    found = by_key.get(slug(who)) or by_key.get(match_key(who))
    if not who:
        problem(row_number, who_col + 1, "E615")
        return None
    if found is None:
        problem(row_number, who_col + 1, "E616")
        return None
    if found in first_row:
        problem(row_number, who_col + 1, "E617", first=first_row[found])
        return None
    return found


def _answers(
    answered: dict[str, str], header: _Header, name: str, row_number: int, problem: _Problems
) -> dict[Column, int]:
    """A row's answers as scale values; each cell that is no answer is a finding."""
    answers: dict[Column, int] = {}
    for header_name, value in answered.items():
        column = header.known[header_name]
        col = header.position[header_name] + 1
        if column.target == name:
            problem(row_number, col, "E619", question=column.item)
            continue
        number = _value(value, column)
        if number is None:
            steps = column.scale.steps
            problem(
                row_number,
                col,
                "E618",
                header=_named(header_name, header.known, of=True),
                scale=column.scale.title,
                low=steps[0].value,
                high=steps[-1].value,
            )
        else:
            answers[column] = number
    return answers


def _named(header: str, known: dict[str, Column], *, of: bool = False) -> str:
    """A header as a message may show it: a relation column by its question, never by the
    leader's id in its name ("kolonnen til spørgsmålet 'hyppighed' om en kollega")."""
    column = known.get(header)
    if column is not None and column.target is not None:
        return TEXT["of_question" if of else "to_question"].format(item=column.item)
    return TEXT["header"].format(header=header)


def _csv_problem(text: str, start: int, line: int, delimiter: str, error: str) -> tuple[int, str]:
    """Where the CSV breaks, and why in Danish: an unclosed quote at the line it opens."""
    opened = _unclosed_quote(text, start, delimiter)
    if opened is not None:
        return opened, TEXT["unclosed"].format(line=opened)
    if line > start:
        return start, TEXT["unmatched"].format(start=start, end=line)
    if "field larger" in error:
        return start, TEXT["too_long"]
    return start, TEXT["misplaced"]


def _unclosed_quote(text: str, start: int, delimiter: str) -> int | None:
    """The line of a quoted cell, at or after line `start`, that never closes; None if every
    quote closes."""
    lines = io.StringIO(text, newline="").readlines()  # split as the csv reader does
    opened: int | None = None
    quoted = False
    field_start = True
    for number in range(start, len(lines) + 1):
        line = lines[number - 1]
        index = 0
        while index < len(line):
            char = line[index]
            if quoted:
                if char == '"':
                    if line[index + 1 : index + 2] == '"':
                        index += 1  # "" is a quote inside the cell
                    else:
                        quoted, field_start = False, False
            elif char == '"' and field_start:
                quoted, opened = True, number
            else:
                field_start = char in (delimiter, "\r", "\n")
            index += 1
    return opened if quoted else None


def _value(text: str, column: Column) -> int | None:
    """The scale value a cell means: the number, or the answer's words; None if neither."""
    values = {step.value for step in column.scale.steps}
    try:
        number = int(text)
    except ValueError:
        folded = text.casefold()
        return next(
            (step.value for step in column.scale.steps if step.label.casefold() == folded), None
        )
    return number if number in values else None
