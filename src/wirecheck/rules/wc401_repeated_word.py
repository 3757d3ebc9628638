"""WC401 repeated-word: the same word twice in a row (`the the`).

What it does
    Reports a word written twice with only a space between (`met with with officials`),
    in the headline and the body. Left alone: repeats that are grammatical or idiomatic
    (`had had`, `that that`, `is is`, `bye bye`), repeats whose second word is capitalised
    (names such as `Bora Bora`, `Duran Duran`) unless both are a capitalised function
    word no name is made of (`received His His Highness`), an exclamation (`woop woop!`), repeats
    split by punctuation (`very, very`, `so-so`), a repeat across a line break when the
    first line is a short heading, and a doubled letter in letter-spaced text (`9 o t t`,
    in a paragraph of mostly single characters). A preposition doubled is left alone only where a
    clause strands the first (`the team he worked with with the most`: a subject a word
    or two before it); `met with with officials` is reported.

Why
    A doubled word is the commonest slip of editing on screen: a phrase retyped, a word
    left behind by a cut. Spell checkers miss it because each word is spelt right.

Example
    ::

        Putin was invited to visit the the island next year.

Use instead
    ::

        Putin was invited to visit the island next year.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from wirecheck.model import Diagnostic
from wirecheck.patterns.stopwords import STOPWORDS
from wirecheck.regexes import regex
from wirecheck.rules._text import (
    capped,
    is_english,
    passages,
    span_diagnostic,
)
from wirecheck.rules.base import Context, Example, Rule
from wirecheck.spelling.text import in_foreign_quote

# A word (letters, inner apostrophes) and the same word again after one space, in any
# case. Possessive quantifiers keep it linear on a 2 MB run of letters.
_REPEAT_RE = regex(
    r"(?<![^\W\d_])(?P<word>[^\W\d_]++(?:['’][^\W\d_]++)*+) (?P<again>(?P=word))"
    r"(?!['’]?[^\W\d_])",
    re.IGNORECASE,
)

# The same for ASCII text, where a letter is [A-Za-z] and there is no `’` (``str.isascii``
# is a flag test): it finds exactly the same repeats, and scans faster.
_ASCII_REPEAT_RE = regex(
    r"(?<![A-Za-z])(?P<word>[A-Za-z]++(?:'[A-Za-z]++)*+) (?P<again>(?P=word))(?!'?[A-Za-z])",
    re.IGNORECASE,
)

# Repeats English allows: `what he had had`, `said that that was`, `what it is is`, `what
# they do do`, `landed her her first job`; a stranded preposition before its twin (`the
# team he worked with with the most`, `all in in all aspects`); and the doubled
# interjections and intensifiers of quoted speech (`bye bye`, `very very`); and the names
# of things written doubled.
ALLOWED_REPEATS = frozenset(
    {
        "had", "that", "is", "was", "do", "does", "did", "her",
        "bye", "ha", "haha", "ho", "hee", "la", "boo", "tut", "tsk", "knock", "chop", "there",
        "now", "well", "so", "very", "really", "no", "yes", "go", "dum", "cha", "choo",
        "bang", "pom", "rah", "yada", "blah", "bla", "many", "long", "far", "quite", "more",
        "hush", "night", "ta",
        # Words English writes doubled: `mahi mahi`, `tuk tuk`, `ylang ylang`, `dik dik`.
        "mahi", "tuk", "ylang", "dik", "aye", "chin",
    }
)
# A preposition a clause strands before its twin (`the team he worked with with the
# most`, `what they believe in in the first place`): a subject stands a word or two before
# it. With no clause (`costs associated with with building`, `met with with officials`)
# the twin is a slip.
_STRANDABLE = frozenset(
    {
        "in", "on", "with", "for", "up", "out", "about", "at", "by", "off", "over", "down",
        "through", "around",
    }
)
_CLAUSE_SUBJECTS = frozenset(
    {"i", "you", "he", "she", "it", "we", "they", "who", "which", "that", "one", "people"}
)
# Function words that are never a name, doubled in capitals only by a slip in a title or
# an honorific (`received His His Highness`, `Minister Of Of Finance`). Left out: the ones
# that are given names too (`An`, `In`, `My`, `May`, `Will`).
_NEVER_NAMES = frozenset(
    {
        "the", "his", "its", "our", "their", "your", "this", "these", "those",
        "of", "to", "for", "from", "with", "at", "by", "on", "into", "and", "or", "but",
        "nor", "than", "he", "she", "it", "we", "they", "you", "him", "them",
    }
)
_CLAUSE_WORDS_BEFORE = 3
_CLAUSE_WINDOW = 60

# A line shorter than this is a heading or a label, not a line of wrapped prose; a word
# repeated across its break is the heading's last word and the text's first.
_WRAPPED_LINE_MIN = 40
# Characters that glue a word into a compound with its neighbour.
_JOINERS = "-‐–/&'’"

# Letter-spaced text (`R o m a , 9 o t t .`: a page's spaced-out heading, or a PDF's
# text layer read a letter at a time) doubles a letter wherever a word does (`o t t`):
# a passage whose tokens are mostly single characters has no words to repeat.
_LETTER_SPACED_SHARE = 0.5
_LETTER_SPACED_MIN_TOKENS = 8


def _repeated_on(text: str, start: int, end: int, word: str) -> bool:
    """Whether ``word`` stands again just before ``start`` or just after ``end`` (a run of
    three or more: `cool cool cool`, `beep beep beep`)."""
    size = len(word) + 1
    before = text[max(0, start - size) : start]
    after = text[end : end + size]
    return before.casefold() == word.casefold() + " " or after.casefold() == " " + word.casefold()


def _capitalised_function_word(first: str, second: str) -> bool:
    """Whether ``first`` and ``second`` are one function word, both capitalised alike
    (`His His`): no name doubles `His`, so the second is a slip. `so SO` or `the The Sims`
    (a name after the article) differ in case and are left alone."""
    return first == second and first[1:].islower() and first.casefold() in _NEVER_NAMES


def _stranded(text: str, start: int) -> bool:
    """Whether a clause's subject stands a few words before ``start``: the preposition
    there ends the clause (`the team he worked with`)."""
    before = text[max(0, start - _CLAUSE_WINDOW) : start].split()[-_CLAUSE_WORDS_BEFORE:]
    return any(word.strip(",;:\"“”'‘’()").casefold() in _CLAUSE_SUBJECTS for word in before)


def _letter_spaced(text: str) -> bool:
    """Whether most of the passage's tokens are single characters (see above)."""
    tokens = text.split()
    singles = sum(len(token) == 1 for token in tokens)
    return len(tokens) >= _LETTER_SPACED_MIN_TOKENS and singles > _LETTER_SPACED_SHARE * len(tokens)


