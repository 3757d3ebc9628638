"""Fuzzing: no bytes break the library or the command line, and decoding is faithful.

Inputs are arbitrary bytes, arbitrary text, and real fixtures damaged the way archives
damage them (truncated, bytes flipped, control bytes and mojibake spliced in, re-encoded).
Bounded to a few hundred examples in all, with no deadline, so CI stays fast.
(Line accounting and determinism on text are in ``test_accounting.py``; odd text in
``test_robustness.py``.)
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wirecheck import parse
from wirecheck.cli import cli
from wirecheck.decode import NotTextError, decode

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
TODAY = date(2026, 11, 29)
_SAMPLES = tuple(
    p.read_bytes() for p in sorted([*FIXTURES.glob("*.txt"), *(FIXTURES / "feeds").glob("*")])
)


def _bounded(examples: int) -> settings:
    return settings(
        max_examples=examples, deadline=None, suppress_health_check=[HealthCheck.too_slow]
    )


@st.composite
def _damaged(draw: st.DrawFn) -> bytes:
    """A fixture (plain copy or an agency feed) with a few kinds of damage applied."""
    data = bytearray(draw(st.sampled_from(_SAMPLES)))
    for _ in range(draw(st.integers(0, 4))):
        kind = draw(st.sampled_from(["truncate", "flip", "splice", "drop"]))
        at = draw(st.integers(0, len(data)))
        if kind == "truncate":
            del data[at:]
        elif kind == "flip" and at < len(data):
            data[at] = draw(st.integers(0, 255))
        elif kind == "splice":
            data[at:at] = draw(
                st.sampled_from(
                    [
                        b"\x00",
                        b"\x1b[0m",
                        b"\x07\x08",
                        b"\xc3\xa2\xe2\x82\xac\xe2\x84\xa2",
                        b"\xef\xbf\xbd",
                        b"\r",
                        b"\x85",
                        b"\xff\xfe",
                        b"<!ENTITY x>",
                        b"\x01\x02",
                    ]
                )
            )
        elif kind == "drop" and at < len(data):
            del data[at : at + draw(st.integers(1, 200))]
    return bytes(data)


_BYTES = st.one_of(st.binary(max_size=3000), _damaged())


@_bounded(150)
@given(_BYTES)
def test_any_bytes_parse_or_are_refused_as_not_text(data: bytes) -> None:
    try:
        story = parse(data, today=TODAY)
    except NotTextError:
        return
    json.dumps(story.to_dict())


@_bounded(40)
@given(_BYTES)
def test_parse_of_bytes_is_deterministic(data: bytes) -> None:
    try:
        first = parse(data, today=TODAY).to_dict()
    except NotTextError:
        return
    assert parse(data, today=TODAY).to_dict() == first


@_bounded(60)
@given(
    _BYTES,
    st.sampled_from(
        [
            ["check"],
            ["check", "--format", "json"],
            ["check", "--format", "text", "--strict"],
            ["check", "--select", "WC1,WC4"],
            ["parse"],
            ["parse", "--format", "text"],
            ["parse", "--format", "ninjs", "--no-check"],
        ]
    ),
)
def test_cli_never_crashes(data: bytes, args: list[str]) -> None:
    result = CliRunner().invoke(cli, [*args, "-"], input=data)
    assert result.exit_code in (0, 1, 2), result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output
    assert "internal error" not in result.output


# -- legacy encodings -------------------------------------------------------------------

# Characters wire copy has in Windows-1252, chosen so that their cp1252 bytes can never
# read as UTF-8: 0x80-0xBF (curly quotes, dashes, the euro and pound signs) are UTF-8
# continuation bytes, and the accented letters sit only inside words of ASCII letters.
_PUNCT = "’‘“”—–…€£©°½•"
_WORDS = st.sampled_from(
    "the council said Tuesday that budget would rise percent after officials met with "
    "residents WASHINGTON (AP) Jane Doe café señor Zürich naïve Málaga façade".split()
)


@st.composite
def _legacy_story(draw: st.DrawFn) -> str:
    lines = []
    for _ in range(draw(st.integers(1, 12))):
        words = draw(st.lists(_WORDS, min_size=1, max_size=20))
        marks = draw(st.lists(st.sampled_from(_PUNCT), max_size=3))
        text = " ".join(words)
        for mark in marks:
            at = draw(st.integers(0, len(text)))
            # Keep a space after the mark: an accented letter never precedes it directly.
            text = f"{text[:at]} {mark} {text[at:]}"
        lines.append(text.strip())
        if draw(st.booleans()):
            lines.append("")
    return "\n".join(lines) + "\n"


def _content(data: bytes) -> dict[str, object]:
    story = parse(data, today=TODAY).to_dict()
    story.pop("source")
    story["diagnostics"] = [d for d in story["diagnostics"] if d["code"] != "WC505"]
    return story


@_bounded(60)
@given(_legacy_story(), st.booleans())
def test_legacy_encodings_read_as_their_utf8_original(text: str, crlf: bool) -> None:
    if crlf:
        text = text.replace("\n", "\r\n")
    original = text.encode("utf-8")
    expected_text = decode(original).text
    expected = _content(original)
    for encoding in ("cp1252", "utf-16", "utf-8-sig"):
        data = text.encode(encoding)
        assert decode(data).text == expected_text, encoding
        assert _content(data) == expected, encoding


@pytest.mark.parametrize("name", ["cp1252.txt", "utf16-bom.txt"])
def test_legacy_fixtures_read_as_utf8(name: str) -> None:
    """The legacy fixtures, re-encoded as UTF-8, give the same story."""
    data = (FIXTURES / name).read_bytes()
    text = decode(data).text
    assert _content(text.encode("utf-8")) == _content(data)


_TEXT_SAMPLES = tuple(
    p.read_bytes()
    for p in sorted(FIXTURES.glob("*.txt"))
    if decode(p.read_bytes()).encoding == "utf-8"
)


def _story_parts(data: bytes) -> tuple[object, ...]:
    story = parse(data, today=TODAY, check=False)
    return story.headline, story.byline, story.dateline, story.body


@_bounded(40)
@given(st.sampled_from(_TEXT_SAMPLES), st.sampled_from(["\x00", "\x01", "\x07", "\x16", "\x1b"]))
def test_one_stray_control_byte_before_a_story_changes_nothing_but_is_reported(
    data: bytes, byte: str
) -> None:
    """A damaged transfer can leave a control byte before a page: the story is the same
    (no teletype feed is read into it), and the byte is reported."""
    damaged = byte.encode() + data
    assert _story_parts(damaged) == _story_parts(data)
    story = parse(damaged, today=TODAY, select=["WC503"])
    assert any(d.line == 1 and d.column == 1 for d in story.diagnostics)


@_bounded(60)
@given(st.sampled_from(_TEXT_SAMPLES), st.floats(0.0, 1.0))
def test_utf8_cut_anywhere_stays_utf8(data: bytes, where: float) -> None:
    """A UTF-8 story truncated at any byte, mid-character too, is still read as UTF-8."""
    cut = data[: int(len(data) * where)]
    assert decode(cut).encoding == "utf-8"
