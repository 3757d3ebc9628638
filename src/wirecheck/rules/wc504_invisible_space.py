"""WC504 invisible-space: a zero-width character or a no-break space in the story text.

What it does
    Reports, on headline, body and caption lines, characters that look like a space or
    like nothing at all: the no-break spaces (U+00A0, U+202F, U+2007), the zero-width space
    (U+200B), word joiner (U+2060), byte order mark inside the text (U+FEFF), soft hyphen
    (U+00AD), the line and paragraph separators (U+2028, U+2029), and the zero-width
    joiner and non-joiner (U+200D, U+200C) and the direction marks (U+200E, U+200F,
    U+061C, U+202A to U+202E, U+2066 to U+2069) where they join plain Latin text; in
    emoji sequences and in scripts that need them they are left alone. A separator is a space
    as the parser reads it, and the fix writes one, but not between two letters, where it
    may split a word (`Pu\\u2028tin`): that one is left to a person. A no-break space in
    French spacing (before `;:!?»`, after `«`) is left alone, and so is the dateline
    (AFP's web copy writes `PARIS (AFP) –` with no-break spaces around the dash); `Â` +
    no-break space is left to WC501 mojibake. A run of them is one finding.

Why
    They come in with copy pasted from web pages, word processors and PDFs. Readers do
    not see them, but they stop search and spell checkers from matching words, break
    lines in odd places, and survive into every system downstream.

Example
    A zero-width space after `met` and a no-break space after `Putin`::

        Putin\\u00a0met\\u200b Diaz-Canel in Moscow.

Use instead
    ::

        Putin met Diaz-Canel in Moscow.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from wirecheck.model import Diagnostic
from wirecheck.regexes import regex
from wirecheck.rules._text import capped, character_lines, joined_lines
from wirecheck.rules.base import Context, Example, Rule

_NAMES = {
    "\u00a0": "no-break space",
    "\u202f": "narrow no-break space",
    "\u2007": "figure space",
    "\u200b": "zero-width space",
    "\u2060": "word joiner",
    "\ufeff": "byte order mark",
    "\u00ad": "soft hyphen",
    "\u200c": "zero-width non-joiner",
    "\u200d": "zero-width joiner",
    # Unicode's own line breaks, which JSON and CMS exports carry inside a paragraph; most
    # editors show nothing, the parser reads a space.
    "\u2028": "line separator",
    "\u2029": "paragraph separator",
    # Direction marks and embeddings: right-to-left text needs them, Latin text does not
    # (pasted from a bilingual page, they hide a byline or a dateline from search).
    "\u200e": "left-to-right mark",
    "\u200f": "right-to-left mark",
    "\u061c": "Arabic letter mark",
    "\u202a": "left-to-right embedding",
    "\u202b": "right-to-left embedding",
    "\u202c": "pop directional formatting",
    "\u202d": "left-to-right override",
    "\u202e": "right-to-left override",
    "\u2066": "left-to-right isolate",
    "\u2067": "right-to-left isolate",
    "\u2068": "first strong isolate",
    "\u2069": "pop directional isolate",
}
_INVISIBLE_RE = regex("[" + "".join(_NAMES) + "]+")
# Blanks and zero-width characters at the start of a line.
_LEAD_RE = regex("[ \t" + "".join(_NAMES) + "]+")
_SPACES = frozenset("\u00a0\u202f\u2007")
# Left alone unless they join plain Latin text (emoji, Indic, Persian, Arabic, Hebrew).
_JOINERS = frozenset(
    "\u200c\u200d\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
_SEPARATORS = frozenset("\u2028\u2029")
_SPACE_LIKE = _SPACES | _SEPARATORS
# French typography puts a no-break space before these and after `«`.
_FRENCH_BEFORE = frozenset(";:!?»")
_FRENCH_AFTER = frozenset("«")
_MOJIBAKE_NBSP_LEAD = "Â"


def _left_alone(line: str, start: int, end: int, run: str) -> bool:
    before = line[start - 1] if start else " "
    after = line[end] if end < len(line) else " "
    if set(run) <= _SPACES:
        return (
            after in _FRENCH_BEFORE or before in _FRENCH_AFTER or before == _MOJIBAKE_NBSP_LEAD
        )
    if set(run) <= _JOINERS:
        return not (before.isascii() and after.isascii())  # emoji, Indic, Persian
    return False


def _suggestions(line: str, start: int, end: int, run: str) -> tuple[str, ...]:
    chars = set(run)
    if chars <= _SPACES:
        return (" ",)
    if chars <= _SPACE_LIKE:
        # A line break between words is a space; inside a word (`Pu\u2028tin`) it may be
        # damage or a break that lost its space: a person decides.
        inside = start > 0 and end < len(line) and line[start - 1].isalnum() and line[end].isalnum()
        return () if inside else (" ",)
    if chars == {"\u00ad"} and not line[end:].strip():
        # A soft hyphen that ends a line marks the word broken there (`concentra\u00ad` /
        # `tor`): deleted, the line break alone would read as a space between two halves.
        return ()
    return ("",)


def _word_near(line: str, start: int, end: int) -> str:
    before = line[:start].split()
    if before:
        return f"after `{before[-1][-30:]}`"
    after = line[end:].split()
    return f"before `{after[0][:30]}`" if after else "on an otherwise empty line"


def _before_dateline(ctx: Context) -> Iterator[tuple[int, str, re.Match[str]]]:
    """The zero-width characters that open the dateline's line (a BOM where two files were
    joined, a page's zero-width space): the parser reads past them, and the text lines
    start after the dateline, so they are looked for here."""
    if ctx.story.dateline is None:
        return
    number = ctx.story.dateline.line
    line = ctx.line_text(number)
    lead = _LEAD_RE.match(line)
    if lead is not None:
        for match in _INVISIBLE_RE.finditer(line, 0, lead.end()):
            if not set(match.group()) <= _SPACES:
                yield number, line, match


def _findings(ctx: Context) -> Iterator[Diagnostic]:
    # Both sources below search input lines with _INVISIBLE_RE, whose class excludes the
    # newline: with no match in the joined lines, neither finds anything.
    # Every character it looks for is outside ASCII: clean ASCII copy (a flag test) is
    # spared the search.
    text = joined_lines(ctx)
    if text.isascii() or _INVISIBLE_RE.search(text) is None:
        return
    # Keyed by place: a line whose text starts at its first column is read by both.
    found = {
        (number, match.start()): (number, line, match)
        for number, line, match in (
            *_before_dateline(ctx),
            *(
                (number, line, match)
                for number, line, text_start in character_lines(ctx)
                for match in _INVISIBLE_RE.finditer(line, text_start)
            ),
        )
    }
    for _, (number, line, match) in sorted(found.items()):
        start, end, run = match.start(), match.end(), match.group()
        if _left_alone(line, start, end, run):
            continue
        kinds = ", ".join(
            dict.fromkeys(f"{_NAMES[c]} (U+{ord(c):04X})" for c in run)
        )
        yield RULE.diagnostic(
            number,
            start + 1,
            end + 1,
            f"invisible character: {kinds} {_word_near(line, start, end)}",
            _suggestions(line, start, end, run),
        )


def check(ctx: Context) -> Iterator[Diagnostic]:
    return capped(_findings(ctx))


_HEAD = "Cuban leader visits Moscow\n\nMOSCOW, Nov. 2 (UPI) -- "

RULE = Rule(
    code="WC504",
    name="invisible-space",
    severity="warning",
    summary="A zero-width character or a no-break space in the story text.",
    check=check,
    doc=__doc__ or "",
    examples=(
        Example(
            text=_HEAD + "Putin met Diaz-Canel in Moscow, where fans cheered 👩\u200d💻.\n",
            good=True,
        ),
        Example(
            text=_HEAD + "Putin\u00a0met\u200b Diaz-Canel in Moscow on Friday.\n",
            good=False,
        ),
    ),
    fixable=True,
)
