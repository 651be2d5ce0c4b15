"""felles.checks.accepted: which comments accept which warnings, and which are warnings."""

from __future__ import annotations

from pathlib import Path

import yaml
from hypothesis import given
from hypothesis import strategies as st

from felles.checks import accepted
from felles.content.load import Content, load, load_drafts
from felles.content.locate import ContentDir
from felles.findings import Finding
from tests.helpers.tree import PHASE_2, PHASES, programme

# --- comments: only real YAML comments count ------------------------------------------


def test_comments_are_found_where_yaml_has_them() -> None:
    text = (
        "# top\n"
        "title: Møde  # efter en værdi\n"
        'quoted: "a # ikke en kommentar"\n'
        "single: 'b # heller ikke'\n"
        "plain: c#d\n"
        "block: |\n"
        "  # tekst i en blok\n"
        "  mere tekst\n"
        "list: [1, 2]  # efter en liste\n"
        'multi: "linje\n'
        '  # stadig i teksten"\n'
    )
    found = [comment for _, comment in accepted.comments(text)]
    assert found == ["# top", "# efter en værdi", "# efter en liste"]


def test_past_a_syntax_error_no_comment_counts() -> None:
    text = "a: 1  # før\nb: c: d\n# efter fejlen\n"
    assert [c for _, c in accepted.comments(text)] == ["# før"]


SCALARS = st.text(
    st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\x85\u2028\u2029"),
    max_size=30,
)


@given(value=SCALARS)
def test_a_hash_inside_any_quoted_value_is_never_a_comment(value: str) -> None:
    """Whatever a title holds, `# felles: tillad` inside it is text."""
    title = f"{value} # felles: tillad W301 – ikke en kommentar"
    for dumped in (
        yaml.safe_dump({"title": title}, allow_unicode=True, default_style='"', width=1000),
        yaml.safe_dump({"title": title}, allow_unicode=True, default_style="'", width=1000),
        yaml.safe_dump({"purpose": title + "\n"}, allow_unicode=True, default_style="|"),
    ):
        assert yaml.safe_load(dumped) in ({"title": title}, {"purpose": title + "\n"})
        assert [c for _, c in accepted.comments(dumped) if "felles" in c] == []


# --- acceptances and their verdict ---------------------------------------------------------


# Phase 2 of the small programme with a meeting before its period (a W301), accepted.
PHASE = "phases/02-opfoelgning.md"
REASON = "mødet blev holdt før fasen, som aftalt"
WHEN = '    when: "2027-06-22"'
ACCEPTED = f"{WHEN}  # felles: tillad W301 – {REASON}"


def _folder(tmp_path: Path, line: str = ACCEPTED) -> Path:
    phase = PHASE_2.replace('    when: "2027-09-02"', line)
    assert line in phase
    return programme(tmp_path / "content", phases={**PHASES, Path(PHASE).name: phase})


def _content(tmp_path: Path, line: str = ACCEPTED) -> Content:
    folder = _folder(tmp_path, line)
    return load(ContentDir(folder, "option"), tmp_path)


def _w301(content: Content) -> Finding:
    display = next(d for d in content.documents if d.endswith(Path(PHASE).name))
    line = next(
        n
        for n, text in enumerate(content.documents[display].path.read_text("utf-8").splitlines(), 1)
        if "2027-06-22" in text and "when:" in text
    )
    return Finding(display, line, 5, "W301", {"title": "x", "when": "2027-06-22", "period": "y"})


def test_an_acceptance_accepts_its_warning(tmp_path: Path) -> None:
    content = _content(tmp_path)
    warning = _w301(content)
    other = Finding(warning.path, warning.line, 5, "W502", {"title": "x", "day": "y"})
    verdict = accepted.apply(content, [warning, other])
    assert verdict.findings == [other]  # only the named code is accepted
    [(finding, reason)] = verdict.accepted
    assert finding is warning
    assert reason == REASON


def test_an_acceptance_accepts_nothing_on_another_line(tmp_path: Path) -> None:
    content = _content(tmp_path)
    warning = _w301(content)
    moved = Finding(warning.path, warning.line + 1, 5, "W301", warning.params)
    verdict = accepted.apply(content, [moved])
    assert moved in verdict.findings and verdict.accepted == []
    assert [f.code for f in verdict.findings if f is not moved] == ["W304"]


