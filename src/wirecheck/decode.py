"""Bytes to text: the first stage of the pipeline.

Wire copy arrives as UTF-8 (with or without a BOM), as UTF-16 (or, rarely, UTF-32) from
Windows tools, and as Windows-1252 (or, from old Mac newsroom systems, Mac Roman) from
legacy archives. We try those in that order and record which one worked, so that ``fix``
can write the file back the way it came. UTF-8 with some bytes that are not is read as
UTF-8, the stray bytes as Windows-1252 where they read as its text (``Decoded.legacy``
says where), else as U+FFFD; a file whose only line breaks are U+2028, U+2029 or NEL has
them read as its newlines.
"""

from __future__ import annotations

import codecs
import re
from typing import NamedTuple

from wirecheck.regexes import regex

# Leading bytes of the binary formats people most often feed a text tool by mistake.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "an executable"),
    (b"RIFF", "a RIFF media file"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a legacy Office document (.doc, .xls, .msg)"),
    (b"{\\rtf", "an RTF document (save it as plain text)"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
)
# A tar archive says so at byte 257, under its first member's header.
_TAR_MAGIC_AT = 257
_TAR_MAGIC = b"ustar"

# Above this share of unprintable characters a file is not text, whatever its encoding.
# Real copy, even damaged, stays far below it; the ANPA and IPTC 7901 framing bytes
# (SOH, STX, ETX, EOT, SYN) are a handful per story. Random bytes (compressed or encrypted
# data with no magic number to tell it) hold about 11% C0 controls, just above it.
_UNPRINTABLE_LIMIT = 0.10

# C0 and C1 control characters other than the whitespace ones text may hold (tab, newline,
# vertical tab, form feed, carriage return).
STRAY_CONTROL_RE = regex("[\x00-\x08\x0e-\x1f\x7f-\x9f]")

# The C1 controls that are Windows-1252's punctuation read as Latin-1 (`Biden\x92s` is
# `Biden’s` from a cp1252 file decoded as ISO-8859-1 and saved as UTF-8): the parser reads
# them as that punctuation where it fits its place (``read_c1``), and WC503 offers it as
# the fix. Only the marks English copy uses; any other C1 control, or one where its mark
# would not stand (a quote opening after a letter), is damage and is dropped as before:
# a stray byte inside a word (`a\x9bssociated`) must not become a character.
_C1_MARKS = {
    0x91: "\u2018", 0x92: "\u2019", 0x93: "\u201c", 0x94: "\u201d",
    0x96: "\u2013", 0x97: "\u2014", 0x80: "\u20ac", 0x99: "\u2122", 0x95: "\u2022",
}  # fmt: skip


def _c1_fits(code: int, before: str, after: str) -> bool:
    """Whether the cp1252 mark for C1 ``code`` fits between ``before`` and ``after``."""
    if code == 0x92:  # `’`: an apostrophe in a word, or a closing quote (`Voice:’`)
        return before.isalnum() or after.isalnum() or (before in ".,:;!?" and before != "")
    if code == 0x91:  # `‘`: opens a quote or an elision (`‘80s`)
        return not before.isalnum() and after.isalnum()
    if code == 0x93:  # `“`: opens a quote
        return not before.isalnum() and not after.isspace() and after != ""
    if code == 0x94:  # `”`: closes one
        return not after.isalnum() and not before.isspace() and before != ""
    if code == 0x96:  # `–`: between numbers, or spaced
        return not (before.isalpha() and after.isalpha())
    if code == 0x97:  # `—`: spaced, or set close between words
        return True
    if code == 0x80:  # `€`: before an amount
        return after.isdigit()
    if code == 0x95:  # `•`: a separator between spaces
        return not before.strip() and not after.strip()
    return code == 0x99 and before.isalpha() and not after.isalnum()  # `™` after a name


def read_c1(text: str) -> str:
    """``text`` with each C1 control that is Windows-1252 punctuation read as Latin-1, and
    fits its place, read as that punctuation (one character for one); the rest as is."""
    out = list(text)
    for i, ch in enumerate(text):
        code = ord(ch)
        if code in _C1_MARKS:
            before = text[i - 1] if i else ""
            after = text[i + 1] if i + 1 < len(text) else ""
            if _c1_fits(code, before, after):
                out[i] = _C1_MARKS[code]
    return "".join(out)


class NotTextError(ValueError):
    """The input is not text (binary data, an image, ...); the message says why."""


class Decoded(NamedTuple):
    """Decoded input: text with every newline turned into ``\\n``.

    A NamedTuple: the command line creates this class at every start, and a dataclass
    costs ~0.5 ms to create (it compiles its methods), a NamedTuple a fifth of that."""

    text: str
    encoding: str
    newline: str
    # (line, column), 1-based, of each run of bytes in UTF-8 input that is not UTF-8 and
    # was read as Windows-1252 (a legacy paragraph pasted into UTF-8 copy).
    legacy: tuple[tuple[int, int], ...] = ()

    @property
    def lines(self) -> list[str]:
        return self.text.split("\n")


def _latin1_fallback(error: UnicodeError) -> tuple[str, int]:
    # cp1252 leaves five bytes undefined; Latin-1 maps them to C1 controls, which the
    # control-character check then reports, instead of the whole decode failing.
    assert isinstance(error, UnicodeDecodeError)
    return error.object[error.start : error.end].decode("latin-1"), error.end


codecs.register_error("wirecheck-latin1", _latin1_fallback)


def _detect_newline(text: str) -> str:
    crlf = text.count("\r\n")
    cr = text.count("\r") - crlf
    lf = text.count("\n") - crlf
    counts = {"\r\n": crlf, "\n": lf, "\r": cr}
    best = max(counts, key=lambda k: counts[k])
    return best if counts[best] else "\n"


# UTF-16 written without a byte order mark: in English copy nearly every other byte is NUL.
_WIDE_SAMPLE = 4096
_WIDE_NUL_SHARE = 0.4


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` when the NULs fall on every other byte, else None."""
    sample = data[:_WIDE_SAMPLE]
    half = len(sample) // 2
    if half < 2 or b"\x00" not in sample:
        return None
    if sample[1::2].count(0) >= _WIDE_NUL_SHARE * half > sample[0::2].count(0):
        return "utf-16-le"
    if sample[0::2].count(0) >= _WIDE_NUL_SHARE * half > sample[1::2].count(0):
        return "utf-16-be"
    return None


def wide_without_bom(data: bytes) -> str | None:
    """The UTF-32 or UTF-16 codec (``-le`` or ``-be``) of text written without a byte
    order mark, told by where its NULs fall; None for other text."""
    return _utf32_without_bom(data) or _utf16_without_bom(data)


def _utf32_without_bom(data: bytes) -> str | None:
    """``utf-32-le`` or ``utf-32-be`` when three NULs in four fall where UTF-32 puts them
    (English copy in UTF-32 is three NULs to a letter), else None."""
    sample = data[: _WIDE_SAMPLE - _WIDE_SAMPLE % 4]
    quarter = len(sample) // 4
    if quarter < 2 or b"\x00\x00" not in sample:
        return None
    # A character's two high bytes are NUL (all of the Basic Multilingual Plane); its
    # lowest byte is NUL only for a NUL.
    share = 2 * _WIDE_NUL_SHARE * quarter
    lowest_le, lowest_be = sample[0::4].count(0), sample[3::4].count(0)
    if sample[2::4].count(0) + sample[3::4].count(0) >= share * 2 and lowest_le < share:
        return "utf-32-le"
    if sample[0::4].count(0) + sample[1::4].count(0) >= share * 2 and lowest_be < share:
        return "utf-32-be"
    return None


# A UTF-8 multi-byte character; Windows-1252 text almost never forms one (its accented
# letters sit between ASCII letters, its quotes and dashes are lone continuation bytes).
# Compiled only for input that is not valid UTF-8 (re caches it): it costs 1-2 ms a start.
_UTF8_CHAR = rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"


# A character of three or four bytes (a curly quote, a dash, most non-Latin scripts):
# Windows-1252 text forms one only when it holds mojibake already (`â€™`), itself UTF-8.
_UTF8_WIDE_CHAR = rb"[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"


def _damaged_utf8(data: bytes) -> bool:
    """Is this UTF-8 with a few bad bytes (as many good multi-byte characters as runs of
    bad bytes, or more)? Runs, not bytes: one flipped lead byte leaves its two continuation
    bytes bad too, and three bad bytes would outweigh the three curly quotes of a short
    story. On a tie (one `£` and one stray `\xe9`) UTF-8 wins: Windows-1252 text forms a
    UTF-8 character only by a capital accented letter before a symbol, and read so the
    character would be mojibake (`Â£`); the stray byte is read as Windows-1252 either way."""
    rest, chars = re.subn(_UTF8_CHAR, b" ", data)
    return chars >= len(re.findall(rb"[\x80-\xff]+", rest))


# The five bytes Windows-1252 leaves undefined: never its text (``fix`` writes them back
# as the Latin-1 controls decoding read them as).
CP1252_HOLES = b"\x81\x8d\x8f\x90\x9d"


# The bytes that were not UTF-8, escaped one by one by ``surrogateescape`` (compiled
# only for such input, as ``_UTF8_CHAR``).
_ESCAPED = "[\udc80-\udcff]+"


def _legacy_run(run: bytes) -> bool:
    """Whether a run of bytes that are not UTF-8 reads as Windows-1252 text: one byte (an
    accented letter or curly quote between ASCII: `caf\xe9`, `\x93Yes`), or letters only
    (`a\xe7\xe3o`). A run with a continuation byte beside another byte is what is left of
    a UTF-8 character that lost a byte: it is reported lost (U+FFFD), not read."""
    if any(b in CP1252_HOLES for b in run):
        return False
    return len(run) == 1 or all(b >= 0xC0 for b in run)


def _cut_short(run: bytes) -> bool:
    """Whether ``run`` is the start of a UTF-8 character: what a cut leaves at the end."""
    need = 2 if 0xC2 <= run[0] <= 0xDF else 3 if 0xE0 <= run[0] <= 0xEF else 4
    return 0xC2 <= run[0] <= 0xF4 and len(run) < need and all(0x80 <= b <= 0xBF for b in run[1:])


def _mixed(text: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """``text`` (UTF-8 decoded with ``surrogateescape``, newlines normalised) with each run
    of escaped bytes read as Windows-1252 when it looks like it, else as U+FFFD; and the
    (line, column) of each run read so. A character cut short at the very end (a
    truncated file) is lost."""
    out: list[str] = []
    legacy: list[tuple[int, int]] = []
    done = 0
    length = 0  # characters written to ``out`` so far
    line, line_start = 1, 0  # of the output, for the positions
    for found in re.finditer(_ESCAPED, text):
        before = text[done : found.start()]
        out.append(before)
        newlines = before.count("\n")
        if newlines:
            line += newlines
            line_start = length + before.rindex("\n") + 1
        length += len(before)
        run = found.group().encode("utf-8", "surrogateescape")
        cut = found.end() == len(text) and _cut_short(run)
        if _legacy_run(run) and not cut:
            legacy.append((line, length - line_start + 1))
            read = run.decode("cp1252", errors="wirecheck-latin1")
        else:
            read = run.decode("utf-8", errors="replace")
        out.append(read)
        length += len(read)
        done = found.end()
    out.append(text[done:])
    return "".join(out), tuple(legacy)


def _cut_mid_character(data: bytes, error: UnicodeDecodeError) -> bool:
    """Is this UTF-8 whose only flaw is its last character, cut short (a truncated file)?
    Its first bad byte starts the unfinished character at the very end; Windows-1252
    text ends so only by chance, with a lead byte (`Ã`) and nothing valid after it."""
    return error.reason == "unexpected end of data" and error.end == len(data)


def decode(data: bytes) -> Decoded:
    """Decode raw input bytes.

    Raises ``NotTextError`` when the bytes are not text at all.
    """
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise NotTextError(f"not text: looks like {what}")
    if data.startswith(_TAR_MAGIC, _TAR_MAGIC_AT):
        raise NotTextError("not text: looks like a tar archive")
    if data.startswith(codecs.BOM_UTF8):
        text, encoding = data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    elif data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        # Before UTF-16: UTF-32's little-endian mark opens with UTF-16's.
        text, encoding = data.decode("utf-32", errors="replace"), "utf-32"
    elif (wide32 := _utf32_without_bom(data)) is not None:
        text, encoding = data.decode(wide32, errors="replace"), wide32
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text, encoding = data.decode("utf-16", errors="replace"), "utf-16"
    elif (wide := _utf16_without_bom(data)) is not None:
        text, encoding = data.decode(wide, errors="replace"), wide
    else:
        # A stray NUL (record padding in old archives, a damaged transfer) is one more
        # control character in text; binary data has so many that the share test below
        # rejects it.
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError as error:
            utf8 = _cut_mid_character(data, error) or _damaged_utf8(data)
            if utf8 or re.search(_UTF8_WIDE_CHAR, data):
                # UTF-8 copy with bytes that are not (cut mid-character, a flipped byte, a
                # paragraph pasted from a Windows-1252 file): read whole as Windows-1252,
                # every good accented letter and curly quote would turn to mojibake. A
                # stray byte that reads as Windows-1252 text is read so (WC505 reports
                # where); what is left of a broken character becomes U+FFFD (WC502). A
                # file mostly of such bytes is Windows-1252 with some UTF-8 in it (or
                # its mojibake, which is UTF-8's bytes): read the same way, named so.
                escaped = data.decode("utf-8", errors="surrogateescape")
                _checked(escaped)
                newline = _detect_newline(escaped)
                escaped = escaped.replace("\r\n", "\n").replace("\r", "\n")
                text, legacy = _mixed(escaped)
                encoding = "utf-8" if utf8 else "cp1252"
                return Decoded(text=text, encoding=encoding, newline=newline, legacy=legacy)
            from wirecheck.legacy_codec import legacy_codec  # only legacy input needs it

            encoding = legacy_codec(data)
            text = data.decode(encoding, errors="wirecheck-latin1")
    _checked(text)
    newline = _detect_newline(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\n" not in text and (separator := _only_separator(text)):
        # Lines broken only by U+2028, U+2029 or NEL (a layout tool's export, an EBCDIC
        # conversion): they are the file's newlines, as `\r` is a Mac file's.
        return Decoded(text=text.replace(separator, "\n"), encoding=encoding, newline=separator)
    return Decoded(text=text, encoding=encoding, newline=newline)


# Line breaks other than CR and LF, which a file may use as its only ones.
LINE_SEPARATORS = ("\u2028", "\u2029", "\x85")


def _only_separator(text: str) -> str | None:
    """The separator a text with no CR or LF breaks its lines with, if any (the most used)."""
    counts = [(text.count(mark), mark) for mark in LINE_SEPARATORS if mark in text]
    return max(counts)[1] if counts else None


def _checked(text: str) -> None:
    """Raises ``NotTextError`` if ``text`` is not text.

    NULs padding out the end (a record's fixed length, a copy cut short into a file
    allocated whole) are no sign of binary data: the share is of what comes before them.
    Nor is a block of NULs inside the text, where a damaged disk or transfer zeroed a
    sector, as long as the text around the blocks outweighs them. A file of NULs alone is
    not text."""
    if text:
        core = text.rstrip("\x00")
        if _NUL_BLOCK in core:
            holes = len(core)
            core = _NUL_BLOCK_RE.sub("", core)
            holes -= len(core)
            if holes > len(core):
                raise NotTextError("not text: mostly blocks of NUL bytes")
        if not core:
            raise NotTextError("not text: nothing but NUL bytes")
        unprintable = len(STRAY_CONTROL_RE.findall(core))
        if unprintable / len(core) > _UNPRINTABLE_LIMIT:
            # The share, so a damaged story refused can be told from a binary file.
            share = round(100 * unprintable / len(core))
            raise NotTextError(f"not text: {share}% of its characters are control bytes")


# A run of NULs this long is a zeroed block (disks and transfers lose 512 bytes and up),
# not a control character of the text's own.
_NUL_BLOCK_LENGTH = 32
_NUL_BLOCK = "\x00" * _NUL_BLOCK_LENGTH
_NUL_BLOCK_RE = regex(f"\x00{{{_NUL_BLOCK_LENGTH},}}")
