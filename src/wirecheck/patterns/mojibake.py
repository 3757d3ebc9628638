"""What UTF-8 read as Windows-1252 (or Latin-1) looks like: the shared shapes of mojibake.

UTF-8 read as Mac Roman (a Mac's old default) has shapes of its own: `‚Äô` for `’`, `‚Äî`
for `—`, `√©` for `é` (the lead bytes read as `‚` and `√`).

A UTF-8 lead byte read that way is `Â`..`ô`; a continuation byte read the same way is a
C1 control, `¡`..`¿`, or one of the cp1252 letters and signs at 0x80-0x9F. The no-break
space is a continuation byte too, so `Â\\u00a0` (a garbled no-break space) is one.
"""

from __future__ import annotations

from wirecheck.regexes import regex

CONTINUATION = (
    "[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6"
    "\u02dc\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a"
    "\u20ac\u2122]"
)
# A lead byte and a continuation byte: `Ã©` for `é`, `â€` opening `’`.
PAIR = "[\u00c2-\u00f4]" + CONTINUATION
PAIR_RE = regex(PAIR)
CONTINUATION_RE = regex(CONTINUATION)
# A lead byte and a continuation byte read as Mac Roman: `‚Ä` opens the punctuation
# (`‚Äô`, `‚Äú`, `‚Äî`), `√` the accented Latin letters (`√©`, `√±`, `√º`).
MAC_ROMAN_PAIR = "\u201a\u00c4|\u221a[^\\s\\d]"
# UTF-8 punctuation (U+2000-U+206F: `’`, `—`, `“`) read as Greek or Cyrillic Windows code
# pages: lead and first continuation bytes read as `β€` (cp1253) or `вЂ` (cp1251), then
# a third character. Neither pair opens a word of either language.
OTHER_PAGE_PUNCTUATION = "\u03b2\u20ac|\u0432\u0402"

# What stands before the last byte of a punctuation mark's mojibake: `â€` (cp1252),
# `β€` (cp1253), `вЂ` (cp1251), or a lone `â` once the C1 byte between was dropped
# (`â”` for `—` read as Latin-1).
_PUNCTUATION_LEADS = ("\u00e2\u20ac", "\u03b2\u20ac", "\u0432\u0402")


def mojibake_tail(text: str, i: int) -> bool:
    """Whether the mark at ``text[i]`` (`”`, `“`, `™`) is the last character of a UTF-8
    punctuation mark's mojibake, not a mark of its own: WC501 reports the damage."""
    return text.startswith(_PUNCTUATION_LEADS, max(0, i - 2)) or (i > 0 and text[i - 1] == "\u00e2")