def test_an_error_on_the_line_is_never_accepted(tmp_path: Path) -> None:
    content = _content(tmp_path, f"{WHEN}  # felles: tillad W301, E304 – nej")
    warning = _w301(content)
    error = Finding(warning.path, warning.line, 5, "E304", {"value": "x", "detail": ""})
    verdict = accepted.apply(content, [warning, error])
    assert error in verdict.findings
    assert [f for f, _ in verdict.accepted] == [warning]
    [w305] = [f for f in verdict.findings if f.code == "W305"]
    assert "kun advarsler" in w305.message


def test_the_acceptance_warnings_cannot_be_accepted(tmp_path: Path) -> None:
    content = _content(tmp_path, f"{WHEN}  # felles: tillad W304 – skjul den")
    verdict = accepted.apply(content, [])
    assert [(f.code, f.params["code"]) for f in verdict.findings] == [("W305", "W304")]


def test_a_code_matches_exactly(tmp_path: Path) -> None:
    """`W3011` is not W301 with a stray digit: it is an unknown code, and W301 stays."""
    for comment in ("# felles: tillad W3011 – grund", "# felles: tillad W301x – grund"):
        content = _content(tmp_path / str(hash(comment)), f"{WHEN}  {comment}")
        warning = _w301(content)
        verdict = accepted.apply(content, [warning])
        assert warning in verdict.findings and verdict.accepted == [], comment
        assert [f.code for f in verdict.findings if f is not warning] == ["W305"], comment


def test_an_acceptance_covers_one_value_not_every_one_on_its_line(tmp_path: Path) -> None:
    """Two sessions on one line both warned: the comment cannot say which it means."""
    content = _content(tmp_path)
    first = _w301(content)
    second = Finding(first.path, first.line, 30, "W301", first.params)
    verdict = accepted.apply(content, [first, second])
    assert first in verdict.findings and second in verdict.findings and verdict.accepted == []
    [w335] = [f for f in verdict.findings if f.code == "W335"]
    assert w335.line == first.line and "2 gange" in w335.message


def test_spelling_and_separators_are_forgiving(tmp_path: Path) -> None:
    for comment in (
        "# felles: tillad W301 – grund",
        "#felles:tillad w301: grund",
        "# FELLES: Tillad W301 - grund",
        "# felles: tillad W301 — grund",
        "# felles: tillad W301 grund",
    ):
        content = _content(tmp_path / str(hash(comment)), f"{WHEN}  {comment}")
        verdict = accepted.apply(content, [_w301(content)])
        assert verdict.findings == [] and [r for _, r in verdict.accepted] == ["grund"], comment


def test_line_endings_and_a_bom_do_not_move_the_acceptance(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    path = folder / PHASE
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes().replace(b"\n", b"\r\n"))
    content = load(ContentDir(folder, "option"), tmp_path)
    verdict = accepted.apply(content, [_w301(content)])
    assert verdict.findings == [] and len(verdict.accepted) == 1


def test_an_acceptance_in_a_drafts_front_matter(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    draft = folder / "ledelsesgrundlag" / "anna-andersen.md"
    draft.parent.mkdir()
    draft.write_text(
        '---\nleader: "Anna Andersen"\ngroup: 1\nstatus: udkast\ncreated: "2018-06-10"\n'
        'updated: "2018-06-01"  # felles: tillad W402 – rettet i hånden efter mødet\n'
        "version: 1\n---\n# x\n",
        encoding="utf-8",
    )
    content = load(ContentDir(folder, "option"), tmp_path)
    load_drafts(content)
    display = next(d for d in content.documents if d.endswith("anna-andersen.md"))
    warning = Finding(display, 6, 1, "W402", {"updated": "a", "created": "b"})
    verdict = accepted.apply(content, [warning, _w301(content)])
    assert verdict.findings == []
    assert (warning, "rettet i hånden efter mødet") in verdict.accepted


def test_content_without_acceptances_is_left_as_it_is(tmp_path: Path) -> None:
    content = _content(tmp_path, f"{WHEN}  # en almindelig kommentar: {REASON}")
    findings = [_w301(content)]
    assert accepted.apply(content, findings).findings == findings
