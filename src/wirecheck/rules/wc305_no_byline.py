"""WC305 no-byline: the story names no writer.

What it does
    Notes a story with a body but no byline (`By Renzo Pipoli`, `Renzo Pipoli, Reuters`).
    This is information, not a fault: short agency items and briefs often carry no byline.
    A press release (its dateline names a release wire: `/PRNewswire/`, `(BUSINESS WIRE)`,
    `(GLOBE NEWSWIRE)`) is not noted: releases are a company's, and never carry one.

Why
    Desks that credit their writers want to know when a story arrives without one, and
    the byline is what archives and search use to attribute the work.

Example
    ::

        Putin meets Cuban leader in Moscow

        MOSCOW, Nov. 2 (UPI) -- ...

Use instead
    ::

        Putin meets Cuban leader in Moscow

        By Renzo Pipoli

        MOSCOW, Nov. 2 (UPI) -- ...
"""

from __future__ import annotations

from collections.abc import Iterator

from wirecheck.model import Diagnostic
from wirecheck.patterns.dateline_data import RELEASE_WIRE_RE
from wirecheck.rules._text import EXAMPLE_HEADLINE, EXAMPLE_LEAD, line_diagnostic
from wirecheck.rules.base import Context, Example, Rule


def check(ctx: Context) -> Iterator[Diagnostic]:
    story = ctx.story
    if story.byline is not None or not story.paragraphs:
        return
    if story.dateline is not None and any(
        RELEASE_WIRE_RE.search(a) for a in story.dateline.agencies
    ):
        return
    line = story.headline_line or min(story.paragraphs[0].lines)
    yield line_diagnostic(RULE, ctx, line, "no byline: the story does not name its writer")


RULE = Rule(
    code="WC305",
    name="no-byline",
    severity="info",
    summary="The story names no writer.",
    check=check,
    doc=__doc__ or "",
    examples=(
        Example(text=EXAMPLE_HEADLINE + "\nBy Renzo Pipoli\n\n" + EXAMPLE_LEAD, good=True),
        Example(text=EXAMPLE_HEADLINE + "\n" + EXAMPLE_LEAD, good=False),
    ),
)
