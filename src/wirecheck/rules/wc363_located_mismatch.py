"""WC363 located-mismatch: the feed's metadata place is not the dateline's place.

What it does
    Compares the place a feed's metadata gives for the story (NewsML-G2 ``located``,
    NITF ``identified-content/location``, NewsML 1 ``Location``, ninjs ``located``) with
    the city, region and country of the dateline. Case, accents and punctuation are
    ignored, and one name may be the start of the other (`Frankfurt`, `Frankfurt/Main`).

Why
    Search, maps and regional feeds use the metadata; readers see the dateline. When they
    disagree, one of them was left over from another story or another version.

Example
    ::

        "located": "Lisbon",
        "body_text": "PORTO, March 14 (MNS) - The city council voted ..."

Use instead
    ::

        "located": "Porto",
        "body_text": "PORTO, March 14 (MNS) - The city council voted ..."
"""

from __future__ import annotations

from collections.abc import Iterator

from wirecheck.feeds.checks import same_place, wire_value
from wirecheck.model import Diagnostic
from wirecheck.rules.base import Context, Example, Rule
from wirecheck.rules.wc2_common import part_diagnostic


def check(ctx: Context) -> Iterator[Diagnostic]:
    story = ctx.story
    located = wire_value(story, "located")
    dateline = story.dateline
    if not isinstance(located, str) or dateline is None or dateline.city is None:
        return
    if same_place(located, dateline.city, dateline.region, dateline.country):
        return
    yield part_diagnostic(
        RULE,
        ctx,
        dateline,
        dateline.city,
        f"the feed's metadata places the story in {located!r}, the dateline in {dateline.city!r}",
    )


def _story(located: str) -> str:
    return (
        '{"uri": "urn:example:porto-council", "located": "' + located + '",\n'
        '"headline": "Porto council votes to close riverside road to cars",\n'
        '"body_text": "PORTO, March 14 (MNS) - The city council voted on Thursday to close '
        'the riverside road to cars on weekends from May, after a year-long trial."}\n'
    )


RULE = Rule(
    code="WC363",
    name="located-mismatch",
    severity="warning",
    summary="The place in the feed's metadata is not the dateline's place.",
    check=check,
    doc=__doc__ or "",
    examples=(Example(text=_story("Porto"), good=True), Example(text=_story("Lisbon"), good=False)),
)
