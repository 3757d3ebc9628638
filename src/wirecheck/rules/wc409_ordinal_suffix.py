"""WC409 ordinal-suffix: an ordinal whose suffix does not fit its number (`March 2th`).

What it does
    Reports a number written with an ordinal suffix that is not its own: `1st`, `2nd`,
    `3rd` for numbers ending in 1, 2 and 3, and `th` for the rest and for those ending in
    11, 12 and 13 (`11th`, `112th`, but `21st`, `102nd`). The suffix in capitals is read
    too (`2TH`). Only the last two digits count, so `1,000th` and `2,001st` are right. The
    fit is suggested (`2nd`), but not applied by `wirecheck fix`: the slip may be in the
    number (`2th` typed for `20th`).

Why
    A wrong suffix is a typing slip (`22th`, `3th`) that spell checkers skip, since the
    word holds digits, and readers notice at once.

Example
    ::

        The talks resumed on March 2th.

Use instead
    ::

        The talks resumed on March 2nd.
"""

from __future__ import annotations

from collections.abc import Iterator

from wirecheck.model import Diagnostic
from wirecheck.regexes import regex
from wirecheck.rules._text import capped, is_english, passages, span_diagnostic
from wirecheck.rules.base import Context, Example, Rule

# A run of digits and a suffix standing as one word (`2th`, not `A2th` nor `2thx`).
_ORDINAL_RE = regex(r"\b(\d{1,12})(st|nd|rd|th|ST|ND|RD|TH)\b")
_LAST_DIGIT_SUFFIX = {"1": "st", "2": "nd", "3": "rd"}
# Every ordinal has a digit before its suffix: a passage with no digit is spared the scan.
_DIGITS = frozenset("0123456789")


def ordinal_suffix(number: str) -> str:
    """The suffix that fits ``number`` (its digits): `th` after 11 to 13 (`112th`)."""
    if number[-2:-1] == "1":
        return "th"
    return _LAST_DIGIT_SUFFIX.get(number[-1], "th")


def _findings(ctx: Context) -> Iterator[Diagnostic]:
    for passage in passages(ctx):
        text = passage.text
        if _DIGITS.isdisjoint(text):
            continue
        for match in _ORDINAL_RE.finditer(text):
            number, suffix = match.groups()
            fit = ordinal_suffix(number)
            if suffix.casefold() == fit:
                continue
            fixed = number + (fit.upper() if suffix.isupper() else fit)
            yield span_diagnostic(
                RULE,
                passage.paragraph,
                match.start(),
                match.end(),
                f"ordinal suffix does not fit its number: `{match.group()}` (use `{fixed}`)",
                (fixed,),
            )


def check(ctx: Context) -> Iterator[Diagnostic]:
    return capped(_findings(ctx)) if is_english(ctx) else iter(())


_HEAD = "Harbour talks resume\n\nHARBOURTON, Nov. 2 (UPI) -- "

RULE = Rule(
    code="WC409",
    name="ordinal-suffix",
    severity="warning",
    summary="An ordinal whose suffix does not fit its number (`March 2th`).",
    check=check,
    doc=__doc__ or "",
    examples=(
        Example(
            text=(
                _HEAD + "The talks resumed on March 2nd, the 11th round since the 1st of "
                "May and the 1,000th day of the dispute, on the 23rd floor.\n"
            ),
            good=True,
        ),
        Example(text=_HEAD + "The talks resumed on March 2th, officials said.\n", good=False),
    ),
    fixable=True,
)
