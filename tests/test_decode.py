"""Decoding: every encoding and newline convention wire copy arrives in."""

from __future__ import annotations

import codecs
from collections.abc import Callable

import pytest

from wirecheck.decode import NotTextError, decode

STORY = "WASHINGTON (AP) — The Senate voted “yes” on Tuesday.\nSecond line café."


def test_utf8() -> None:
    d = decode(STORY.encode("utf-8"))
    assert (d.text, d.encoding, d.newline) == (STORY, "utf-8", "\n")


def test_utf8_bom() -> None:
    d = decode(codecs.BOM_UTF8 + STORY.encode("utf-8"))
    assert (d.text, d.encoding) == (STORY, "utf-8-sig")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom(codec: str) -> None:
    bom = codecs.BOM_UTF16_LE if codec.endswith("le") else codecs.BOM_UTF16_BE
    d = decode(bom + STORY.encode(codec))
    assert (d.text, d.encoding) == (STORY, "utf-16")


@pytest.mark.parametrize(
    ("codec", "named"),
    [("utf-32", "utf-32"), ("utf-32-le", "utf-32-le"), ("utf-32-be", "utf-32-be")],
)
def test_utf32_with_or_without_bom(codec: str, named: str) -> None:
    # UTF-32's little-endian mark opens with UTF-16's; without a mark, three NULs in four.
    d = decode(STORY.encode(codec))
    assert (d.text, d.encoding) == (STORY, named)


@pytest.mark.parametrize("codec", ["utf-32-le", "utf-32-be"])
def test_utf32_without_bom_cut_mid_character(codec: str) -> None:
    # A truncated file: the last character's bytes cut short are lost, the rest read.
    d = decode(STORY.encode(codec)[:-2])
    assert d.encoding == codec
    assert d.text.startswith(STORY[:-1]) and d.text.endswith("\ufffd")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom(codec: str) -> None:
    # Windows tools sometimes write UTF-16 with no byte order mark: every other byte NUL
    d = decode(STORY.encode(codec))
    assert (d.text, d.encoding) == (STORY, codec)


def test_a_stray_nul_is_a_control_character_in_text() -> None:
    # Record padding in old archives, a damaged transfer: the file is still text
    d = decode(STORY.encode().replace(b"Senate", b"Sen\x00ate") + b"\x00\x00")
    assert (d.encoding, d.text) == ("utf-8", STORY.replace("Senate", "Sen\x00ate") + "\x00\x00")


@pytest.mark.parametrize(
    "damage",
    [
        lambda b: b + "“".encode()[:2],  # cut in the middle of a character
        lambda b: b.replace(b"Senate", b"Sen\xe2\x80ate"),  # a character that lost a byte
        lambda b: b.replace(b"Senate", b"Sen\x80\x9cate"),  # ... its first byte
        lambda b: b.replace(b"Senate", b"Sen\x81ate"),  # a byte Windows-1252 lacks too
    ],
)
def test_damaged_utf8_stays_utf8(damage: Callable[[bytes], bytes]) -> None:
    # Read as Windows-1252, every curly quote and accent would turn to mojibake; what is
    # left of a broken character becomes U+FFFD instead, which the checks report.
    d = decode(damage(STORY.encode()))
    assert d.encoding == "utf-8"
    assert "“yes”" in d.text and "café" in d.text
    assert "\ufffd" in d.text
    assert d.legacy == ()


def test_windows_1252_bytes_in_utf8_read_as_windows_1252() -> None:
    # A paragraph pasted from a legacy file into UTF-8 copy: its accented letters and
    # curly quotes are lone bytes among ASCII (or runs of letters), read as Windows-1252
    # with their places noted; the UTF-8 around them stays UTF-8.
    pasted = "Second line: the caf\u00e9 \u201creopened\u201d \u2013 na\u00e7\u00e3o."
    head = "\n".join([STORY] * 4)
    data = head.encode() + b"\r\n" + pasted.encode("cp1252") + b"\r\nLast line \xe9.\r\n"
    d = decode(data)
    assert d.encoding == "utf-8"
    assert d.text == head + "\n" + pasted + "\nLast line \u00e9.\n"
    line = head.count("\n") + 2
    assert d.legacy == (
        (line, 21),  # é
        (line, 23),  # “
        (line, 32),  # ”
        (line, 34),  # –
        (line, 38),  # çã, one run
        (line + 1, 11),
    )
    assert d.newline == "\n"  # the most common line ending


