"""WC402 article-before-possessive-name: `the Cuba's Communist Party`.

What it does
    Reports an article (`the`, `a`, `an`) directly before the possessive of a country,
    city or organisation whose name takes no article: `the Cuba's Communist Party`,
    `the Moscow's mayor`, `the NATO's members`. It decides with lists of such names
    (``wirecheck.patterns.places``), not by capitals, so `the President's`, `the
    Kremlin's`, `the United States'` and `the New York Times's` are left alone.

Why
    The slip reads as non-native or half-edited copy (often a phrase rewritten from
    `the Communist Party of Cuba`), and it is invisible to spell checkers.

Example
    ::

        Raul Castro remains head of the Cuba's Communist Party.

Use instead
    ::

        Raul Castro remains head of Cuba's Communist Party.
"""

from __future__ import annotations

from collections.abc import Iterator

from wirecheck.model import Diagnostic
from wirecheck.patterns.places import NO_ARTICLE_NAMES
from wirecheck.regexes import regex
from wirecheck.rules._text import (
    NameIndex,
    capped,
    is_english,
    prose_passages,
    span_diagnostic,
)
from wirecheck.rules.base import Context, Example, Rule

# `the Cuba's`, `a Moscow's`, `the Reuters'` (a name ending in s may take a bare apostrophe):
# an article, one of the names, a possessive mark.
_ARTICLE_RE = regex(r"\b(?:[Tt]he|[Aa]n?) ")
_NAMES = NameIndex(NO_ARTICLE_NAMES)
_MARK_RE = regex(r"['’]s\b|(?<=s)['’](?!\w)")


def article_names(text: str) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, name, mark) of each `the Cuba's` in ``text``, left to right, not
    overlapping: the matches of ``\\b(?:[Tt]he|[Aa]n?) (NAME)(MARK)``."""
    if "'" not in text and "’" not in text:
        return  # _MARK_RE needs an apostrophe: without one nothing is yielded
    pos = 0
    while (article := _ARTICLE_RE.search(text, pos)) is not None:
        pos = article.start() + 1
        for name in _NAMES.at(text, article.end()):
            mark = _MARK_RE.match(text, article.end() + len(name))
            if mark is not None:
                yield article.start(), mark.end(), name, mark.group()
                pos = mark.end()
                break


def _findings(ctx: Context) -> Iterator[Diagnostic]:
    for passage in prose_passages(ctx):
        text = passage.text
        for start, end, name, mark in article_names(text):
            yield span_diagnostic(
                RULE,
                passage.paragraph,
                start,
                end,
                f"article before a name that takes none: `{text[start:end]}`",
                (name + mark,),
            )


def check(ctx: Context) -> Iterator[Diagnostic]:
    return capped(_findings(ctx)) if is_english(ctx) else iter(())


_HEAD = "Cuban leader visits Moscow\n\nMOSCOW, Nov. 2 (UPI) -- "

RULE = Rule(
    code="WC402",
    name="article-before-possessive-name",
    severity="warning",
    summary="An article before the possessive of a name that takes none (`the Cuba's`).",
    check=check,
    doc=__doc__ or "",
    examples=(
        Example(
            text=(
                _HEAD + "Raul Castro remains head of Cuba's Communist Party, the President's "
                "office and the Kremlin's press service said.\n"
            ),
            good=True,
        ),
        Example(
            text=_HEAD + "Raul Castro remains head of the Cuba's Communist Party, TASS said.\n",
            good=False,
        ),
    ),
    fixable=True,
)
