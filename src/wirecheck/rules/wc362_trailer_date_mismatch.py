"""WC362 trailer-date-mismatch: the dateline's date is days before the transmission.

What it does
    Compares the date in the dateline with the date the feed was transmitted (the ANPA
    or IPTC 7901 trailer, NITF ``date.issue``, NewsML ``versionCreated``, ninjs
    ``versioncreated``). A dateline more than one day older than the transmission is
    reported. (A dateline after the transmission is WC203 future-date.)

Why
    Wire datelines carry the day the story was filed. An older one is a template or an
    earlier version reused without updating the date, and it tells readers the news is
    days older, or newer, than it is.

Example
    ::

        STX Coalition agrees on grid fee relief =
        Berlin, March 11 (dpa) - The coalition agreed late on Wednesday ...
        ETX
        142318 GMT Mar 24

Use instead
    ::

        Berlin, March 14 (dpa) - The coalition agreed late on Wednesday ...
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

from wirecheck.feeds.checks import dateline_date, transmitted
from wirecheck.model import Diagnostic
from wirecheck.rules.base import Context, Example, Rule
from wirecheck.rules.wc2_common import part_diagnostic

# A dateline gives the local date: filed late in the evening, a story can carry the day
# before the transmission's GMT date.
SLACK = timedelta(days=1)


def check(ctx: Context) -> Iterator[Diagnostic]:
    story = ctx.story
    sent, dated = transmitted(story), dateline_date(story)
    if sent is None or dated is None or story.dateline is None:
        return
    gap = sent.date() - dated
    if gap <= SLACK:
        return
    yield part_diagnostic(
        RULE,
        ctx,
        story.dateline,
        story.dateline.date_text or story.dateline.raw,
        f"the dateline's date {dated.isoformat()} is {gap.days} days before the "
        f"transmission time {sent.isoformat()}",
    )


def _story(day: int) -> str:
    return (
        "\x01dpa0217 4 pl 32\nGermany/Energy/\n\x02Coalition agrees on grid fee relief =\n\n"
        f"Berlin, March {day} (dpa) - Germany's governing coalition agreed late on Wednesday "
        "to cap the grid fees that make up almost a quarter of household electricity bills.\n"
        "\x03\n142318 GMT Mar 24\n\x04"
    )


RULE = Rule(
    code="WC362",
    name="trailer-date-mismatch",
    severity="warning",
    summary="The dateline's date is more than a day before the feed's transmission time.",
    check=check,
    doc=__doc__ or "",
    examples=(Example(text=_story(14), good=True), Example(text=_story(11), good=False)),
)
