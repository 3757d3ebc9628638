"""Pasted stories in every combination of the parts above a body.

A headline (short or long), then any of: a dek (a sentence, or a second heading), a byline
(`By ...`, with the AP's writer line, a bare name no list knows, two names and an agency),
a time stamp, a photo caption; then the body, with or without a dateline. Whatever the
combination, the headline, the byline's names and the body's first paragraph must come out
right. The grid is invented copy in the agencies' shapes; 360 stories parse in about a
second.
"""

from __future__ import annotations

import itertools
from datetime import date

import pytest

from wirecheck import parse

_TODAY = date(2026, 11, 29)

HEADLINES = ("Bridge to close", "Harbour bridge to close to cars next spring after council vote")
DEKS = (
    None,
    "The council voted to shut the old span to cars from spring.",
    "Councillors back closure as repair bill soars",
)
BYLINES: tuple[tuple[str, tuple[str, ...]] | None, ...] = (
    None,
    ("By Jane Doe", ("Jane Doe",)),
    ("By JANE DOE\nAssociated Press Writer", ("JANE DOE",)),
    ("Shaimaa Raafat", ("Shaimaa Raafat",)),
    ("By Jane Doe and John Roe, Reuters", ("Jane Doe", "John Roe")),
)
STAMPS = (None, "Updated 4:12 PM EDT, March 3, 2026", "March 3, 2026")
CAPTIONS = (None, "Cyclists cross the old bridge at dusk. (AP Photo/Evan Vucci)")
BODY = (
    "The city council voted on Tuesday to close the old harbour bridge to cars from next "
    "spring, ending a decade of argument over the crumbling span.",
    "Repairs would have cost more than a new bridge, the council's engineers said in a "
    "report published last month.",
    "Shop owners on the north bank said they feared losing customers, but cyclists welcomed "
    "the decision.",
)


CASES = [
    pytest.param(h, d, b, s, c, dl, id=f"h{hi}-d{di}-b{bi}-s{si}-c{ci}-{'dl' if dl else 'nodl'}")
    for (hi, h), (di, d), (bi, b), (si, s), (ci, c), dl in itertools.product(
        enumerate(HEADLINES),
        enumerate(DEKS),
        enumerate(BYLINES),
        enumerate(STAMPS),
        enumerate(CAPTIONS),
        (True, False),
    )
]


@pytest.mark.parametrize(("headline", "dek", "byline", "stamp", "caption", "dateline"), CASES)
def test_the_parts_above_the_body_in_any_combination(
    headline: str,
    dek: str | None,
    byline: tuple[str, tuple[str, ...]] | None,
    stamp: str | None,
    caption: str | None,
    dateline: bool,
) -> None:
    above = [
        part for part in (headline, dek, byline[0] if byline else None, stamp, caption) if part
    ]
    body = list(BODY)
    if dateline:
        body[0] = "PORTLAND, Maine (AP) — " + body[0]
    story = parse("\n\n".join(above + body) + "\n", check=False, today=_TODAY)
    assert story.headline == headline
    assert (story.byline.names if story.byline else None) == (byline[1] if byline else None)
    # Without a dateline, a summary sentence under the headline opens the body.
    first = story.body[0]
    assert first == BODY[0] or (not dateline and first == dek), first
