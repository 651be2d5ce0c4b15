"""The `yaml` filter (a draft's front matter from `grundlag new`): any text reads back as itself."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from felles.content.reader import parse_yaml
from felles.render.template_values import yaml_text

TRICKY = st.sampled_from(["\x85", "\u2028", "\u2029", "\u202e", "\u2066", "\ufeff", "\x9b", '"'])


@settings(max_examples=60)
@given(value=st.lists(st.text(max_size=5) | TRICKY, max_size=6).map("".join))
def test_any_text_reads_back_as_itself_and_stays_on_its_line(value: str) -> None:
    written = str(yaml_text(value))
    assert "\n" not in written and "\u2028" not in written and "\x85" not in written
    data, _ = parse_yaml(f"leader: {written}\n")
    assert data["leader"] == value
