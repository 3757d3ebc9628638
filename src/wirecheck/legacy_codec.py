"""Which single-byte legacy encoding a file that is not UTF-8 is in: Windows-1252 or Mac Roman.

Both map ASCII to itself and differ in every byte above it, and either decodes any byte,
so decoding cannot tell them apart; the text read each way can. Copy read in the wrong
one shows letters of the wrong case inside words (`donÕt`, `cafŽ`, `ÒYesÓ` from a Mac
file read as Windows-1252; `ìYesî` the other way round), dashes inside words
(`Espa–a`), control characters and signs no story uses. Each byte above ASCII, read each
way, scores +1 where its character fits its place, -1 where it does not; Mac Roman wins
only by a clear margin, since Windows-1252 is far more common (and ISO-8859-1 text reads
the same in it).
"""

from __future__ import annotations

import re
import unicodedata

# How many bytes above ASCII are scored: enough to tell, and a 100 MB file costs no more
# than a story.
_SAMPLE = 400
# Bytes on each side read to find the word a letter stands in.
_WINDOW = 24
# How many points Mac Roman must win by.
_MARGIN = 2

_OPENING = frozenset("\u2018\u201c")
_CLOSING = frozenset("\u201d")
_APOSTROPHE = "\u2019"
_EM_DASH, _EN_DASH = "\u2014", "\u2013"
# Signs a story does not use, which the other encoding's letters and quotes become.
_ODD = frozenset("¡¿¥ª∞ºΩ¬√∫≈∆∑∏π∂≠≤≥ƒˆ˜¸¯‰‹›¶Œœ‡†◊ﬁﬂ¤¦¨´ÐðÞþ")
_ONE_LETTER_WORDS = frozenset("àáéóÀ")
_HIGH_RE = re.compile(rb"[\x80-\xff]")


def _letter_fits(word: str) -> int:
    """+1 where ``word`` is cased as words are (lower or Capitalised), 0 where it is UPPER
    (`CAFÉ`, and `PARISÊ`: a no-break space read so), else -1."""
    if len(word) == 1:
        # A word of one accented letter: French `à`, Spanish `é`; `Ñ` or `Ò` alone is
        # a dash or a quote read as a letter, `É` an ellipsis.
        return 0 if word in _ONE_LETTER_WORDS else -1
    if word.isupper():
        return 0
    if word.islower() or (word[0].isupper() and word[1:].islower()):
        return 1
    return -1


def _fits(text: str, at: int) -> int:
    """+1 where the character at ``at`` fits its place in ``text``, -1 where it does not,
    0 where either may be."""
    char = text[at]
    before = text[at - 1] if at else " "
    after = text[at + 1] if at + 1 < len(text) else " "
    if char in _ODD or unicodedata.category(char) in ("Cc", "Co"):
        return -1
    if char.isalpha():
        start, end = at, at + 1
        while start and text[start - 1].isalpha():
            start -= 1
        while end < len(text) and text[end].isalpha():
            end += 1
        return _letter_fits(text[start:end])
    if char == _APOSTROPHE:
        return 1 if before.isalnum() or after.isalnum() or before in ".,!?" else -1
    if char in _OPENING:
        return 1 if not before.isalnum() and not after.isspace() else -1
    if char in _CLOSING:
        return 1 if not after.isalnum() and not before.isspace() else -1
    if char == _EM_DASH:
        return 1  # spaced, or set closed between words as US copy does (`world—and`)
    if char == _EN_DASH:
        return 0 if before.isalpha() and after.isalpha() else 1
    return 0


def _score(data: bytes, positions: list[int], encoding: str) -> int:
    total = 0
    for at in positions:
        start = max(0, at - _WINDOW)
        window = data[start : at + _WINDOW + 1].decode(encoding, errors="wirecheck-latin1")
        total += _fits(window, at - start)
    return total


def legacy_codec(data: bytes) -> str:
    """``mac_roman`` when ``data`` reads clearly better so than as ``cp1252``, else
    ``cp1252``."""
    positions = []
    for found in _HIGH_RE.finditer(data):
        positions.append(found.start())
        if len(positions) == _SAMPLE:
            break
    mac = _score(data, positions, "mac_roman")
    windows = _score(data, positions, "cp1252")
    return "mac_roman" if mac >= windows + _MARGIN else "cp1252"
