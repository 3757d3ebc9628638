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
        # a heading closing the text under the one chosen as headline
        "Wildfire smoke blankets Sydney harbour\nRESTRICTIONS: BROADCASTERS: ACCESS ALL",
    ],
)
def test_odd_text_parses(text: str) -> None:
    story = parse(text, today=date(2026, 11, 29))
    assert story.to_dict()["schema"] == "wirecheck.story/1"


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_any_text_parses(text: str) -> None:
    parse(text, today=date(2026, 11, 29)).to_dict()


# Lines of the shapes a story's top and tail are made of, in any order and number: random
# text seldom reaches the headline's and byline's tests, which read the units around one.
_SHAPES = [
    "",
    "Wildfire smoke blankets Sydney harbour",
    "Officials say the smoke will clear by Friday.",
    "RESTRICTIONS: BROADCASTERS: ACCESS ALL",
    "By Jane Roe",
    "Jane Roe, Associated Press",
    "June 11, 2025 - 3:41PM",
    "Share",
    "Advertisement",
    "Picture: Jane Roe/AAP Image via AP",
    "SYDNEY (AP) — Smoke from fires west of the city covered the harbour on Tuesday.",
    "The fires have burned for a week, officials said.",
    "---------- Forwarded message ---------",
    "[10:42 AM] Whitfield, Dana",
    "SPX",
    "-0.39%",
    "Share this post",
    "Copy link",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_SHAPES), max_size=10))
def test_any_arrangement_of_story_lines_parses(lines: list[str]) -> None:
    parse("\n".join(lines), today=date(2026, 11, 29)).to_dict()


@pytest.mark.parametrize("byte", ["\x00", "\x1b", "\x1c", "\x1f", "\x85"])
def test_a_control_byte_inside_a_word_leaves_the_word_whole(byte: str) -> None:
    """A stray control byte is dropped and the word's parts glued, the separator controls
    and NEL too, which Python counts as whitespace: the story reads as `fix` will leave it."""
    text = f"Leaders meet in Moscow\n\nMOSCOW (AP) — Pu{byte}tin met Diaz-Canel on Friday.\n"
    story = parse(text, today=date(2026, 11, 29))
    assert story.body == ("Putin met Diaz-Canel on Friday.",)
    assert [d.code for d in story.diagnostics if d.code == "WC503"] == ["WC503"]
