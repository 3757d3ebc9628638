"""Finding words in copy, and what surrounds them.

Spelling checks see only plain words: runs of ASCII letters with inner apostrophes,
not touching digits or other letters (so ``5pm``, ``1990s``, ``COVID-19`` and ``café``
give no word to check) and not part of a dotted token (``U.S.``, ``example.org``).
URLs, email addresses, @handles, #hashtags, HTML tags and DOIs are blanked out first. Hyphenated
compounds give one word per part, so ``poorly-recieved`` is checked as ``poorly`` and
``recieved``.
"""

from __future__ import annotations

import re
from typing import Literal

from wirecheck.regexes import regex

# Typographic apostrophes and single quotes become ASCII (same length, so offsets hold).
# An invisible character inside a word (a soft hyphen, a zero-width space or joiner, a
# stray BOM) becomes a digit: the word's pieces then touch a word character and none is
# checked. `announce\u00adment` is one word split, not `announce` and a misspelt `ment`
# (whose fix, `meant`, would make it `announcemeant` once WC504 drops the soft hyphen).
# So does a character the decoding lost or garbled: U+FFFD (`caf\ufffd` is no misspelt
# `caf`, whose fix would give `calf\ufffd`) and the `√` of UTF-8 read as Mac Roman
# (`caf√©`).
# A combining accent (decomposed text: `nin\u0303o`) is part of its word as well.
_APOSTROPHES = str.maketrans(
    {"\u2019": "'", "\u2018": "'", "\u02bc": "'"}
    | dict.fromkeys("\u00ad\u200b\u200c\u200d\u2060\ufeff\ufffd\u221a", "0")
    | dict.fromkeys(map(chr, range(0x300, 0x370)), "0")
)
# A `?` between letters is a character a 7-bit conversion replaced (`Fran?ois`); in text
# that has one, a `?` that touches a letter may be one too (`caf? near`).
_LOST_INSIDE_RE = regex(r"[A-Za-z]\?[A-Za-z]")
_LOST_TOUCHING_RE = regex(r"(?<=[A-Za-z])\?|\?(?=[A-Za-z])")
# A word must not touch another word character, nor be part of a dotted token such as
# U.S, a.m or example.org (a dot with a word character on its far side).
BEFORE_WORD = r"(?<!\w)(?<!\w\.)"
AFTER_WORD = r"(?!\w)(?!\.\w)"
WORD_RE = regex(BEFORE_WORD + r"[A-Za-z]+(?:'[A-Za-z]+)*" + AFTER_WORD)
# The same without the boundary tests, three times faster: the words of a story are
# collected with it, and the few that need a look are then found with WORD_RE's
# boundaries (so a fragment such as "pm" of "5pm" is looked up but never reported).
SCAN_RE = regex(r"[A-Za-z]+(?:'[A-Za-z]+)*")
# Each pattern runs only when a cheap substring test says it may match.
_URL_RE = regex(r"(?:https?://|ftp://|www\.)\S+")
_EMAIL_RE = regex(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_TAG_RE = regex(r"(?<![\w@])[@#]\w+")  # @handles and #hashtags
# HTML a page's embed left in the text (`<a href="...">`, `</blockquote>`), and a paper's
# DOI (`doi: 10.17109/azh.69.4`): markup and identifiers, not words.
_HTML_RE = regex(r"</?[A-Za-z][A-Za-z0-9]{0,20}(?:\s[^<>\n]{0,500})?/?>")
_DOI_RE = regex(r"(?i:\bdoi):\s*10\.\S+")
# An HTML character reference written out in the text (`wasn&#8217;t`, `caf&eacute;`):
# the character it stands for joins the letters each side into one word, so it becomes
# word characters, and no piece (`wasn`, `caf`) is checked. WC506 reports it.
_REFERENCE_RE = regex(r"&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_MASK_CHAR = "\x00"
_OPENERS = frozenset("\"'([{\u201c\u00ab\x00 \t\n*_")
_SENTENCE_END = frozenset(".!?:;\u2014\u2013\u2026")
_CLOSERS = frozenset("\"')]}\u201d\u00bb")
_SIC_RE = regex(r"\s*[\[(](?i:sic)[\])]")

Shape = Literal["lower", "capitalised", "upper", "mixed"]


def prepare(text: str) -> str:
    """The text the tokenizer reads: apostrophes normalised, non-words blanked."""
    text = text.translate(_APOSTROPHES)
    if "&" in text and ";" in text:  # before #hashtags, which would take `#8217`
        text = _REFERENCE_RE.sub(_as_letter, text)
    if "?" in text and _LOST_INSIDE_RE.search(text):
        text = _LOST_TOUCHING_RE.sub("0", text)
    if "<" in text:  # before URLs, which would take a tag's closing quote and `>`
        text = _HTML_RE.sub(_blank, text)
    if "//" in text or "www." in text:
        text = _URL_RE.sub(_blank, text)
    if "@" in text:
        text = _EMAIL_RE.sub(_blank, text)
    if "@" in text or "#" in text:
        text = _TAG_RE.sub(_blank, text)
    if "oi:" in text or "OI:" in text:
        text = _DOI_RE.sub(_blank, text)
    return text


def _as_letter(match: re.Match[str]) -> str:
    return "0" * (match.end() - match.start())


def _blank(match: re.Match[str]) -> str:
    return _MASK_CHAR * (match.end() - match.start())


def shape(word: str) -> Shape:
    """``lower`` (don't), ``capitalised`` (Havana), ``upper`` (TASS) or ``mixed`` (iPhone)."""
    if word.islower():
        return "lower"
    if word.isupper():
        return "upper"
    if word[0].isupper() and (len(word) == 1 or word[1:].islower()):
        return "capitalised"
    return "mixed"


def sentence_start(text: str, start: int) -> bool:
    """Does the word at ``start`` open a sentence (or a block, a quote after a stop)?"""
    i = start - 1
    while i >= 0 and text[i] in _OPENERS:
        i -= 1
    if i < 0:
        return True
    while i > 0 and text[i] in _CLOSERS:  # a stop inside quotes: ...said." Next
        i -= 1
    ch = text[i]
    if ch in _SENTENCE_END:
        return True
    # "--" used as a dash (e.g. after a dateline)
    return ch == "-" and i > 0 and text[i - 1] == "-"


# Hyphen-minus, hyphen, non-breaking hyphen, and the en dash that joins compounds in
# much typeset copy (``Grace Jones–esque``).
HYPHENS = "-\u2010\u2011\u2013"
_HYPHEN_RE = regex(f"[{HYPHENS}]")


def parts(compound_text: str) -> list[str]:
    """The parts of a hyphenated compound."""
    return _HYPHEN_RE.split(compound_text)


def compound(text: str, start: int, end: int) -> tuple[int, int]:
    """Bounds of the hyphenated compound around a word (the word itself if none)."""
    lo = start
    while lo > 1 and text[lo - 1] in HYPHENS and (text[lo - 2].isalnum() or text[lo - 2] == "'"):
        lo -= 2
        while lo > 0 and (text[lo - 1].isalnum() or text[lo - 1] == "'"):
            lo -= 1
    hi = end
    while hi + 1 < len(text) and text[hi] in HYPHENS and text[hi + 1].isalnum():
        hi += 2
        while hi < len(text) and (text[hi].isalnum() or text[hi] == "'"):
            hi += 1
    return lo, hi


def in_name_compound(text: str, start: int, end: int) -> bool:
    """Is the word part of a hyphenated name such as Diaz-Canel, al-Assad or Jong-un?

    A compound is a name when one of its parts is capitalised other than the first
    part at the start of a sentence (``Anti-goverment`` opening a sentence is not).
    """
    lo, hi = compound(text, start, end)
    if lo == start and hi == end:
        return False
    pos = lo
    for part in parts(text[lo:hi]):
        if part and part[0].isupper() and not (pos == lo and sentence_start(text, lo)):
            return True
        pos += len(part) + 1
    return False


def dropped_g(text: str, end: int, word: str) -> bool:
    """``Takin'``, ``nothin'``: a dropped-g form written with its apostrophe."""
    return end < len(text) and text[end] == "'" and word.lower().endswith("in")


def marked_sic(text: str, end: int) -> bool:
    """Is the word followed by ``[sic]`` (or ``(sic)``)?"""
    return _SIC_RE.match(text, end) is not None


# Quotation marks English copy never uses for English: a quotation inside them is in the
# language they belong to (`« Des lits, pas des promesses »`, `„Wir haben genug“`).
_FOREIGN_QUOTES = (("«", "»"), ("„", "“”"), ("‚", "‘’"))


# A quotation is read back this far for its opening mark: a long line costs no more.
_QUOTE_REACH = 2000


def in_foreign_quote(text: str, start: int) -> bool:
    """Is the word inside a quotation opened with `«`, `„` or `‚` and not yet closed?"""
    reach = max(0, start - _QUOTE_REACH)
    for opening, closings in _FOREIGN_QUOTES:
        opened = text.rfind(opening, reach, start)
        if opened >= 0 and not any(text.find(c, opened, start) >= 0 for c in closings):
            return True
    return False


# A pronunciation guide in parentheses, as broadcast copy sets one after a name:
# `Luc Beaulieu (pron: lewk boh-LYUH')`, `Puerto La Cruz (pronounced: PWEHR'-toh lah KROOS)`.
_PRONOUNCER_RE = regex(r"\((?:pron(?:ounced)?\.?|say)\s*:?\s", re.IGNORECASE)
_PRONOUNCER_REACH = 80


def in_pronouncer(text: str, start: int) -> bool:
    """Is the word inside a pronunciation guide, whose syllables are spelled as said?"""
    opened = text.rfind("(", max(0, start - _PRONOUNCER_REACH), start)
    return (
        opened >= 0
        and text.find(")", opened, start) < 0
        and _PRONOUNCER_RE.match(text, opened) is not None
    )


def quoted(text: str, start: int, end: int) -> bool:
    """Is the word alone in quotes (``"zeugma,"``, 'psammophile'): a term being defined?"""
    before = text[start - 1] if start > 0 else ""
    if before not in "\"'\u201c":
        return False
    j = end
    while j < len(text) and text[j] in ",.;:!?":
        j += 1
    return j < len(text) and text[j] in "\"'\u201d"
