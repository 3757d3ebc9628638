"""WC204 weekday-mismatch: a weekday written next to a date that does not fall on it.

What it does
    Finds a weekday written with a date (`Friday, Nov. 3`, `Friday (Nov. 3)`,
    `Friday, 3 November 2023`, abbreviated `Fri., Nov. 3`) and checks that the date falls
    on that weekday in the story's year: the year written with the date, else the year of
    the dateline date (when the dateline gives or fixes one: a written year, the reference
    date, the date the page prints in its head, or the weekday rule), else the year
    nearest the reference date. A bare weekday (`met Friday`) never contradicts the
    dateline: AP style names weekdays for events up to a week away.

Why
    A weekday that does not match its date means one of them is wrong, and a reader
    cannot tell which: the event's date, a date copied from last year's story, or a
    weekday left over from an earlier version.

Example
    ::

        BAYSIDE, Nov. 2, 2023 (UPI) -- The ferry resumes service Friday, Nov. 4.

Use instead
    ::

        BAYSIDE, Nov. 2, 2023 (UPI) -- The ferry resumes service Saturday, Nov. 4.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from wirecheck.dateline import nearest, weekday_dates
from wirecheck.model import Diagnostic
from wirecheck.patterns.dateline_data import WEEKDAYS
from wirecheck.rules._text import capped, span_diagnostic
from wirecheck.rules.base import Context, Example, Rule
from wirecheck.rules.wc2_common import reference_date


def _story_base(ctx: Context) -> date | None:
    """The date that fixes the story's year: a dateline date whose year is known, else
    the reference date."""
    dateline = ctx.story.dateline
    if dateline is not None and dateline.date and dateline.year_source != "assumed":
        return date.fromisoformat(dateline.date)
    return reference_date(ctx)


def check(ctx: Context) -> Iterator[Diagnostic]:
    base = _story_base(ctx)
    yield from capped(_findings(ctx, base))


def _findings(ctx: Context, base: date | None) -> Iterator[Diagnostic]:
    for paragraph in ctx.story.paragraphs:
        for start, end, weekday, month, day, year in weekday_dates(paragraph.text):
            try:
                when = date(year, month, day) if year is not None else None
            except ValueError:
                continue
            if when is None and base is not None:
                when = nearest(month, day, base)
            if when is None or when.weekday() == weekday:
                continue
            actual = WEEKDAYS[when.weekday()]
            # `Sat., Nov. 14` is answered in its own short form: `Fri.`
            short = paragraph.text[start:end].endswith(".")
            yield span_diagnostic(
                RULE,
                paragraph,
                start,
                end,
                f"{when.isoformat()} is a {actual}, not a {WEEKDAYS[weekday]}",
                (f"{actual[:3]}." if short else actual,),
            )


_STORY = (
    "Ferry service to resume\n\n"
    "BAYSIDE, Nov. 2, 2023 (UPI) -- The island ferry resumes service {when} after repairs "
    "to its engines, the port authority said.\n"
)

RULE = Rule(
    code="WC204",
    name="weekday-mismatch",
    severity="warning",
    summary="A weekday written next to a date that does not fall on it in the story's year.",
    check=check,
    doc=__doc__ or "",
    examples=(
        Example(text=_STORY.format(when="Saturday, Nov. 4"), good=True),
        Example(text=_STORY.format(when="Friday, Nov. 4"), good=False),
    ),
)
