"""WC206 missing-dateline: agency copy without a dateline.

What it does
    Notes a story with no dateline when the rest of it says it is agency copy: a byline
    or credit line naming a wire service (`By Jane Doe, Associated Press`,
    `Associated Press Writer`), a Reuters credit tail (`Reporting by ...; Editing by ...`,
    or one clause naming a wire service), an ANPA wire trailer (`AP-NY-08-07-98 0618EDT`),
    or a wire feed format. A paper's or magazine's credit line on its own (`Edited by Jane
    Roe`, `With reporting by John Roe.`) is no sign of agency copy. This is information:
    the dateline may have been lost upstream, or the copy may be a brief that never had
    one.

Why
    Agency copy is datelined: the dateline says where the reporting was done and, for
    most services, when. Copy without one loses that, and the parser cannot take the year
    of other dates from it.

Example
    ::

        By Jane Doe, Associated Press

        The town's library reopened on Monday after a year of repairs.

Use instead
    ::

        By Jane Doe, Associated Press

        MILLBROOK, N.Y. (AP) — The town's library reopened on Monday after a year of repairs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from wirecheck.model import Diagnostic, Paragraph
from wirecheck.patterns.credits import AGENCY_WRITER_RE, CREDIT_TAIL_RE
from wirecheck.patterns.dateline_data import TRAILER_DATE_RE, WIRE_CREDIT_RE
from wirecheck.regexes import regex
from wirecheck.rules._text import line_diagnostic
from wirecheck.rules.base import Context, Example, Rule

# Lines longer than this are prose, never a credit line or a trailer.
_CREDIT_LINE_MAX = 200
# A clause of a credit tail: `Reporting by Jane Doe in London`, `Editing by John Roe`.
_BY_CLAUSE_RE = regex(r"\b\w+\s+by\s+\S", re.IGNORECASE)


def _agency_tail(text: str) -> bool:
    """Whether a credit tail is an agency's: the Reuters form, clauses set apart by
    semicolons or commas (`Reporting by ...; Editing by ...`), one naming a wire service
    (`Reporting by The Associated Press`), or the writers in parentheses under the story
    (`(By Chen Yi-ting and Frances Huang)`). A magazine's or paper's credit line on its own
    (`Edited by Jane Roe`, `With reporting by John Roe.`) is no sign of agency copy."""
    if WIRE_CREDIT_RE.search(text) or text.startswith("("):
        return True
    # Two `... by` clauses, set apart by semicolons or commas (`Reporting by Jane Doe in
    # Tokyo, Editing by John Roe`): the desk's division of labour an agency credits.
    return len(_BY_CLAUSE_RE.findall(text)) >= 2


def _agency_sign(ctx: Context) -> str | None:
    """What makes the story agency copy, for the message; None if nothing does."""
    story = ctx.story
    if story.wire is not None:
        return "a wire feed"
    if story.byline is not None:
        named = WIRE_CREDIT_RE.search(story.byline.raw)
        if named:
            return f"the byline names {named.group()}"
    for line in ctx.lines:
        text = line.strip()
        if not text or len(text) > _CREDIT_LINE_MAX:
            continue
        if AGENCY_WRITER_RE.match(text):
            return f"the credit line `{text}`"
        if CREDIT_TAIL_RE.match(text) and _agency_tail(text):
            return "a Reuters-style credit tail"
        if TRAILER_DATE_RE.match(text):
            return f"the wire trailer `{text}`"
    return None


# Agate (results, standings, polls, lottery numbers, a day in history): lists and tables,
# which no dateline opens. Most of their paragraphs are not sentences.
_AGATE_PROSE_SHARE = 0.5


def _agate(paragraphs: tuple[Paragraph, ...]) -> bool:
    prose = sum(p.text.rstrip().endswith((".", "!", "?", '"', "”")) for p in paragraphs)
    return prose < _AGATE_PROSE_SHARE * len(paragraphs)


def check(ctx: Context) -> Iterator[Diagnostic]:
    story = ctx.story
    if story.dateline is not None or not story.paragraphs or _agate(story.paragraphs):
        return
    sign = _agency_sign(ctx)
    if sign is None:
        return
    yield line_diagnostic(
        RULE,
        ctx,
        story.paragraphs[0].lines[0],
        f"agency copy ({sign}) without a dateline: where was it reported?",
    )


_STORY = (
    "Library reopens after repairs\n\n"
    "By Jane Doe, Associated Press\n\n"
    "{dateline}The town's library reopened on Monday after a year of repairs to its roof "
    "and reading rooms, the mayor said.\n"
)

RULE = Rule(
    code="WC206",
    name="missing-dateline",
    severity="info",
    summary="Agency copy (agency byline, credit tail, wire trailer) without a dateline.",
    check=check,
    doc=__doc__ or "",
    examples=(
        Example(text=_STORY.format(dateline="MILLBROOK, N.Y. (AP) — "), good=True),
        Example(text=_STORY.format(dateline=""), good=False),
    ),
)
