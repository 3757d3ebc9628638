"""WC301 no-headline: the story has no headline.

What it does
    Reports a story in which no headline was found above the body.

Why
    Every story a desk files or a feed delivers carries a headline; editors and readers
    find stories by it, and systems downstream index it. A missing headline usually means
    the copy was pasted without its top, or the headline was run into the first paragraph.

Example
    A story that starts with its dateline::

        MOSCOW, Nov. 2 (UPI) -- Russian President Vladimir Putin met Cuban President
        Miguel Diaz-Canel in Moscow on Friday.

Use instead
    Put the headline on the first line, followed by a blank line::

        Putin meets Cuban leader in Moscow

        MOSCOW, Nov. 2 (UPI) -- Russian President Vladimir Putin met Cuban President
        Miguel Diaz-Canel in Moscow on Friday.
"""

from __future__ import annotations

from collections.abc import Iterator

from wirecheck.model import Diagnostic
from wirecheck.rules._text import EXAMPLE_HEADLINE, EXAMPLE_LEAD, line_diagnostic
from wirecheck.rules.base import Context, Example, Rule


def check(ctx: Context) -> Iterator[Diagnostic]:
    story = ctx.story
    if story.headline or not story.paragraphs:
        return  # without a body there is nothing to head: WC302 says so
    first = story.paragraphs[0]
    line = min(first.lines)
    yield line_diagnostic(RULE, ctx, line, "no headline above the story body")


RULE = Rule(
    code="WC301",
    name="no-headline",
    severity="warning",
    summary="The story has no headline.",
    check=check,
    doc=__doc__ or "",
    examples=(
        Example(text=EXAMPLE_HEADLINE + "\n" + EXAMPLE_LEAD, good=True),
        Example(
            text=EXAMPLE_LEAD + "\nThe two leaders also discussed trade and a credit for Cuba.\n",
            good=False,
        ),
    ),
)
