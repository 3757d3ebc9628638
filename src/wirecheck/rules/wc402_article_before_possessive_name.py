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

import re
from collections.abc import Iterator

from wirecheck.model import Diagnostic
from wirecheck.patterns.places import NO_ARTICLE_NAMES
from wirecheck.rules._text import (
    capped,
    is_english,
    names_pattern,
    prose_passages,
    span_diagnostic,
)
from wirecheck.rules.base import Context, Example, Rule

# `the Cuba's`, `a Moscow's`, `the Reuters'` (a name ending in s may take a bare apostrophe).
_ARTICLE_NAME_RE = re.compile(
    rf"\b(?:[Tt]he|[Aa]n?) (?P<name>{names_pattern(NO_ARTICLE_NAMES)})"
    r"(?P<mark>['’]s\b|(?<=s)['’](?!\w))"
)


def _findings(ctx: Context) -> Iterator[Diagnostic]:
    for passage in prose_passages(ctx):
        for match in _ARTICLE_NAME_RE.finditer(passage.text):
            possessive = match.group("name") + match.group("mark")
            yield span_diagnostic(
                RULE,
                passage.paragraph,
                match.start(),
                match.end(),
                f"article before a name that takes none: `{match.group()}`",
                (possessive,),
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
