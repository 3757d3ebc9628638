"""WC203 future-date: the dateline's date is after the reference date.

What it does
    Compares the dateline date with the reference date: the one given to the parser
    (`--reference-date`, `reference_date=`), else the filing date of a wire trailer in
    the story (`AP-NY-08-07-98 0618EDT`). A date without a year is the latest such date
    up to a month after the reference (`Jan 30` filed in November is last January's). A
    date more than one day after the reference is flagged; one day is
    allowed because a dateline carries local time (`SYDNEY, Jan. 6` is filed on Jan. 5 in
    New York and in GMT trailers). Without a reference date, a date that names its year
    is compared with today's (`PARIS, Nov 22, 2027` in copy checked in 2026); one without
    a year is read as the latest such date up to tomorrow, so it is never after it.

Why
    A story cannot be datelined after it was filed: the date, the month or the year is
    mistyped (`Aug. 17` for `Aug. 7`, last year's template reused), or the reference
    date given to the tool is wrong.

Example
    ::

        PORTVILLE, Aug. 17 (UPI) -- The council met on Friday.
        ...
        UPI-NY-08-07-98 0618EDT

Use instead
    ::

        PORTVILLE, Aug. 7 (UPI) -- The council met on Friday.
        ...
        UPI-NY-08-07-98 0618EDT
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

from wirecheck.dateline import date_parts, filed_date
from wirecheck.model import Diagnostic
from wirecheck.rules.base import Context, Example, Rule
from wirecheck.rules.wc2_common import part_diagnostic, reference_date

# Datelines give local dates; a story filed late in the evening in New York or in GMT can
# carry the next day's date in Asia and the Pacific.
_TIME_ZONE_SLACK = timedelta(days=1)


def check(ctx: Context) -> Iterator[Diagnostic]:
    dateline = ctx.story.dateline
    if dateline is None or dateline.date_text is None:
        return
    parts = date_parts(dateline.date_text)
    if parts is None:
        return
    month, day, year = parts
    reference, against = reference_date(ctx), "the reference date"
    if reference is None:
        if year is None:
            return  # read as a date up to tomorrow
        reference, against = ctx.options.today or date.today(), "today"
    try:
        when = date(year, month, day) if year is not None else filed_date(month, day, reference)
    except ValueError:
        return
    if when is None or when <= reference + _TIME_ZONE_SLACK:
        return
    yield part_diagnostic(
        RULE,
        ctx,
        dateline,
        dateline.date_text,
        f"dateline date {when.isoformat()} is after {against} {reference.isoformat()}",
    )


_STORY = (
    "Council approves budget\n\n"
    "PORTVILLE, {date} (UPI) -- The council approved next year's budget on Friday after a "
    "short debate, the mayor's office said.\n\n"
    "UPI-NY-08-07-98 0618EDT\n"
)

RULE = Rule(
    code="WC203",
    name="future-date",
    severity="warning",
    summary="The dateline's date is after the reference date (or the wire trailer's date).",
    check=check,
    doc=__doc__ or "",
    examples=(
        Example(text=_STORY.format(date="Aug. 7"), good=True),
        Example(text=_STORY.format(date="Aug. 17"), good=False),
    ),
)
