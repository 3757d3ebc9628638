"""WC361 word-count-mismatch: the feed header's word count does not match the story.

What it does
    Compares the word count a feed declares (the ANPA or IPTC 7901 header, NITF
    ``item-length``, NewsML-G2 ``wordcount``, ninjs ``wordcount``) with the words of the
    dateline and body as received. A difference of more than a fifth (and more than 20
    words) is reported: fewer words than declared means the story was cut off in
    transmission or in an edit; more means text was added or two takes ran together.

Why
    Nothing else tells the desk that the last paragraphs never arrived: a truncated story
    reads as complete. Agencies count a little differently (some include the headline),
    hence the allowance.

Example
    An IPTC 7901 header that promises 180 words over a body of 40::

        SOH dpa0217 4 pl 180
        STX Coalition agrees on grid fee relief =
        Berlin (dpa) - Germany's governing coalition agreed late on Wednesday ...

Use instead
    Ask the agency for a repeat of the full story, or correct the count after an edit.
"""

from __future__ import annotations

from collections.abc import Iterator

from wirecheck.feeds.checks import counted_words, wire_value
from wirecheck.model import Diagnostic
from wirecheck.rules._text import line_diagnostic
from wirecheck.rules.base import Context, Example, Rule

# Agencies count words their own way (with or without headline, dateline, numbers); a
# difference within this share of the declared count, or this many words, is theirs.
TOLERANCE_SHARE = 0.2
TOLERANCE_WORDS = 20


def check(ctx: Context) -> Iterator[Diagnostic]:
    story = ctx.story
    declared = wire_value(story, "word_count")
    if not isinstance(declared, int) or declared <= 0 or not story.paragraphs:
        return
    counted = counted_words(story)
    if abs(counted - declared) <= max(TOLERANCE_WORDS, TOLERANCE_SHARE * declared):
        return
    if counted < declared:
        message = (
            f"the feed declares {declared} words but the story has {counted}: "
            "it may have been cut off"
        )
    else:
        message = (
            f"the feed declares {declared} words but the story has {counted}: "
            "text added, or two takes run together?"
        )
    last = story.paragraphs[-1].spans[-1].line
    yield line_diagnostic(RULE, ctx, last, message)


_BODY = (
    "Berlin (dpa) - Germany's governing coalition agreed late on Wednesday to cap the grid "
    "fees that make up almost a quarter of household electricity bills, after a night of "
    "talks in the chancellery, officials said.\n"
)


def _story(words: int) -> str:
    return (
        f"\x01dpa0217 4 pl {words}\nGermany/Energy/\n"
        "\x02Coalition agrees on grid fee relief =\n\n" + _BODY + "\x03\n142318 GMT Mar 24\n\x04"
    )


RULE = Rule(
    code="WC361",
    name="word-count-mismatch",
    severity="warning",
    summary="The feed header's word count does not match the words received (truncated?).",
    check=check,
    doc=__doc__ or "",
    examples=(Example(text=_story(40), good=True), Example(text=_story(180), good=False)),
)