def test_mostly_windows_1252_with_utf8_is_read_as_both() -> None:
    # A Windows-1252 file with UTF-8 characters in it (a quote pasted from the web, or
    # mojibake saved in Windows-1252, which is UTF-8's bytes): each part in its own
    # encoding, and the file named for the larger.
    legacy = "The caf\u00e9s \u201creopened\u201d on Friday, the Se\u00f1or said. " * 5
    data = legacy.encode("cp1252") + "It was \u201cfine\u201d.".encode()
    d = decode(data)
    assert d.encoding == "cp1252"
    assert d.text == legacy + "It was \u201cfine\u201d."


def test_one_utf8_character_and_one_stray_byte_stay_utf8() -> None:
    # As many good UTF-8 characters as bad runs: read whole as Windows-1252, the `£`
    # would be mojibake (`Â£`); the stray `é` is read as Windows-1252 either way.
    data = "A bridge costing \u00a312 million for Mayor Ren".encode() + b"\xe9e Hale.\n"
    d = decode(data)
    assert d.encoding == "utf-8"
    assert d.text == "A bridge costing \u00a312 million for Mayor Ren\u00e9e Hale.\n"
    assert d.legacy == ((1, 43),)
    # Two stray bytes to the one character: Windows-1252, as before.
    more = data.replace(b"Hale", b"H\xe9le")
    assert decode(more).encoding == "cp1252"


@pytest.mark.parametrize("cut", [1, 2])
def test_plain_ascii_cut_mid_character_stays_utf8(cut: int) -> None:
    """With no other character beyond ASCII to vouch for UTF-8, the unfinished character
    at the very end still does: a cut file, not Windows-1252 (`waâ` would be mojibake)."""
    d = decode(b"The Senate voted on Tuesday. Putin wa" + "’".encode()[:cut])
    assert d.encoding == "utf-8"
    assert d.text.endswith("Putin wa\ufffd")


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x85"])
def test_a_file_broken_only_by_line_separators_reads_them_as_newlines(separator: str) -> None:
    d = decode(STORY.replace("\n", separator).encode())
    assert (d.text, d.newline) == (STORY, separator)
    # Beside real newlines, a separator is no line break (WC504 or WC503 reports it).
    mixed = STORY.replace("\n", separator) + "\nA last line.\n"
    assert decode(mixed.encode()).text == mixed


def test_cp1252_fallback() -> None:
    d = decode(STORY.encode("cp1252"))
    assert (d.text, d.encoding) == (STORY, "cp1252")


# Copy from an old Mac newsroom system: curly quotes, dashes and accented letters in Mac
# Roman, whose bytes read as Windows-1252 are `ÒyesÓ`, `donÕt`, `cafŽ`.
MAC_STORY = (
    "PARIS (AFP) – The minister said “yes” on Tuesday, but didn’t sign.\n"
    "Café owners in España and München — and in Bogotá — waited.\n"
)


@pytest.mark.parametrize("newline", ["\n", "\r"])
def test_mac_roman_is_told_from_cp1252(newline: str) -> None:
    story = MAC_STORY.replace("\n", newline)
    assert decode(story.encode("mac_roman")).encoding == "mac_roman"
    assert decode(story.encode("mac_roman")).text == MAC_STORY
    assert decode(story.encode("cp1252")).encoding == "cp1252"
    assert decode(story.encode("cp1252")).text == MAC_STORY


