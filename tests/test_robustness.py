"""Bad input never raises out of the library: odd digits, controls, huge lines, no text."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wirecheck import parse


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\n\n\n",
        "WASHINGTON, Nov. ² (AP) — Superscript digits are digits to str.isdigit.",
        "LONDON, March ٣ (Reuters) - Arabic-Indic digits in a dateline.",
        "BEIJING, Nov. 1 , ²⁰⁰⁵ (Xinhua) -- A superscript year.",
        "\x00\x01\x02 control characters \x7f in a line",
        "(" * 5000,
        "By " * 3000,
    ],
)
def test_odd_text_parses(text: str) -> None:
    story = parse(text, today=date(2026, 11, 29))
    assert story.to_dict()["schema"] == "wirecheck.story/1"


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_any_text_parses(text: str) -> None:
    parse(text, today=date(2026, 11, 29)).to_dict()


@pytest.mark.parametrize("byte", ["\x00", "\x1b", "\x1c", "\x1f", "\x85"])
def test_a_control_byte_inside_a_word_leaves_the_word_whole(byte: str) -> None:
    """A stray control byte is dropped and the word's parts glued, the separator controls
    and NEL too, which Python counts as whitespace: the story reads as `fix` will leave it."""
    text = f"Leaders meet in Moscow\n\nMOSCOW (AP) — Pu{byte}tin met Diaz-Canel on Friday.\n"
    story = parse(text, today=date(2026, 11, 29))
    assert story.body == ("Putin met Diaz-Canel on Friday.",)
    assert [d.code for d in story.diagnostics if d.code == "WC503"] == ["WC503"]
