"""JSON cut short, completed so that what it holds up to the cut parses (ninjs files)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wirecheck.feeds.cut_json import completed


@pytest.mark.parametrize(
    ("cut", "closed"),
    [
        ('{"a": "x', '{"a": "x"}'),  # a string value cut: it ends where the file does
        ('{"a": "x\\', '{"a": "x"}'),  # ... without an escape left unfinished
        ('{"a": "x\\u20', '{"a": "x"}'),
        ('{"a": "x\\\\', '{"a": "x\\\\"}'),  # an escaped backslash is whole
        ('{"a": "x\\n', '{"a": "x\\n"}'),
        ('{"a": [1, 2', '{"a": [1]}'),  # a number may be cut: back to the last whole one
        ('{"a": [1, 2,', '{"a": [1, 2]}'),
        ('{"a": tr', "{}"),
        ('{"a": 1, "ke', '{"a": 1}'),  # a key cut short is no value
        ('{"a": 1, "key":', '{"a": 1}'),
        ('{"a": {"b": "c"}, "d"', '{"a": {"b": "c"}}'),
        ('[{"x": 1}', '[{"x": 1}]'),
        ('{"a": "say \\"hi', '{"a": "say \\"hi"}'),
    ],
)
def test_completed_closes_what_the_cut_left_open(cut: str, closed: str) -> None:
    assert completed(cut) == closed
    json.loads(closed)


@pytest.mark.parametrize("text", ['{"a": 1}', '{"a": 1}}', '{"a": 1]', "[1, 2]", '"cut', ""])
def test_json_that_is_whole_or_broken_otherwise_is_not_completed(text: str) -> None:
    assert completed(text) is None


def test_deep_nesting_is_linear() -> None:
    # A copy of the open brackets at every value would be quadratic on `[[[[...`.
    text = '{"a": ' + "[" * 100_000
    assert completed(text) == text + "]" * 100_000 + "}"


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=4)
    ),
    max_leaves=12,
)


@settings(max_examples=150, deadline=None)
@given(st.dictionaries(st.text(max_size=5), _JSON, min_size=1, max_size=4), st.data())
def test_any_cut_of_an_object_completes_to_valid_json(value: dict[str, Any], data: Any) -> None:
    for ascii_only in (True, False):
        text = json.dumps(value, ensure_ascii=ascii_only)
        cut = data.draw(st.integers(1, len(text) - 1))
        fixed = completed(text[:cut])
        if fixed is not None:
            assert isinstance(json.loads(fixed), dict)
            # Only the end changes: what stands before the cut point is kept or dropped.
            kept = len(fixed) - len(fixed.rstrip('"]}'))
            assert text.startswith(fixed[: len(fixed) - kept])
