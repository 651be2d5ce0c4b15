"""felles.content.reader at its limits: depth, size, the position of an error, and what a
plain scalar means, against hand-worked positions and PyYAML's own safe loader."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from felles.content import reader
from felles.errors import ReadError


def _nested(levels: int) -> str:
    """`levels` nested mappings: the root, then a: … one deeper on each line."""
    lines = [f"{'  ' * k}a{k}:" for k in range(levels - 1)]
    lines.append(f"{'  ' * (levels - 1)}leaf: 1")
    return "\n".join(lines) + "\n"


def test_depth_at_the_limit_reads_and_one_past_it_is_e108_on_its_line() -> None:
    data, _ = reader.parse_yaml(_nested(reader.MAX_DEPTH), spans={})
    for k in range(reader.MAX_DEPTH - 1):
        data = data[f"a{k}"]
    assert data == {"leaf": 1}
    with pytest.raises(ReadError) as caught:
        reader.parse_yaml(_nested(reader.MAX_DEPTH + 1), spans={})
    error = caught.value
    assert error.code == "E108"
    assert error.params == {"limit": reader.MAX_DEPTH}
    # The 41st mapping begins on line 41, under key a39 of line 40, at its first key.
    assert (error.line, error.col) == (reader.MAX_DEPTH + 1, 2 * reader.MAX_DEPTH + 1)


def test_flow_lists_at_the_limit_and_one_past() -> None:
    limit = reader.MAX_DEPTH
    assert reader.parse_yaml("x: " + "[" * (limit - 1) + "]" * (limit - 1) + "\n")[0] is not None
    with pytest.raises(ReadError) as caught:
        reader.parse_yaml("x: " + "[" * limit + "]" * limit + "\n")
    assert caught.value.code == "E108"
    assert (caught.value.line, caught.value.col) == (1, 3 + limit)


def test_a_file_at_the_size_limit_reads_and_one_byte_over_is_e109(tmp_path: Path) -> None:
    at_limit = tmp_path / "at.yaml"
    head = b"x: "
    at_limit.write_bytes(head + b"a" * (reader.MAX_BYTES - len(head) - 1) + b"\n")
    assert at_limit.stat().st_size == reader.MAX_BYTES
    assert len(reader.read_text(at_limit)) == reader.MAX_BYTES
    over = tmp_path / "over.yaml"
    over.write_bytes(head + b"a" * (reader.MAX_BYTES - len(head)) + b"\n")
    assert over.stat().st_size == reader.MAX_BYTES + 1
    with pytest.raises(ReadError) as caught:
        reader.read_text(over)
    assert caught.value.code == "E109"
    assert caught.value.params == {"size": reader.MAX_BYTES + 1, "limit": reader.MAX_BYTES}


# text (bytes)                        line col byte
ENCODING_TABLE = [
    (b"a: \xff\n", 1, 4, "FF"),
    (b"\xe6\n", 1, 1, "E6"),
    (b"x: 1\nab: c\xe6d\n", 2, 6, "E6"),
    (b"x: 1\n\ny: \xc3\n", 3, 4, "C3"),  # a lone lead byte
    (b"\xef\xbb\xbfx: \xf8\n", 1, 4, "F8"),  # the BOM is not a column
]


@pytest.mark.parametrize(("raw", "line", "col", "byte"), ENCODING_TABLE)
def test_an_encoding_error_names_its_line_and_column(
    tmp_path: Path, raw: bytes, line: int, col: int, byte: str
) -> None:
    path = tmp_path / "bad.yaml"
    path.write_bytes(raw)
    with pytest.raises(ReadError) as caught:
        reader.read_text(path)
    assert caught.value.code == "E102"
    assert (caught.value.line, caught.value.col, caught.value.params) == (line, col, {"byte": byte})


def test_the_bom_is_dropped(tmp_path: Path) -> None:
    path = tmp_path / "bom.yaml"
    path.write_bytes(b"\xef\xbb\xbfx: 1\n")
    assert reader.read_text(path) == "x: 1\n"
    assert reader.read_yaml(path).data == {"x": 1}


# plain scalar → value
SCALARS = [
    ("~", None),
    ("null", None),
    ("Null", None),
    ("NULL", None),
    ("", None),
    ("nul", "nul"),
    ("'~'", "~"),
    ('"null"', "null"),
    ("true", True),
    ("True", True),
    ("TRUE", True),
    ("false", False),
    ("False", False),
    ("FALSE", False),
    ("yes", "yes"),  # YAML 1.2: not a boolean
    ("no", "no"),
    ("0", 0),
    ("-7", -7),
    ("+7", 7),
    ("007", "007"),
    ("1.5", "1.5"),
    ("2018-06-08", "2018-06-08"),
    ("!!str 12", "12"),
]


@pytest.mark.parametrize(("text", "value"), SCALARS)
def test_what_a_scalar_means(text: str, value: object) -> None:
    for spans in (None, {}):  # the fast flat reader and the full one agree
        data, _ = reader.parse_yaml(f"k: {text}\n", spans=spans)
        assert data == {"k": value}
        assert type(data["k"]) is type(value)
        data, _ = reader.parse_yaml(f"k:\n  - {text}\n  - x\n", spans=spans)
        assert data == {"k": [value, "x"]}


@given(st.integers(-(10**17), 10**17))
def test_integers_are_those_of_yaml(number: int) -> None:
    data, _ = reader.parse_yaml(f"k: {number}\nl: [{number}]\n")
    assert data == yaml.safe_load(f"k: {number}\nl: [{number}]\n")


@given(st.text(alphabet="abcæøå xyz", min_size=1, max_size=12).map(str.strip).filter(bool))
def test_plain_words_are_text_as_in_yaml(word: str) -> None:
    expected = yaml.safe_load(f"k: {word}\n")
    data, _ = reader.parse_yaml(f"k: {word}\n", spans={})
    if isinstance(expected["k"], str):
        assert data == expected


def test_a_duplicate_key_names_both_lines() -> None:
    with pytest.raises(ReadError) as caught:
        reader.parse_yaml("a: 1\nb:\n  c: 2\na: 3\n", spans={})
    assert caught.value.code == "E105"
    assert caught.value.params == {"key": "a", "first": 1}
    assert (caught.value.line, caught.value.col) == (4, 1)


def test_a_tab_and_a_control_character_name_line_and_column() -> None:
    with pytest.raises(ReadError) as tab:
        reader.parse_yaml("a: 1\nb:\n  \tc: 2\n", spans={})
    assert (tab.value.code, tab.value.line, tab.value.col) == ("E104", 3, 3)
    with pytest.raises(ReadError) as control:
        reader.parse_yaml("a: 1\nb: x\x07y\n", spans={})
    assert control.value.code == "E117"
    assert control.value.params == {"codepoint": "0007"}
    assert (control.value.line, control.value.col) == (2, 5)


def test_front_matter_lines_count_from_the_files_first_line(tmp_path: Path) -> None:
    path = tmp_path / "phase.md"
    path.write_text("---\ntitle: x\ntitle: y\n---\nbody\n", encoding="utf-8")
    with pytest.raises(ReadError) as caught:
        reader.read_front_matter(path)
    assert caught.value.code == "E105"
    assert caught.value.line == 3
    assert caught.value.params["first"] == 2


# text                                       yaml              body         body line
FRONT_TABLE = [
    ("---\na: 1\n---\nbody\n", "a: 1\n", "body\n", 4),
    ("---\n---\n", "", "", 3),
    ("--- \r\na: 1\r\nb: 2\r\n---\r\ntext", "a: 1\r\nb: 2\r\n", "text", 5),
    ("---\na: 1\n...\n\nefter\n", "a: 1\n", "\nefter\n", 4),
]


@pytest.mark.parametrize(("text", "yaml_text", "body", "line"), FRONT_TABLE)
def test_front_matter_split_by_hand(text: str, yaml_text: str, body: str, line: int) -> None:
    assert reader.split_front_matter(text) == (yaml_text, body, line)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "E114"),
        ("  \n", "E114"),
        ("+++\na = 1\n+++\n", "E116"),
        ("a: 1\n", "E110"),
        ("---\na: 1\n", "E111"),
    ],
)
def test_broken_front_matter_names_its_fault(text: str, code: str) -> None:
    with pytest.raises(ReadError) as caught:
        reader.split_front_matter(text)
    assert caught.value.code == code
    if code != "E114":
        assert (caught.value.line, caught.value.col) == (1, 1)


@pytest.mark.parametrize(
    ("text", "found", "line"),
    [("- a\n- b\n", "en liste", 1), ("\n\nbare tekst\n", "en enkelt værdi", 3), ("~\n", "tom", 1)],
)
def test_a_file_that_is_not_a_mapping_says_what_it_is(
    tmp_path: Path, text: str, found: str, line: int
) -> None:
    path = tmp_path / "x.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ReadError) as caught:
        reader.read_yaml(path)
    assert caught.value.code == "E112"
    assert caught.value.params == {"what": "filen", "found": found}
    assert caught.value.line == line


@pytest.mark.parametrize("char", ["\u2028", "\u2029", "\x85"])
def test_odd_line_breaks_stay_inside_the_value_and_keep_line_numbers(char: str) -> None:
    text = f"a: før{char}efter\nb:\n  - x{char}y\nc: 3\n"
    for spans in (None, {}):
        data, positions = reader.parse_yaml(text, spans=spans)
        assert data == {"a": f"før{char}efter", "b": [f"x{char}y"], "c": 3}
        assert positions[("c",)] == (4, 1)
    data, _ = reader.parse_yaml(f"{char}: v\nk: \ue000\n", spans={})
    assert data == {char: "v", "k": "\ue000"}  # a private-use character of its own stays


@pytest.mark.parametrize("text", ["", "\n\n", "   \n# kun en kommentar?\n"[:4]])
def test_an_empty_yaml_file_is_e114(tmp_path: Path, text: str) -> None:
    path = tmp_path / "tom.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ReadError) as caught:
        reader.read_yaml(path)
    assert caught.value.code == "E114"


def test_a_second_document_is_e113_where_it_begins() -> None:
    for spans in (None, {}):
        with pytest.raises(ReadError) as caught:
            reader.parse_yaml("a: 1\n---\nb: 2\n", spans=spans)
        assert (caught.value.code, caught.value.line) == ("E113", 2)
    data, _ = reader.parse_yaml("---\na: 1\n", spans={})  # one document, marked: fine
    assert data == {"a": 1}


def test_brackets_at_the_parser_guard_and_one_past() -> None:
    """Up to 1,000 open brackets libyaml reads (and the depth limit speaks, at its own
    column); past 1,000 felles refuses before parsing, at the line of the 1,001st."""
    at = reader._PARSER_GUARD
    with pytest.raises(ReadError) as caught:
        reader.parse_yaml("x: " + "[" * (at - 1) + "]" * (at - 1) + "\n")
    assert caught.value.code == "E108"
    assert (caught.value.line, caught.value.col) == (1, 3 + reader.MAX_DEPTH)
    # At 1,000 libyaml stops on its own limit: still E108 (never its English words).
    with pytest.raises(ReadError) as caught:
        reader.parse_yaml("x: " + "[" * at + "]" * at + "\n")
    assert caught.value.code == "E108"
    assert caught.value.params == {"limit": reader.MAX_DEPTH}
    assert caught.value.line == 1 and caught.value.col != 1
    text = "a: 1\nx: " + "[" * (at + 1) + "]" * (at + 1) + "\n"
    with pytest.raises(ReadError) as caught:
        reader.parse_yaml(text)
    assert caught.value.code == "E108"
    assert (caught.value.line, caught.value.col) == (2, 1)
    # Many brackets side by side are not deep.
    flat = "x: [" + ", ".join(["[1]"] * (at + 5)) + "]\n"
    assert len(reader.parse_yaml(flat)[0]["x"]) == at + 5


@pytest.mark.parametrize("front_matter", [False, True])
def test_scalar_spans_point_at_each_value_in_the_file(tmp_path: Path, front_matter: bool) -> None:
    yaml_text = 'title: Hej\nwhen: "2018-11-08"\nlist:\n  - 2019-03\n'
    text = f"---\n{yaml_text}---\nbrødtekst\n" if front_matter else yaml_text
    path = tmp_path / ("x.md" if front_matter else "x.yaml")
    path.write_text(text, encoding="utf-8")
    whole, data, spans = reader.scalar_spans(path, front_matter)
    assert whole == text
    assert data == {"title": "Hej", "when": "2018-11-08", "list": ["2019-03"]}
    assert whole[slice(*spans[("title",)])] == "Hej"
    assert whole[slice(*spans[("when",)])] == '"2018-11-08"'
    assert whole[slice(*spans[("list", 0)])] == "2019-03"
