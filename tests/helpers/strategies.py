"""Hypothesis strategies for data shaped like YAML: scalars YAML might guess at, and nesting."""

from __future__ import annotations

from hypothesis import strategies as st

TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=30)


SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    TEXT,
    st.sampled_from(["12:00", "no", "on", "0150", "2018-02-30", "~", "1e3"]),
)


VALUES = st.recursive(
    SCALARS,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(TEXT, inner, max_size=4)),
    max_leaves=12,
)


FIELDS = ["id", "number", "title", "period", "goal", "activities", "titel", "x"]
