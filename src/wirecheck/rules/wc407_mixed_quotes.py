"""WC407 mixed-quotes: straight and curly quote marks in the same story.

What it does
    Notes the quote marks of the less used style when a story mixes straight (`"`, `'`)
    and curly (`“ ”`, `‘ ’`) marks. Double and single marks are counted apart, and the
    apostrophe counts with the single marks (`don't` next to `don’t` is the same mix).
    A straight mark after a digit is a foot or inch mark (`6' 2"`) and is not counted.
    At most three notes are given for each kind of mark (the first ones), with the counts
    in the message.

Why
    Mixed marks show that copy was pasted together from different systems or typed in
    an editor that curls some quotes and not others. Readers see the difference, and
    tools that match quotes (search, quote extraction) miss half of them.

Example
    ::

        "Cuba and Russia are united by friendship,” Diaz-Canel said.

Use instead
    ::

        “Cuba and Russia are united by friendship,” Diaz-Canel said.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from wirecheck.model import Diagnostic, Paragraph
from wirecheck.rules._text import passages, span_diagnostic
from wirecheck.rules.base import Context, Example, Rule
from wirecheck.rules.wc404_unbalanced_brackets import quote_role

_QUOTE_RE = re.compile(r"[\"'“”‘’]")
_STRAIGHT = frozenset("\"'")
_DOUBLE = frozenset("\"“”")
# Notes given for each kind of mark: enough to show where, few enough to read.
_NOTES_PER_KIND = 3


@dataclass(frozen=True, slots=True)
class _Mark:
    paragraph: Paragraph
    offset: int
    char: str


def _suggestion(text: str, i: int) -> tuple[str, ...]:
    """The mark of the other style that fits at ``text[i]``, when its role is clear."""
    char = text[i]
    if char in "“”":
        return ('"',)
    if char in "‘’":
        return ("'",)
    if char == '"':
        role = quote_role(text, i)
        return ("“",) if role == "open" else ("”",) if role == "close" else ()
    before = text[i - 1] if i else " "
    return ("’",) if before.isalpha() else ()  # `don't`, `Jesus'`: an apostrophe


def _collect(ctx: Context) -> dict[tuple[bool, bool], list[_Mark]]:
    """Marks by (double, straight)."""
    found: dict[tuple[bool, bool], list[_Mark]] = {
        (double, straight): [] for double in (True, False) for straight in (True, False)
    }
    for passage in passages(ctx):
        text = passage.text
        for match in _QUOTE_RE.finditer(text):
            i, char = match.start(), match.group()
            if char in _STRAIGHT and i and text[i - 1].isdigit():
                continue  # a foot, inch or seconds mark
            found[(char in _DOUBLE, char in _STRAIGHT)].append(_Mark(passage.paragraph, i, char))
    return found


def check(ctx: Context) -> Iterator[Diagnostic]:
    found = _collect(ctx)
    for double in (True, False):
        straight, curly = found[(double, True)], found[(double, False)]
        if not straight or not curly:
            continue
        minority, style, other = (
            (straight, "straight", "curly") if len(straight) <= len(curly) else
            (curly, "curly", "straight")
        )
        kind = "quote" if double else "quote or apostrophe"
        counts = f"{len(straight)} straight, {len(curly)} curly"
        for mark in minority[:_NOTES_PER_KIND]:
            yield span_diagnostic(
                RULE,
                mark.paragraph,
                mark.offset,
                mark.offset + 1,
                f"{style} {kind} `{mark.char}` in copy that otherwise uses {other} ones "
                f"({counts})",
                _suggestion(mark.paragraph.text, mark.offset),
            )


_HEAD = "Cuban leader visits Moscow\n\nMOSCOW, Nov. 2 (UPI) -- "

RULE = Rule(
    code="WC407",
    name="mixed-quotes",
    severity="info",
    summary="Straight and curly quote marks in the same story.",
    check=check,
    doc=__doc__ or "",
    examples=(
        Example(
            text=(
                _HEAD + "“Cuba and Russia are united by friendship,” Diaz-Canel said. "
                "“It’s a bond of 60 years,” he added of the 6' 2\" envoy.\n"
            ),
            good=True,
        ),
        Example(
            text=(
                _HEAD + '"Cuba and Russia are united by friendship,” Diaz-Canel said. '
                "“It’s a bond of 60 years,” he added.\n"
            ),
            good=False,
        ),
    ),
)
