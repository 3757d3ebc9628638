"""WC308 several-stories: the input holds more than one story.

What it does
    Notes an input that holds further stories after the first: a database export (Nexis,
    Factiva, ProQuest), a day's wire dump, a briefs page (each brief's headline over a
    lede the same agency dated with place and date), an SGML archive or a NewsML-G2
    message of several items. `wirecheck parse` gives the first story and sets the others' lines
    aside as `other-document`; for plain text, `wirecheck parse --split` gives every story
    and `check` and `fix` already read them all. The finding sits on the line where the
    second story begins.

Why
    A pipeline that takes one story per file would lose the others without a word, and an
    archive kept one story per file is easier to search, check and cite.

Example
    ::

        Putin meets Cuban leader in Moscow

        MOSCOW, Nov. 2 (UPI) -- ...

        -30-

        Cuban leader lays wreath in Moscow

        MOSCOW, Nov. 3 (UPI) -- ...

Use instead
    One story per file, or `wirecheck parse --split` to read each.
"""

from __future__ import annotations

from collections.abc import Iterator

from wirecheck.model import Diagnostic
from wirecheck.rules._text import EXAMPLE_HEADLINE, EXAMPLE_LEAD
from wirecheck.rules.base import Context, Example, Rule

_REASON = "other-document"


def check(ctx: Context) -> Iterator[Diagnostic]:
    others = [r for r in ctx.story.removed if r.reason == _REASON]
    if not others:
        return
    first = min(others, key=lambda r: r.line)
    # The lines set aside are outside the first story's, so the span is the text kept.
    yield RULE.diagnostic(
        first.line,
        1,
        len(first.text) + 1,
        f"more than one story: another begins at line {first.line}; `wirecheck parse` "
        + ("gives the first" if ctx.story.wire is not None else "gives the first, `--split` each"),
    )


_SECOND = (
    "-30-\n\nCuban leader lays wreath at Moscow memorial\n\n"
    "MOSCOW, Nov. 3 (UPI) -- Cuban President Miguel Diaz-Canel laid a wreath at the Tomb "
    "of the Unknown Soldier on Saturday, the second day of his visit to Russia.\n\n"
    "He was to meet business leaders later in the day, the Cuban embassy said.\n"
)
_FIRST_BODY = (
    "The two leaders signed agreements on energy and transport, the Kremlin said in a "
    "statement after the talks.\n"
)

RULE = Rule(
    code="WC308",
    name="several-stories",
    severity="warning",
    summary="The input holds more than one story.",
    check=check,
    doc=__doc__ or "",
    examples=(
        Example(text=EXAMPLE_HEADLINE + "\n" + EXAMPLE_LEAD + "\n" + _FIRST_BODY, good=True),
        Example(
            text=EXAMPLE_HEADLINE + "\n" + EXAMPLE_LEAD + "\n" + _FIRST_BODY + _SECOND,
            good=False,
        ),
    ),
)
