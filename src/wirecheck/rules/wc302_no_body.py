"""WC302 no-body: the story has no body text.

What it does
    Reports input in which no story paragraphs were found: an empty file, a headline on
    its own, or a page of menus and links with no article in it. A saved HTML page
    (`<!DOCTYPE html>`, `<html>`) is said to be one: wirecheck reads text, not markup.

Why
    A story without a body cannot be published or indexed; filing one is almost always a
    slip (the wrong file, a save that failed, a paste that lost everything below the top).

Example
    A headline with nothing under it::

        Putin meets Cuban leader in Moscow

Use instead
    File the whole story::

        Putin meets Cuban leader in Moscow

        MOSCOW, Nov. 2 (UPI) -- Russian President Vladimir Putin met Cuban President
        Miguel Diaz-Canel in Moscow on Friday.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from wirecheck.model import Diagnostic
from wirecheck.regexes import regex
from wirecheck.rules._text import EXAMPLE_HEADLINE, EXAMPLE_LEAD, line_diagnostic
from wirecheck.rules.base import Context, Example, Rule

# Matched after the blanks and a BOM opening the line are stripped: a pattern of its own
# with `\s*` on both sides of the optional BOM backtracks over every split of a long run
# of blanks (quadratic in it).
_HTML_PAGE_RE = regex(r"<(?:!doctype\s+html|html)\b", re.IGNORECASE)


def check(ctx: Context) -> Iterator[Diagnostic]:
    story = ctx.story
    if any(p.text for p in story.paragraphs):
        return
    line = story.headline_line or 1
    message = "no story body found"
    first = ctx.line_text(1).lstrip().lstrip("\ufeff").lstrip()
    if story.source.format == "text" and _HTML_PAGE_RE.match(first):
        # A saved web page: its markup hides the story from a reader of text.
        message += " (the input is an HTML page: save the page as text first)"
    yield line_diagnostic(RULE, ctx, line, message)


RULE = Rule(
    code="WC302",
    name="no-body",
    severity="error",
    summary="The story has no body text.",
    check=check,
    doc=__doc__ or "",
    examples=(
        Example(text=EXAMPLE_HEADLINE + "\n" + EXAMPLE_LEAD, good=True),
        Example(text=EXAMPLE_HEADLINE, good=False),
    ),
)
