"""WC205 two-datelines: a second dateline inside one story.

What it does
    Looks for a dateline at the start of every body paragraph (the same grammar the
    parser uses for the first one) and flags each one after the story's own dateline:
    `LONDON (Reuters) -` opening the fifth paragraph of a story datelined `PARIS`. Only
    one that says where and when as a story's does counts: an agency, a date, a region or
    country, or a city the lists know. Words in capitals and a dash alone (`TAXES —`,
    `SEATTLE MARINERS — Agreed to terms ...`) are an explainer's labels or a list's items.
    A feature that sets a dateline over each of its sections, in one state or country and
    none of them naming an agency or a date, is one story, and its section datelines are
    left alone; so is a digest whose intro announces its items (`The following is a
    summary of ...`) or whose headline names it one (`Main news for Saturday`, `News
    digest`, `Top headlines`, `World roundup`), each under its own dateline.

Why
    A story has one dateline: where and when it was reported. A second one means two
    stories were run together (a roundup pasted from two wires, a feed that lost a story
    break), and readers, archives and the parser all take the wrong place or date for
    part of the text.

Example
    ::

        HILLTOWN, Ohio (AP) — The mill closed on Monday.

        LAKEVIEW, Mich. (AP) — A second plant will close next month.

Use instead
    Split the copy into two stories, or drop the second dateline and say where in
    the sentence: `In Lakeview, Michigan, a second plant will close next month.`
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from wirecheck.dateline import match_dateline, placed
from wirecheck.documents import announces_items
from wirecheck.model import Diagnostic, Story
from wirecheck.patterns.dateline_data import norm_key
from wirecheck.regexes import regex
from wirecheck.rules._text import capped, excerpt, span_diagnostic
from wirecheck.rules.base import Context, Example, Rule
from wirecheck.rules.wc2_common import dateline_start

# A digest's headline: `Briefing of ... Main News for Saturday`, `Xinhua news digest`,
# `Morning headlines`, `World news roundup`. Its items stand under their own datelines as
# those under an intro that announces them do.
_DIGEST_HEADLINE_RE = regex(
    r"\b(?:main news|news (?:briefing|summary|in brief)|briefing of|digest|round-?up"
    r"|(?:top|main|news|morning|evening|today's|day's) headlines)\b",
    re.IGNORECASE,
)


def _digest(story: Story) -> bool:
    """Whether the headline or the opening text announces the items under it."""
    if story.headline and _DIGEST_HEADLINE_RE.search(story.headline):
        return True
    return any(announces_items(p.text) for p in story.paragraphs[:2])


def check(ctx: Context) -> Iterator[Diagnostic]:
    yield from capped(_findings(ctx))


def _findings(ctx: Context) -> Iterator[Diagnostic]:
    story = ctx.story
    if _digest(story):
        return  # a digest: each item keeps its own dateline
    first = story.dateline
    own: tuple[int, int] | None = None  # (line, column) of the story's dateline
    if first is not None:
        start = dateline_start(ctx, first)
        own = (first.line, start + 1) if start is not None else None
    seen = first is not None
    # A feature that sets a dateline over each of its sections (a road trip: `LOS ALAMOS,
    # N.M. —`, later `RIO GRANDE VALLEY, N.M. —`) is one story: its datelines name a place
    # only, in the same state or country. Stories run together carry their agency or date,
    # or datelines far apart (`WASHINGTON —`, then `LONDON —`).
    area: str | None = None  # the first dateline's state or country, when it names one
    if first is not None and not first.agencies and first.date_text is None:
        area = first.region or first.country
    for paragraph in story.paragraphs:
        match = match_dateline(paragraph.text)
        if match is None or paragraph.locate(0) == own or not placed(match):
            continue
        if not seen:
            seen = True  # the first dateline, deep in a story the parser found none for
            if not match.agencies and match.date_text is None:
                area = match.region or match.country
            continue
        if (
            area
            and not match.agencies
            and match.date_text is None
            and norm_key(match.region or match.country or "") == norm_key(area)
        ):
            continue
        yield span_diagnostic(
            RULE,
            paragraph,
            0,
            len(match.raw),
            f"a second dateline `{excerpt(match.raw, 60)}` in one story",
        )


_FIRST = (
    "Mill to close\n\n"
    "HILLTOWN, Ohio (AP) — The town's paper mill will close on Monday after ninety years, "
    "its owners said.\n\n"
)

RULE = Rule(
    code="WC205",
    name="two-datelines",
    severity="warning",
    summary="A second dateline inside one story (two stories run together).",
    check=check,
    doc=__doc__ or "",
    examples=(
        Example(
            text=_FIRST + "In Lakeview, Michigan, a second plant will close next month.\n",
            good=True,
        ),
        Example(
            text=_FIRST + "LAKEVIEW, Mich. (AP) — A second plant will close next month.\n",
            good=False,
        ),
    ),
)
