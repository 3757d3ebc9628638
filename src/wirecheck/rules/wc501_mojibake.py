"""WC501 mojibake: text garbled by a wrong decoding (`donâ€™t`, `cafÃ©`).

What it does
    Reports words whose characters are the bytes of UTF-8 text read as Windows-1252 or
    Latin-1 (`donâ€™t` for `don’t`, `cafÃ©` for `café`, `Â£5` for `£5`) or as Mac Roman
    (`don‚Äôt`, `caf√©`), and punctuation read as Greek or Cyrillic (`β€”`, `вЂ”` for
    `—`); and `í` read so once a page dropped its invisible second byte, a soft hyphen
    (`policÃa` for `policía`: `Ã` between lowercase letters). The repaired word
    is the suggestion. The repair is ftfy's (the maintained library for this), and a word
    is reported only when ftfy changes it, so accented words written correctly
    (`café’s`, `São Paulo`) are left alone. Every line of a text file is read, the lines
    the parser set aside too (garbled, a lede can read as a standfirst); in an agency feed,
    the story lines.

Why
    Mojibake comes from a file saved in one encoding and read in another, often twice
    over on its way through feeds and content systems. Readers see garbage, and search
    and spelling tools see words that do not exist.

Example
    ::

        "We donâ€™t forget our friends," Diaz-Canel said in the cafÃ©.

Use instead
    ::

        "We don’t forget our friends," Diaz-Canel said in the café.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterator

from wirecheck.model import Diagnostic
from wirecheck.patterns.mojibake import (
    CONTINUATION,
    MAC_ROMAN_PAIR,
    OTHER_PAGE_PUNCTUATION,
    PAIR,
)
from wirecheck.regexes import regex
from wirecheck.rules._text import capped, damage_lines, excerpt, joined_lines, word_bounds
from wirecheck.rules.base import Context, Example, Rule

# A UTF-8 lead byte and a continuation byte read as cp1252/Latin-1 (see
# ``patterns.mojibake``), or as Mac Roman. Only the word around such a pair goes to ftfy,
# which keeps clean copy cheap; `Â\u00a0` (a garbled no-break space) is found too.
_CANDIDATE_RE = regex(f"{PAIR}|{MAC_ROMAN_PAIR}|{OTHER_PAGE_PUNCTUATION}")
# A three-byte UTF-8 character of the punctuation and symbol blocks (U+2000-U+2FFF: `™`,
# `►`, `•`) read as Windows-1252: `â` and two more. ftfy leaves some alone in a short
# word (`100â„¢`); their bytes decode as UTF-8, strictly, to one symbol, which no run of
# real letters does.
# The same punctuation read as Greek or Cyrillic (`β€”`, `вЂ”` for `—`): ftfy leaves
# a dash alone in its word (`(AP)β€”`).
_SYMBOL_MOJIBAKE_RE = regex(f"\u00e2{CONTINUATION}{{2}}|(?:{OTHER_PAGE_PUNCTUATION}).")
_SYMBOL_PAGES = ("cp1252", "cp1253", "cp1251")


# `í` in UTF-8 read as Windows-1252 is `Ã` and a soft hyphen, which pages drop as the
# invisible character it is: `policÃa`, `PacÃfico`. Between lowercase letters `Ã` is no
# letter of a word in any language (Portuguese writes `ã` there), so it stands for `í`.
_LOST_SOFT_HYPHEN_RE = regex("(?<=[a-z])\u00c3(?=[a-z])")


def _symbol(match: re.Match[str]) -> str:
    for page in _SYMBOL_PAGES:
        try:
            char = match.group().encode(page).decode("utf-8")
        except UnicodeError:
            continue
        if unicodedata.category(char)[0] in "PS":
            return char
    return match.group()


def _repair(word: str) -> str:
    from ftfy import fix_encoding  # imported here: only garbled-looking copy pays for it

    fixed = fix_encoding(word)
    return _SYMBOL_MOJIBAKE_RE.sub(_symbol, fixed) if fixed == word else fixed


def _changed_part(word: str, fixed: str) -> tuple[int, int, str]:
    """The span of ``word`` that the repair changed, widened to whole letters and digits
    (`cafÃ©.` -> `cafÃ©`), and what replaces it (`café`)."""
    prefix = 0
    while prefix < min(len(word), len(fixed)) and word[prefix] == fixed[prefix]:
        prefix += 1
    suffix = 0
    while suffix < min(len(word), len(fixed)) - prefix and word[-1 - suffix] == fixed[-1 - suffix]:
        suffix += 1
    start, end = prefix, len(word) - suffix
    while start > 0 and word[start - 1].isalnum():
        start -= 1
    while end < len(word) and word[end].isalnum():
        end += 1
    return start, end, fixed[start : len(fixed) - (len(word) - end)]


def _words(ctx: Context, mark: re.Pattern[str]) -> Iterator[tuple[int, int, str]]:
    """(line number, where the word starts, the word) for each word holding the damage's
    mark, once a word."""
    for number in damage_lines(ctx, mark):
        line = ctx.line_text(number)
        done = 0  # words up to here were already read
        for match in mark.finditer(line):
            if match.start() < done:
                continue
            lo, hi = word_bounds(line, match.start(), match.end())
            done = hi
            yield number, lo, line[lo:hi]


def _diagnostic(number: int, lo: int, word: str, fixed: str, how: str = "") -> Diagnostic:
    start, end, replacement = _changed_part(word, fixed)
    return RULE.diagnostic(
        number,
        lo + start + 1,
        lo + end + 1,
        f"mojibake (text decoded with the wrong encoding{how}): `{excerpt(word)}` "
        f"reads `{excerpt(fixed)}`",
        (replacement,),
    )


def _findings(ctx: Context) -> Iterator[Diagnostic]:
    for number, lo, word in _words(ctx, _CANDIDATE_RE):
        fixed = _repair(word)
        if fixed != word:
            yield _diagnostic(number, lo, word, fixed)


def _lost_soft_hyphens(ctx: Context) -> Iterator[Diagnostic]:
    for number, lo, word in _words(ctx, _LOST_SOFT_HYPHEN_RE):
        if _CANDIDATE_RE.search(word):
            continue  # garbled otherwise too: reported with its whole repair above
        fixed = _LOST_SOFT_HYPHEN_RE.sub("\u00ed", word)
        yield _diagnostic(number, lo, word, fixed, ", its soft hyphen lost")


def check(ctx: Context) -> Iterator[Diagnostic]:
    # Every mark of mojibake holds a character outside ASCII, and a lost soft hyphen the
    # `Ã` itself: a test of the text's flag, or one scan in C for a literal, spares the
    # character-class searches (about 150 µs each on a story) on clean copy.
    text = joined_lines(ctx)
    if text.isascii():
        return iter(())
    soft = _lost_soft_hyphens(ctx) if "\u00c3" in text else ()
    return capped(itertools.chain(_findings(ctx), soft))


_HEAD = "Cuban leader visits Moscow\n\nMOSCOW, Nov. 2 (UPI) -- "

RULE = Rule(
    code="WC501",
    name="mojibake",
    severity="error",
    summary="Text garbled by a wrong decoding (`donâ€™t`, `cafÃ©`).",
    check=check,
    doc=__doc__ or "",
    examples=(
        Example(
            text=(
                _HEAD + '"We don’t forget our friends," Diaz-Canel said at a café’s terrace '
                "before flying on to São Paulo.\n"
            ),
            good=True,
        ),
        Example(
            text=_HEAD + '"We donâ€™t forget our friends," Diaz-Canel said in the cafÃ©.\n',
            good=False,
        ),
    ),
    fixable=True,
)
