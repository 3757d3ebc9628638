"""WC502 replacement-character: a `�` (U+FFFD) where a character was lost.

What it does
    Reports each run of U+FFFD REPLACEMENT CHARACTER. A decoder writes it for bytes it
    could not read, so the character that stood there is gone. Every line of a text file
    is read, the lines the parser set aside too (a paragraph cut mid-character often reads
    as chrome); in an agency feed, the story lines. A `?` between two letters, a
    lower-case one after it (`Mart?nez`, `union?s`), is reported too: what a conversion to
    ASCII or Latin-1 writes for a character it cannot hold (not in a web address). So is
    a PDF's glyph code (`(cid:146)`), which a text extractor writes for a glyph its font
    maps to no character.

Why
    The damage happened before this file: somewhere upstream, text was decoded with the
    wrong encoding and the unreadable bytes were replaced. The original character cannot
    be recovered from this copy; it has to come from the source.

Example
    ::

        Diaz-Canel met the Russian prime minister at the Kremlin�s Grand Palace.

Use instead
    ::

        Diaz-Canel met the Russian prime minister at the Kremlin’s Grand Palace.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from itertools import chain

from wirecheck.model import Diagnostic
from wirecheck.regexes import regex
from wirecheck.rules._text import capped, damage_lines, joined_lines, word_bounds
from wirecheck.rules.base import Context, Example, Rule

_REPLACEMENT_RE = regex("\ufffd+")
# A `?` a conversion to ASCII or Latin-1 wrote for a letter it had no byte for: between two
# letters, a lower-case one after (`Mart?nez`, `union?s`). A question runs on with a
# space or a capital (`what?No` is WC405's).
_LOST_QUESTION_RE = regex(r"(?<=[A-Za-z])\?(?=[a-z])")
# A web address or a code holds `?` between letters by design (`page?id=3`).
_ADDRESS_MARKS = ("/", "=", "@", "www", "http")


def _marks(
    ctx: Context,
    pattern: re.Pattern[str],
    say: Callable[[str, re.Match[str], str], str | None],
) -> Iterator[Diagnostic]:
    """A finding for each match of ``pattern`` on the lines it damages, worded by ``say``
    (the line, the match, the word around it), which may pass one over (None)."""
    for number in damage_lines(ctx, pattern):
        line = ctx.line_text(number)
        for match in pattern.finditer(line):
            lo, hi = word_bounds(line, match.start(), match.end(), window=24)
            message = say(line, match, line[lo:hi])
            if message is not None:
                yield RULE.diagnostic(number, match.start() + 1, match.end() + 1, message)


def _replacement(line: str, match: re.Match[str], word: str) -> str:
    count = len(match.group())
    what = "a character was" if count == 1 else f"{count} characters were"
    return f"replacement character `\ufffd` in `{word}`: {what} lost in decoding"


def _question_mark(line: str, match: re.Match[str], word: str) -> str | None:
    token_lo = line.rfind(" ", 0, match.start()) + 1
    token_hi = line.find(" ", match.end())
    token = line[token_lo : token_hi if token_hi >= 0 else len(line)]
    if any(mark in token for mark in _ADDRESS_MARKS):
        return None
    return f"`?` in `{word}`: a character was lost in a conversion to ASCII or Latin-1"


# A PDF's glyph code: pdfminer and the tools built on it write `(cid:N)` for a glyph its
# font maps to no character. The number is the font's, so the character is not told.
_GLYPH_CODE_RE = regex(r"\(cid:\d{1,5}\)")


def _glyph_code(line: str, match: re.Match[str], word: str) -> str:
    return (
        f"PDF glyph code `{match.group()}` in `{word}`: a character was lost when the text "
        "was taken out of a PDF"
    )


def check(ctx: Context) -> Iterator[Diagnostic]:
    text = joined_lines(ctx)
    return capped(
        chain(
            _marks(ctx, _REPLACEMENT_RE, _replacement) if "\ufffd" in text else (),
            _marks(ctx, _LOST_QUESTION_RE, _question_mark) if "?" in text else (),
            _marks(ctx, _GLYPH_CODE_RE, _glyph_code) if "(cid:" in text else (),
        )
    )


_HEAD = "Cuban leader visits Moscow\n\nMOSCOW, Nov. 2 (UPI) -- "

RULE = Rule(
    code="WC502",
    name="replacement-character",
    severity="error",
    summary="A `\ufffd` (U+FFFD) where a character was lost.",
    check=check,
    doc=__doc__ or "",
    examples=(
        Example(
            text=_HEAD + "Diaz-Canel met the prime minister at the Kremlin’s Grand Palace.\n",
            good=True,
        ),
        Example(
            text=_HEAD + "Diaz-Canel met the prime minister at the Kremlin\ufffds Grand Palace.\n",
            good=False,
        ),
    ),
)
