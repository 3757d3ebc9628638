"""What the dateline rules (WC2xx) share: finding the dateline, or a part of it, in the input.

The parser keeps the dateline as written and its input line; the body paragraph no longer
holds it. We find it again on that line, allowing for the whitespace (non-breaking spaces,
cp1252 dashes) that paragraph text normalises away.
"""

from __future__ import annotations

from datetime import date

from wirecheck.dateline import find_loose, source_reference_date
from wirecheck.model import Dateline, Diagnostic
from wirecheck.rules._text import line_diagnostic
from wirecheck.rules.base import Context, Rule


def dateline_start(ctx: Context, dateline: Dateline) -> int | None:
    """0-based column where ``dateline`` starts on its line, or None if it is not there."""
    found = find_loose(dateline.raw, ctx.line_text(dateline.line))
    return found[0] if found else None


def part_diagnostic(
    rule: Rule,
    ctx: Context,
    dateline: Dateline,
    part: str,
    message: str,
    suggestions: tuple[str, ...] = (),
) -> Diagnostic:
    """A diagnostic on ``part`` of the dateline (its date, its region ...); on the whole
    dateline line when the part cannot be found there (a dateline wrapped over lines)."""
    start = dateline_start(ctx, dateline)
    found = find_loose(part, ctx.line_text(dateline.line), start) if start is not None else None
    if found is None:
        return line_diagnostic(rule, ctx, dateline.line, message, suggestions)
    return rule.diagnostic(dateline.line, found[0] + 1, found[1] + 1, message, suggestions)


def reference_date(ctx: Context) -> date | None:
    """The reference date: the caller's, else the filing date in a wire trailer."""
    return ctx.options.reference_date or source_reference_date(ctx.lines)
