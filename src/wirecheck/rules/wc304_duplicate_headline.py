"""WC304 duplicate-headline: the headline is printed twice.

What it does
    Reports each extra copy of the headline above the body. The parser already keeps the
    headline once and lists the copy as removed (reason ``duplicate-headline``); this note
    says where the copy is so that the file can be cleaned, and the line of the headline
    kept (`also at line N`: above the copy or, when a menu's copy comes first, below it).

Why
    Copy pasted from a web page, or from a system that prints the headline as a title and
    again above the story, repeats it. Left in, the second copy ends up in the body or in
    a second headline field downstream.

Example
    ::

        Putin meets Cuban leader in Moscow

        By Renzo Pipoli
        Putin meets Cuban leader in Moscow

        MOSCOW, Nov. 2 (UPI) -- ...

Use instead
    Keep one headline::

        Putin meets Cuban leader in Moscow

        By Renzo Pipoli

        MOSCOW, Nov. 2 (UPI) -- ...
"""

from __future__ import annotations

from collections.abc import Iterator

from wirecheck.model import Diagnostic
from wirecheck.rules._text import EXAMPLE_HEADLINE, EXAMPLE_LEAD, excerpt, line_diagnostic
from wirecheck.rules.base import Context, Example, Rule

_REASON = "duplicate-headline"


def check(ctx: Context) -> Iterator[Diagnostic]:
    kept = ctx.story.headline_line
    for removed in ctx.story.removed:
        if removed.reason != _REASON:
            continue
        # The headline kept may be the copy above or below this one: name it either way.
        where = f" (also at line {kept})" if kept is not None else ""
        yield line_diagnostic(
            RULE,
            ctx,
            removed.line,
            f"headline printed twice: `{excerpt(removed.text)}`{where}; the copy was removed",
        )


RULE = Rule(
    code="WC304",
    name="duplicate-headline",
    severity="info",
    summary="The headline is printed twice.",
    check=check,
    doc=__doc__ or "",
    examples=(
        Example(text=EXAMPLE_HEADLINE + "\nBy Renzo Pipoli\n\n" + EXAMPLE_LEAD, good=True),
        Example(
            text=EXAMPLE_HEADLINE + "\nBy Renzo Pipoli\n" + EXAMPLE_HEADLINE + "\n" + EXAMPLE_LEAD,
            good=False,
        ),
    ),
    fixable=False,
)
