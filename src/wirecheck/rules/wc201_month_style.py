"""WC201 month-style: a dateline month not written the way its agency writes months.

What it does
    In AP and UPI datelines, checks the month against AP style: with a day, abbreviate
    `Jan.` `Feb.` `Aug.` `Sept.` `Oct.` `Nov.` `Dec.` (with the period) and spell out
    `March` `April` `May` `June` `July`. Flags `Sep.`, `Sep`, `Nov` and `November`, and
    suggests the AP form. Other agencies' styles (Reuters `Feb 26`, AFP `10 juil`) are
    left alone.

Why
    Datelines are the most visible line of a story and the one style checkers and
    archive parsers look at first; `Sep.` in an AP dateline marks copy retyped by hand or
    converted by a tool, and stands out on the page beside every other AP story.

Example
    ::

        HARBOR CITY, Sep. 14 (UPI) -- The port reopened on Thursday.

Use instead
    ::

        HARBOR CITY, Sept. 14 (UPI) -- The port reopened on Thursday.
"""

from __future__ import annotations

from collections.abc import Iterator

from wirecheck.model import Diagnostic
from wirecheck.patterns.dateline_data import (
    AP_MONTH_STYLE,
    AP_STYLE_AGENCIES,
    ENGLISH_MONTHS,
    norm_key,
)
from wirecheck.rules.base import Context, Example, Rule
from wirecheck.rules.wc2_common import part_diagnostic


def _month_token(date_text: str) -> str | None:
    """The month as written in a dateline date (`Sep.`, `November`), period included: the
    first English month name, past a weekday that opens the date (`Friday, Sept. 14`)."""
    start = 0
    while start < len(date_text):
        if not date_text[start].isalpha():
            start += 1
            continue
        end = start
        while end < len(date_text) and date_text[end].isalpha():
            end += 1
        if norm_key(date_text[start:end]) in ENGLISH_MONTHS:
            if end < len(date_text) and date_text[end] == ".":
                end += 1
            return date_text[start:end]
        start = end
    return None


def check(ctx: Context) -> Iterator[Diagnostic]:
    dateline = ctx.story.dateline
    if dateline is None or dateline.date_text is None:
        return
    if not any(norm_key(a) in AP_STYLE_AGENCIES for a in dateline.agencies):
        return
    written = _month_token(dateline.date_text)
    month = ENGLISH_MONTHS.get(norm_key(written)) if written else None
    if written is None or month is None:
        return
    wanted = AP_MONTH_STYLE[month - 1]
    if written.lower() == wanted.lower():
        return
    yield part_diagnostic(
        RULE,
        ctx,
        dateline,
        written,
        f"AP style writes this month `{wanted}` in a dateline, not `{written}`",
        (wanted,),
    )


RULE = Rule(
    code="WC201",
    name="month-style",
    severity="warning",
    summary="A dateline month not in AP style in AP or UPI copy (`Sep.`, `Nov`, `November`).",
    check=check,
    doc=__doc__ or "",
    examples=(
        Example(
            text=(
                "Port reopens after storm\n\n"
                "HARBOR CITY, Sept. 14 (UPI) -- The port reopened on Thursday after a storm "
                "closed it for two days, harbor officials said.\n"
            ),
            good=True,
        ),
        Example(
            text=(
                "Port reopens after storm\n\n"
                "HARBOR CITY, Sep. 14 (UPI) -- The port reopened on Thursday after a storm "
                "closed it for two days, harbor officials said.\n"
            ),
            good=False,
        ),
    ),
)
