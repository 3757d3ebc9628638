"""WC202 standalone-city-state: a US city that AP datelines write alone is given a state.

What it does
    Flags a dateline that adds its home state to one of the US cities AP datelines write
    alone (Atlanta, Boston, Chicago, ... Washington): `CHICAGO, Ill.`, `WASHINGTON, D.C.`.
    Another state means another city (`DALLAS, Ga.`) and is left alone, as are datelines
    of agencies with other styles (Reuters, AFP).

Why
    The AP list of stand-alone cities exists so that datelines stay short and uniform;
    a state after one of them is redundant and marks copy that did not follow the style.

Example
    ::

        CHICAGO, Ill. (AP) — The city council voted Tuesday to widen the river walk.

Use instead
    ::

        CHICAGO (AP) — The city council voted Tuesday to widen the river walk.
"""

from __future__ import annotations

from collections.abc import Iterator

from wirecheck.model import Diagnostic
from wirecheck.patterns.dateline_data import AP_STYLE_AGENCIES, US_STANDALONE_CITIES, norm_key
from wirecheck.rules.base import Context, Example, Rule
from wirecheck.rules.wc2_common import part_diagnostic


def _without_region(raw: str, region: str) -> str:
    """The dateline with `, Region` taken out: `CHICAGO, Ill. (AP) —` -> `CHICAGO (AP) —`."""
    at = raw.find(region)
    comma = raw.rfind(",", 0, at)
    if at < 0 or comma < 0:
        return raw
    return raw[:comma] + raw[at + len(region) :]


def check(ctx: Context) -> Iterator[Diagnostic]:
    dateline = ctx.story.dateline
    if dateline is None or dateline.city is None or dateline.region is None:
        return
    if dateline.agencies and not any(norm_key(a) in AP_STYLE_AGENCIES for a in dateline.agencies):
        return
    home_states = US_STANDALONE_CITIES.get(norm_key(dateline.city))
    if home_states is None or norm_key(dateline.region) not in home_states:
        return
    yield part_diagnostic(
        RULE,
        ctx,
        dateline,
        dateline.raw,
        f"AP datelines write {dateline.city} without a state; drop `{dateline.region}`",
        (_without_region(dateline.raw, dateline.region),),
    )


_STORY = (
    "River walk to grow\n\n{dateline} The city council voted Tuesday to widen the river walk.\n"
)

RULE = Rule(
    code="WC202",
    name="standalone-city-state",
    severity="warning",
    summary="An AP stand-alone US city given its state in the dateline (`CHICAGO, Ill.`).",
    check=check,
    doc=__doc__ or "",
    examples=(
        Example(text=_STORY.format(dateline="CHICAGO (AP) —"), good=True),
        Example(text=_STORY.format(dateline="CHICAGO, Ill. (AP) —"), good=False),
    ),
)