@pytest.mark.parametrize(
    "text",
    [
        "He paid £5 © 2024.\n",  # the same bytes either way: the common reading
        "The Senate voted — again.\n",  # one byte is no clear margin
        "Le président a dit «non» à la réforme, déjà.\n",
    ],
)
def test_cp1252_stays_cp1252_without_a_clear_sign_of_mac_roman(text: str) -> None:
    assert decode(text.encode("cp1252")).encoding == "cp1252"


def test_cp1252_undefined_bytes_do_not_fail() -> None:
    d = decode(b"caf\xe9 \x81 end")
    assert d.encoding == "cp1252"
    assert d.text == "café \x81 end"


@pytest.mark.parametrize(("newline", "name"), [("\r\n", "\r\n"), ("\r", "\r"), ("\n", "\n")])
def test_newlines(newline: str, name: str) -> None:
    d = decode(f"a{newline}b{newline}c".encode())
    assert d.text == "a\nb\nc"
    assert d.newline == name


@pytest.mark.parametrize(
    ("data", "why"),
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "PNG"),
        (b"%PDF-1.7 stuff", "PDF"),
        (bytes(600) + b"text", "mostly blocks of NUL bytes"),
        # the message gives the share, so a damaged story can be told from binary data
        (b"\x00\x01\x02\x03" * 50 + b"text", r"\d+% of its characters are control bytes"),
        (bytes([1, 2, 3, 4, 5, 6, 7, 8]) * 20 + b"text", "98% of its characters are control"),
        # a Word 97 file, an RTF file and a tar archive read as text would be rewritten
        # by `fix` as though they were stories
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100) + b"Ferry story", "legacy Office"),
        (b"{\\rtf1\\ansi {\\fonttbl}\\emdash  The ferry", "RTF"),
        (b"story.txt".ljust(257, b"\x00") + b"ustar\x0000" + b"Ferry story", "tar"),
    ],
)
def test_not_text(data: bytes, why: str) -> None:
    with pytest.raises(NotTextError, match=why):
        decode(data)


def test_a_few_framing_bytes_are_still_text() -> None:
    # ANPA and IPTC 7901 feeds carry SOH/STX/ETX/EOT around a story.
    d = decode(b"\x01\x02" + STORY.encode() + b"\x03\x04")
    assert "Senate" in d.text


def test_a_flipped_lead_byte_leaves_a_short_story_utf8() -> None:
    # One bad lead byte leaves its two continuation bytes bad too: one damaged character,
    # not three, against the story's three good ones (`“`, `”`, `é`).
    damaged = STORY.encode().replace("“".encode(), b"\xff\x80\x9c", 1)
    d = decode(damaged)
    assert d.encoding == "utf-8"
    assert "café"[:-1] in d.text and "yes”" in d.text


@pytest.mark.parametrize("padding", [40, 64, 2_000])
def test_nul_padding_after_the_story_is_still_text(padding: int) -> None:
    # A fixed-length record, or a copy cut short into a file allocated whole: the NULs
    # after the text are no sign of binary data, however many.
    d = decode(STORY.encode() + bytes(padding))
    assert d.encoding == "utf-8" and d.text.startswith(STORY)


def test_nuls_alone_are_not_text() -> None:
    with pytest.raises(NotTextError, match="nothing but NUL bytes"):
        decode(bytes(64))


@pytest.mark.parametrize("block", [512, 2_048])
def test_a_zeroed_block_inside_the_text_is_still_text(block: int) -> None:
    # A damaged disk or transfer zeroes whole sectors: the text around them is the story.
    story = (STORY + "\n") * 40
    cut = len(story) // 2
    d = decode(story[:cut].encode() + bytes(block) + story[cut:].encode())
    assert d.encoding == "utf-8" and "\x00" * block in d.text


def test_zeroed_blocks_that_outweigh_the_text_are_not_text() -> None:
    with pytest.raises(NotTextError, match="blocks of NUL bytes"):
        decode(STORY.encode() + bytes(4_096) + STORY.encode())