def _is_slip(text: str, match: re.Match[str]) -> bool:
    """Whether the doubled word of ``match`` was written by mistake."""
    first, second = match.group("word"), match.group("again")
    key = first.casefold()
    if key in ALLOWED_REPEATS:
        return False  # grammatical (`had had`)
    if second[0].isupper() and not _capitalised_function_word(first, second):
        return False  # a name (`Bora Bora`)
    start, end = match.span()
    if key in _STRANDABLE and _stranded(text, start):
        return False
    if first[0].isupper() and key not in STOPWORDS:
        return False  # `Christmas Eve eve`: a play on words, not `The the`
    if _repeated_on(text, start, end, first):
        return False  # on purpose
    if text.startswith("!", end):
        return False  # an exclamation: `woop woop!`, `yay yay!`
    if not text.isascii() and in_foreign_quote(text, start):
        return False  # `„... die die Regierung ...“`: German, where it is grammar
    if len(first) == 1 and _letter_spaced(text):
        return False  # `9 o t t .`: a letter of a spaced-out word, not a word
    # Part of a compound: `all all-wheel drive`, `a no-makeup makeup look`.
    return not (
        (start and text[start - 1] in _JOINERS) or (end < len(text) and text[end] in _JOINERS)
    )


def _findings(ctx: Context) -> Iterator[Diagnostic]:
    for passage in passages(ctx):
        text, paragraph = passage.text, passage.paragraph
        repeats = _ASCII_REPEAT_RE if text.isascii() else _REPEAT_RE
        for match in repeats.finditer(text):
            if not _is_slip(text, match):
                continue
            start, end = match.span()
            line = paragraph.locate(start)[0]
            if (
                paragraph.locate(match.start("again"))[0] != line
                and len(ctx.line_text(line).strip()) < _WRAPPED_LINE_MIN
            ):
                continue
            yield span_diagnostic(
                RULE,
                paragraph,
                start,
                end,
                f"repeated word: `{match.group()}`",
                (match.group("word"),),
            )


def check(ctx: Context) -> Iterator[Diagnostic]:
    return capped(_findings(ctx)) if is_english(ctx) else iter(())


_HEAD = "Putin invites Cuban leader\n\nMOSCOW, Nov. 2 (UPI) -- "

RULE = Rule(
    code="WC401",
    name="repeated-word",
    severity="warning",
    summary="The same word twice in a row.",
    check=check,
    doc=__doc__ or "",
    examples=(
        Example(
            text=_HEAD + "Putin said that that invitation, which he had had for years, stood.\n",
            good=True,
        ),
        Example(
            text=_HEAD + "Putin was invited to visit the the island next year, TASS reported.\n",
            good=False,
        ),
    ),
    fixable=True,
)
